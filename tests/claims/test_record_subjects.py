"""Every record of a sentence goes to each asset listed as its subject, not the first only."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> set[str | None]:
    return {c.asset for c in extract_claims(text).claims if c.kind == "record"}


@pytest.mark.parametrize(
    ("text", "assets"),
    [
        ("Silver crossed $40 for the first time, with gold and platinum posting record highs as "
         "well.", {"silver", "gold", "platinum"}),
        ("Silver jumped to an all-time high; gold and platinum reached record highs too.",
         {"silver", "gold", "platinum"}),
        ("Ether set an all-time high on Monday, while bitcoin and solana notched fresh records.",
         {"eth", "btc", "solana"}),
        ("The Nasdaq closed at its highest level ever as the Dow and S&P 500 notched records too.",
         {"nasdaq", "dow", "spx"}),
        ("Gold hit its highest since 1980 while silver and platinum set fresh all-time highs.",
         {"gold", "silver", "platinum"}),
        ("The Dow hit a record high, and the S&P 500 and Nasdaq closed at record highs as well.",
         {"dow", "spx", "nasdaq"}),
    ],
)  # fmt: skip
def test_each_record_has_its_own_listed_subject(text: str, assets: set[str]) -> None:
    assert _records(text) == assets
