"""A first crossing told as a noun ("its first close above $50,000 ever", "the first climb
over $2,500 in history") is a record, high or low by the side told after it; one bounded by
"since" is not a record ever. With no asset named in its sentence, a record takes the
subject a later pronoun carries."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = extract_claims(text).claims
    return [(c.asset, c.op, c.window) for c in found if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin notched its first close above $50,000 ever on Tuesday.", ("btc", "high", None)),
        (
            "Gold futures made their first push higher over $2,500 in history on March 3.",
            ("gold", "high", None),
        ),
        ("Ether logged its first settlement under $900 on record in June.", ("eth", "low", None)),
    ],
)
def test_first_crossing_noun_is_a_record(text: str, expected: tuple[str, str, None]) -> None:
    assert expected in _records(text)


def test_first_crossing_since_a_date_is_a_record_since_then_not_ever() -> None:
    found = _records("Gold made its first move over $2,500 since June on Monday.")
    assert found == [("gold", "high", "since:June")]


def test_record_before_a_carried_pronoun_is_the_subjects() -> None:
    text = (
        "Gold futures rallied hard this spring. A chart marks on March 3 its first "
        "climb above $2,500 in its history, and then it slid back to $2,400."
    )
    found = [(c.sentence, c.asset) for c in extract_claims(text).claims if c.kind == "record"]
    assert found == [(1, "gold")]
