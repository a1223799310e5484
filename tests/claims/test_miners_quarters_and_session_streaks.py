"""Miners' shares are not their metal; a quarter's economic figures come after it; a streak
of sessions dates the session that ends it; a range as a record; a session's weekday.

- "the NYSE Arca Gold Bugs Index sank 6%": a move of an index of miners' shares, not of
  gold; "gold mining stocks fell 6%" is the shares' figure.
- "output grew 2.1% annualized in Q3 2025": GDP figures, out weeks after the quarter ends,
  so the text is written after it (a quarter's market move may be told during it).
- "down for a third straight session": holds on the article date when the three sessions
  to it fell.
- "its highest range in a year" is a one-year high; a weekday whose session the text is
  "ahead of" is the day it is written on (not an event still to come)."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import claim_days
from leadwatch.claims.market import Market
from leadwatch.claims.namedweekdays import named_weekdays
from leadwatch.claims.quarterhints import quarter_votes


def test_miners_shares_and_indexes_are_not_the_metal() -> None:
    for text in (
        "The NYSE Arca Gold Bugs Index sank 6% on the day.",
        "The Philadelphia Gold and Silver Index sank 6% on the day.",
    ):
        moves = [c for c in extract_claims(text).claims if c.pct == 6.0]
        assert [c.asset for c in moves] == ["metal_miners"], text
    stocks = "Gold mining stocks fell 6% on the day."  # the shares' figure, not gold's
    assert [c.asset for c in extract_claims(stocks).claims] == ["gold mining stocks"]
    plain = "Gold fell 6% on the day."
    assert [c.asset for c in extract_claims(plain).claims if c.pct == 6.0] == ["gold"]


def test_a_quarters_economic_figures_are_written_after_it() -> None:
    days = pd.to_datetime(["2025-08-20", "2025-10-15", "2025-12-20", "2026-02-10"])
    votes, why = quarter_votes("The economy grew 2.1% annualized in Q3 2025.", days)
    assert votes.tolist() == [0.0, 0.5, 0.5, 0.0]  # after September's end, up to 100 days
    assert "economic figures" in why[0]
    market, _ = quarter_votes("Gold rose 9% in Q3 2025.", days)  # a move told during it
    assert market.tolist() == [0.5, 0.5, 0.0, 0.0]


def test_a_streak_of_sessions_dates_the_session_that_ends_it() -> None:
    days = pd.bdate_range("2026-05-04", periods=8)
    dxy = pd.Series([100.0, 99.5, 99.0, 98.6, 99.1, 99.4, 99.0, 98.7], index=days)
    text = "The dollar index fell for a third straight session."
    streak = next(c for c in extract_claims(text).claims if c.kind == "move")
    assert streak.window == "streak:D:3"
    held = claim_days(streak, Market({"dxy": dxy}), days)
    assert held[held].index.strftime("%m-%d").tolist() == ["05-07"]  # three falls to 05-07


def test_its_highest_range_is_a_span_record() -> None:
    text = "The dollar index held near 104.2, trading at its highest range in a year."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.asset, c.op, c.window) for c in records] == [("dxy", "high", "last:1:year")]


def test_a_weekday_whose_session_is_ahead_is_the_day_of_writing() -> None:
    text = "Ahead of the US session on Tuesday, the dollar index hovered near 104.2."
    assert named_weekdays(text) == (1,)
    assert named_weekdays("Ahead of the jobs report on Friday, the dollar steadied.") == ()
