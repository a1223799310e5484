"""Levels told of the article's week, windows that start at a dated event, and a move
that takes a price further from its record.

- "rose above 4.8% this week": a level of some day of the week so far, graded on those
  days and dating the article to that week (from the day it held to the week's end).
- "since the Treasury's March 4 announcement" starts at March 4 (the close before it), and
  such a date is looked back to, not an event still ahead.
- "fell 120 points, or 2%, away from its record" is the session's fall of 2%, not a
  distance of 2% from the record."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.lastweeklevels import last_week_level_days, said_last_week
from leadwatch.claims.market import Market
from leadwatch.claims.monthdays import month_days
from leadwatch.claims.sincewords import since_words

#: Monday 2026-03-02 .. Friday 2026-03-13, two weeks of a 10-year yield.
DAYS = pd.bdate_range("2026-03-02", periods=10)
YIELDS = [4.70, 4.72, 4.85, 4.74, 4.71, 4.69, 4.70, 4.72, 4.73, 4.71]
TEXT = "The 10-year Treasury yield rose above 4.8% this week, its highest in a month."


def _market() -> Market:
    return Market({"yield_10y": pd.Series(YIELDS, index=DAYS)})


def test_a_level_of_this_week_is_graded_on_the_week_so_far() -> None:
    levels = [c for c in extract_claims(TEXT).claims if c.kind == "level"]
    assert [(c.op, c.level, c.window) for c in levels] == [("above", 4.8, "ext::this:week")]
    status = {d: check_claims(extract_claims(TEXT), d, _market())[0].status for d in DAYS[3:6]}
    assert status[DAYS[4]] == "confirmed"  # Friday 03-06: Wednesday's 4.85 is this week's
    assert status[DAYS[5]] == "contradicted"  # Monday 03-09: a new week, never above 4.8


def test_a_level_of_this_week_dates_the_article_to_that_week() -> None:
    level = next(c for c in extract_claims(TEXT).claims if c.kind == "level")
    assert said_last_week(level)
    calendar = pd.date_range("2026-03-02", "2026-03-13")
    held = last_week_level_days(level, _market(), calendar)
    days = ["03-04", "03-05", "03-06", "03-07", "03-08"]  # to Sunday, the week's last day
    assert held[held].index.strftime("%m-%d").tolist() == days


def test_a_window_from_a_dated_event_starts_at_its_date() -> None:
    assert since_words("the Treasury's March 4 refunding announcement") == ("March 4", False)
    assert since_words("the Fed's Dec. 10 decision") == ("Dec. 10", False)
    assert since_words("the announcement that followed") == (
        "the announcement that followed",
        False,
    )
    text = "Yields are up 40 basis points since President Smith's March 4 announcement."
    assert [past for *_, past in month_days(text)] == [True]
    ahead = "Traders wait for the Fed's March 18 announcement."
    assert [past for *_, past in month_days(ahead)] == [False]


def test_a_fall_away_from_the_record_is_the_sessions_fall() -> None:
    text = "The S&P 500 fell 120 points, or 2%, away from its record high."
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [(c.op, c.pct, c.window) for c in moves] == [("down", 2.0, None)]
    distance = "The S&P 500 is now 2% away from its record high."
    compared = [c for c in extract_claims(distance).claims if c.kind == "comparison"]
    assert [(c.op, c.pct, c.window) for c in compared] == [("below", 2.0, "ref:peak")]


def test_a_price_reached_this_week_is_read_and_a_tried_one_is_not() -> None:
    reached = "Ether has dropped 20% since then, touching $2,400 this week."
    levels = [c for c in extract_claims(reached).claims if c.kind == "level"]
    assert [(c.level, c.window) for c in levels] == [(2400.0, "ext::this:week")]
    tried = "Ether failed to reclaim $2,400 this week."
    assert not [c for c in extract_claims(tried).claims if c.kind == "level"]
