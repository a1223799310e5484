"""A price said of last week dates the article: it held in the calendar week before it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.lastweeklevels import last_week_level_days, said_last_week
from leadwatch.claims.market import Market

#: How outlets quote last week's price (crypto news, wire, regional paper, exchange post).
LAST_WEEK = [
    "It slipped through support near $2,600 last week.",
    "Gold hit $2,600 last week before easing.",
    "Gold, which traded near $2,600 last week, slipped.",
    "Bullion touched $2,600 last week, the exchange data show.",
]


def _gold() -> Market:
    # $2,400 in January, $2,500 from 2 February, $2,600 in the week of 2 March, $2,500
    # again from 9 March: "at $2,500" fits February first; "$2,600 last week" only March
    days = pd.bdate_range("2026-01-05", "2026-03-31")
    path = np.select(
        [days < "2026-02-02", (days >= "2026-03-02") & (days < "2026-03-09")],
        [2400.0, 2600.0],
        2500.0,
    )
    return Market({"gold": pd.Series(path, index=days)})


@pytest.mark.parametrize("said", LAST_WEEK)
def test_a_price_of_last_week_dates_the_article(said: str) -> None:
    ex = extract_claims("Gold traded at $2,500 an ounce. " + said)
    week = [c for c in dating_claims(ex) if said_last_week(c)]
    assert week, ex.claims
    m = _gold()
    calendar = pd.date_range("2026-02-20", "2026-03-31")
    held = last_week_level_days(week[0], m, calendar)
    # the week of 2 March held it: "last week" for an article of the week after (and for
    # one of that week's own weekend), not for one of that week or two weeks on
    assert held[pd.Timestamp("2026-03-09")] and held[pd.Timestamp("2026-03-15")]
    assert held[pd.Timestamp("2026-03-07")]  # a Saturday: the week just ended
    assert not held[pd.Timestamp("2026-03-03")] and not held[pd.Timestamp("2026-03-06")]
    assert not held[pd.Timestamp("2026-03-16")] and not held[pd.Timestamp("2026-03-02")]
    dated = infer_date(ex, m)
    assert pd.Timestamp("2026-03-09") <= dated.date <= pd.Timestamp("2026-03-19"), dated.reasoning
