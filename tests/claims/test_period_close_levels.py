"""A price told as the close of the latest week or month dates the article by that close
(:mod:`leadwatch.claims.periodcloselevels`), and a high the sentence places before that
close ("hit $X before ending the week at $Y") is no price of the article's day."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.market import Market
from leadwatch.claims.periodcloselevels import (
    past_period_level,
    past_period_level_days,
    period_close_days,
)

_TEXT = "Ether climbed from $2,000 to $2,400 before closing the week at $2,300."


def _eth() -> Market:
    # $2,000 to mid-February; a week to Friday 20 February that peaks at $2,400 on
    # Wednesday and closes at $2,300; then $2,400 again from 2 March (the peak's price)
    days = pd.bdate_range("2026-01-05", "2026-03-31")
    path = np.select(
        [days < "2026-02-16", days == "2026-02-18", days < "2026-03-02"],
        [2000.0, 2400.0, 2300.0],
        2400.0,
    )
    return Market({"eth": pd.Series(path, index=days)})


def test_the_week_close_and_not_the_peak_dates_the_recap() -> None:
    ex = extract_claims(_TEXT)
    used = {c.level: past_period_level(c) for c in dating_claims(ex) if c.kind == "level"}
    assert used == {2300.0: True}, ex.claims  # the peak is the week's, the start a reference
    dated = infer_date(ex, _eth())
    assert pd.Timestamp("2026-02-20") <= dated.date <= pd.Timestamp("2026-02-24"), dated.reasoning


def test_a_week_close_holds_on_the_days_that_read_that_week() -> None:
    ex = extract_claims(_TEXT)
    close = next(c for c in ex.claims if c.level == 2300.0)
    calendar = pd.date_range("2026-02-16", "2026-03-06")
    held = past_period_level_days(close, _eth(), calendar)
    on = [str(d.date()) for d in calendar[held.to_numpy()]]
    # the week to Friday 20th once it has ended (before then the week before's $2,000), then
    # through the next week, which reads it; from Friday 6 March its own close, $2,400
    assert "2026-02-20" in on and "2026-02-24" in on and "2026-02-18" not in on
    assert "2026-03-04" in on and "2026-03-06" not in on


def test_the_current_period_counts_once_two_thirds_past() -> None:
    trading = pd.bdate_range("2026-01-01", "2026-03-31")
    days = pd.to_datetime(["2026-02-10", "2026-02-21", "2026-03-02"])
    read = [str(d.date()) for d in period_close_days(trading, "M", days)]
    assert read == ["2026-01-31", "2026-02-21", "2026-02-28"]


def test_a_move_beside_the_weeks_close_is_the_weeks() -> None:
    ex = extract_claims(
        "Ether added about $300, rising from $2,000 before ending the week at $2,300."
    )
    moves = [(c.kind, c.window) for c in ex.claims if c.kind in ("move", "percent")]
    assert ("move", "week") in moves, ex.claims
    dated = extract_claims("Ether added 2% on Tuesday, then ended the week at $2,300.")
    assert [c.when for c in dated.claims if c.kind == "percent"] == [("weekday", 1)]
    assert [c.window for c in dated.claims if c.kind == "percent"] in ([None], ["day"])


def test_a_move_beside_its_periods_rank_is_over_that_period() -> None:
    def moves(text: str) -> list[tuple[float | None, str | None]]:
        return [(c.pct, c.window) for c in extract_claims(text).claims if c.kind == "percent"]

    assert moves("Ether rose 9%, posting its best week since March.") == [(9.0, "week")]
    ranked_after = (
        "Silver lost 3% on Friday and posted its worst weekly performance since May, with "
        "total losses of 8%."
    )
    assert moves(ranked_after) == [(3.0, "day"), (8.0, "week")]
    assert moves("Silver jumped 7% on Tuesday, its best day since 2020.") == [(7.0, "day")]
