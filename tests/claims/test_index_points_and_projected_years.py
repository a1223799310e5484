"""Index moves told in points after the number, policy firsts told with a hedge, and the
years a projection names.

- "closed 38 points lower", "stood 9 points ahead": a session move of the index in points
  (never a level of 38), and it dates an article as a percentage move does; "20 points
  higher than before the war" is a distance from a past day, no session move.
- "raised rates for the first time in over three years on Tuesday": a first hike in three
  years, not a three-year high of the rate.
- A year named in a projection ("officials now see three more cuts next year and one in
  2027") may be two years ahead of the day of writing, and bounds no date from below."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import claim_days
from leadwatch.claims.market import Market
from leadwatch.claims.yearfloors import year_floor_votes
from leadwatch.claims.yearhints import year_votes


def _moves(text: str) -> list[tuple[str | None, str, str | None, float | None]]:
    return [(c.asset, c.kind, c.op, c.pct) for c in extract_claims(text).claims]


def test_points_told_after_the_number_are_a_session_move() -> None:
    text = "The S&P 500 closed 38 points lower and the VIX stood 2.5 points higher."
    assert _moves(text) == [("spx", "move", "down", 38.0), ("vix", "move", "up", 2.5)]
    ahead = "The Dow finished ahead by 120 points, and the S&P 500 was 9 points ahead."
    assert ("spx", "move", "up", 9.0) in _moves(ahead)
    assert ("dow", "move", "up", 120.0) in _moves(ahead)
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]  # no level of 38
    still = "The S&P 500 closed at 6,100 points."  # a level told in points stays a level
    assert [(c.kind, c.level) for c in extract_claims(still).claims] == [("level", 6100.0)]


def test_points_against_a_past_day_are_no_session_move() -> None:
    text = "The VIX reached 27, some 20 points higher than before the war began."
    assert not [c for c in extract_claims(text).claims if c.kind == "move"]


def test_a_session_move_in_points_dates_as_its_share_of_the_close_before() -> None:
    days = pd.bdate_range("2026-02-02", periods=6)
    spx = pd.Series([6000.0, 6010, 5800, 5810, 5990, 5995], index=days)
    market = Market({"spx": spx})
    move = next(c for c in extract_claims("The S&P 500 closed 180 points higher.").claims)
    held = claim_days(move, market, days)  # +180 of 5,810 on 02-06: +3.1%
    assert held.tolist() == [False, False, False, False, True, True]  # and the day after
    drop = next(c for c in extract_claims("The S&P 500 closed 210 points lower.").claims)
    assert claim_days(drop, market, days).tolist() == [False, False, True, True, False, False]


def test_a_hedged_first_policy_move_is_a_policy_record() -> None:
    text = "The Federal Reserve raised rates for the first time in over three years on Tuesday."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.asset, c.op, c.window) for c in records] == [("fed_funds", "hike", "years:3")]


def test_a_projected_year_may_lie_two_years_ahead_and_floors_nothing() -> None:
    text = "Officials now see three more cuts next year and one more in 2027."
    days = pd.to_datetime(["2024-06-03", "2025-06-02", "2026-06-01", "2027-06-01"])
    votes, _ = year_votes(text, days)
    assert votes.tolist() == [0.0, 0.5, 0.5, 0.5]
    floors, why = year_floor_votes(text, days)
    assert floors.tolist() == [0.0, 0.0, 0.0, 0.0] and why == []
    told = "Gold has not been this high since 2025."  # a year looked back to still floors
    assert year_floor_votes(told, days)[0].tolist() == [-0.5, 0.0, 0.0, 0.0]
