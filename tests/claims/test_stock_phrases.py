"""A move quoted as a stock phrase ("phrases like 'gold rose on fear'") is a saying, not
what the market did (hand-written phrasings of commentary pieces)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims

_GRADED = ("move", "percent", "level", "record")


@pytest.mark.parametrize(
    "text",
    [
        "But in 2024, reaching for stock phrases like \u201cgold climbed as tensions flared\u201d "
        "tells readers little.",
        "Editors love headlines like 'bitcoin soars 10%' on any green day.",
        "Spare us clich\u00e9s such as \u201csilver rallied on Fed bets\u201d, please.",
        "Old lines like 'the dollar slumped on trade fears' explain nothing.",
        'Tropes like "ether jumped to $4,000 on ETF hopes" recur in every cycle.',
    ],
)
def test_a_quoted_stock_phrase_states_no_move(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind in _GRADED]


def test_a_move_before_the_phrase_stays() -> None:
    text = "Gold rose 2% on Monday, prompting headlines like 'gold shines again'."
    assert ("gold", 2.0) in {(c.asset, c.pct) for c in extract_claims(text).claims}
