"""A one-session move of a metal graded on its London fix that does not fit the fix is
tried on the futures' settlements (the fix is taken mid-session: a rout late in the day
shows only in the settlement); a move that fits neither stays contradicted."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.daymove import day_move
from leadwatch.claims.model import Claim

DAYS = pd.bdate_range("2026-04-06", periods=3)


def _market(fut_last: float) -> object:
    from leadwatch.claims.market import Market

    fix = pd.Series([3000.0, 3010.0, 2950.0], index=DAYS)  # -2.0% on the last day
    fut = pd.Series([3005.0, 3020.0, fut_last], index=DAYS)
    return Market({"gold": fix, "gold_fut": fut})


def _claim(pct: float) -> Claim:
    return Claim(0, "percent", "gold", f"{pct}%", "down", pct=pct, when=("weekday", 2))


def test_a_late_rout_fits_the_settlement() -> None:
    status, text, _ = day_move(_claim(6.0), DAYS[-1], _market(2835.0))  # type: ignore[arg-type]
    assert status == "confirmed" and "-6.1%" in text


def test_a_move_that_fits_the_fix_is_graded_on_the_fix() -> None:
    status, text, _ = day_move(_claim(2.0), DAYS[-1], _market(2835.0))  # type: ignore[arg-type]
    assert status == "confirmed" and "-2.0%" in text


def test_a_move_that_fits_neither_stays_contradicted() -> None:
    status, _, _ = day_move(_claim(9.0), DAYS[-1], _market(2960.0))  # type: ignore[arg-type]
    assert status == "contradicted"
