"""What a sentence names but does not speak of takes none of its claims: an asset in a
contrast fronted before the subject ("Unlike silver, the dollar index fell to a two-year
low"), a coin's dominance ("Bitcoin dominance rose 0.5% to 61.2%"), and an S&P index of
another family ("the S&P/TSX composite rose 0.8%")."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str | None, str]]:
    return [(c.asset, c.kind) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unlike silver, the dollar index fell to a two-year low.", [("dxy", "record")]),
        (
            "In contrast to gold, the dollar slid to its weakest since May 2022.",
            [("dxy", "record")],
        ),
        ("Compared with ether, bitcoin hit a record on Tuesday.", [("btc", "record")]),
    ],
)
def test_a_fronted_contrast_names_no_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _claims(text) == expected


def test_a_list_still_shares_its_record() -> None:
    assert _claims("Gold, silver and platinum hit records on Tuesday.") == [
        ("gold", "record"),
        ("silver", "record"),
        ("platinum", "record"),
    ]


def test_a_coins_dominance_is_not_its_price() -> None:
    text = "Bitcoin dominance rose 0.5% to 61.2% on Monday."
    moves = [c for c in extract_claims(text).claims if c.kind in ("percent", "move")]
    assert moves == []


@pytest.mark.parametrize(
    "text",
    [
        "The S&P/TSX composite index rose 0.8% to 24,310.",
        "Mexico's S&P/BMV IPC slipped 0.4%.",
    ],
)
def test_an_sp_index_of_another_family_is_not_the_sp_500(text: str) -> None:
    assert all(c.asset != "spx" for c in extract_claims(text).claims)
