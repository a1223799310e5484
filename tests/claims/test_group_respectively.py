"""A group word ("the metals", "the two indexes") before a "respectively" list stands for the
assets of that kind the sentence before named, in order."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _moves(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bond yields ticked higher, while gold and silver slipped. For the year, the metals"
            " are heading for gains of 60% and 120%, respectively.",
            [("gold", 60.0), ("silver", 120.0)],
        ),
        (
            "Gold and silver rose on Monday. Both metals are up 40% and 90% this year,"
            " respectively.",
            [("gold", 40.0), ("silver", 90.0)],
        ),
        (
            "The dollar firmed as the S&P 500 and the Nasdaq fell. The two indexes are down 3%"
            " and 5% for the month, respectively.",
            [("spx", 3.0), ("nasdaq", 5.0)],
        ),
    ],
)
def test_group_stands_for_the_assets_before(text: str, want: list[tuple[str, float]]) -> None:
    assert _moves(text) == want


def test_no_list_no_members() -> None:
    text = "Gold and silver rose on Monday. The metals gained 1% on the day."
    assert _moves(text) == []
