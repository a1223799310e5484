"""Dating round 17: a year named for what is expected of it ("supply concerns for 2026",
"risks in 2026", "its plans for 2027", "hopes for 2026") is a year ahead of the day of
writing, not the article's own year: it votes for the year before too; a year of plain
facts ("gold rose 60% in 2025") stays the article's own."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.yearhints import year_votes

_DAYS = pd.to_datetime(["2025-12-22", "2026-03-02"])  # a December story, and one in the year


@pytest.mark.parametrize(
    "text",
    [
        "Supply concerns for 2026 kept silver bid.",
        "Analysts flagged downside risks in 2026 for bullion.",
        "Miners laid out their plans for 2026 at the conference.",
        "Hopes for 2026 lifted the dollar.",
        "Strategists trimmed their estimates for 2026 after the data.",
        "The bank's base-case scenario for 2026 sees gold near $5,000.",
        "Bullish views in 2026 among fund managers supported bitcoin.",
    ],
)
def test_a_year_of_expectations_votes_for_the_year_before(text: str) -> None:
    votes, why = year_votes(text, _DAYS)
    assert votes[0] == votes[1] > 0, why  # before: only 2026 and its next quarter


@pytest.mark.parametrize(
    "text",
    ["Gold rose 60% in 2026, its best year.", "Silver demand in 2026 rose 4%."],
)
def test_a_year_of_facts_stays_the_articles_own(text: str) -> None:
    votes, why = year_votes(text, _DAYS)
    assert votes[1] > votes[0] == 0, why
