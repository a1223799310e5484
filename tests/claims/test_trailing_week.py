""" "The last week" is a trailing window, not last calendar week: a weekday in the same
sentence or paragraph is this week's, the article's own weekday being the article's day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.lastweek import graded_day

#: Trailing-week phrasings with a weekday of this week (own wording, several outlets' styles).
TRAILING = [
    "Gold has gained 4% over the last week and touched a record $3,100 on Monday.",
    "In the last week silver climbed 6%; on Monday it hit $50 for the first time.",
    "Across the last week bitcoin lost ground, sliding to $90,000 on Monday morning.",
    "During the last week, gold rose 3%. It reached $3,100 on Monday.",
    "Bullion has rallied within the last week, and on Monday it traded at $3,100.",
    "Silver, up 5% in the last week, set a record of $50 Monday.",
]

#: A narrative of the calendar week before stays last week's.
CALENDAR = [
    "Gold began last week at $3,030. On Monday it hit $3,090.",
    "The previous week was volatile: on Monday gold hit $3,090.",
    "In the prior week, gold hit $3,090 on Monday.",
]


@pytest.mark.parametrize("text", TRAILING)
def test_the_last_week_keeps_weekdays_in_this_week(text: str) -> None:
    ex = extract_claims(text)
    named = [c for c in ex.claims if c.when == ("weekday", 0)]
    assert named, ex.claims
    monday = pd.Timestamp("2025-12-22")
    for c in named:
        assert "last_week" not in c.qualifiers, c
        assert graded_day(c, monday) == monday


@pytest.mark.parametrize("text", CALENDAR)
def test_last_week_narratives_still_go_back_a_week(text: str) -> None:
    ex = extract_claims(text)
    named = [c for c in ex.claims if c.when == ("weekday", 0)]
    assert named, ex.claims
    assert all("last_week" in c.qualifiers for c in named)
