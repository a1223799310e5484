"""Moves ranked over several sessions ("its biggest two-day decline in decades") and spans
counted in decades ("in over two decades", "in decades") are read and graded: the N-session
change to the article day against every N-session change of the span."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.extremes import check_move_record
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim


@pytest.mark.parametrize(
    ("text", "asset", "op", "window"),
    [
        ("Gold posted its biggest two-day decline in decades.", "gold", "worst:D2", "last:20:year"),
        ("Oil suffered its worst three-day run in a year.", "oil", "worst:D3", "last:1:year"),
        ("Silver had its steepest 5-session slide since 2020.", "silver", "worst:D5", "since:2020"),
        (
            "Bitcoin logged its largest two-day gain in more than two years.",
            "btc",
            "best:D2",
            "last:2:year",
        ),
        ("Copper had its biggest one-day drop in decades.", "copper", "worst:D", "last:20:year"),
        (
            "Silver notched its strongest monthly gain in over two decades.",
            "silver",
            "best:M",
            "last:20:year",
        ),
        ("Ether had its best four-day stretch of gains in three years.", None, None, None),
    ],
)
def test_multi_day_and_decade_ranked_moves_are_read(
    text: str, asset: str | None, op: str | None, window: str | None
) -> None:
    ranked = [c for c in extract_claims(text).claims if (c.op or "")[:5] in ("worst", "best:")]
    expected = [] if asset is None else [(asset, op, window)]
    assert [(c.asset, c.op, c.window) for c in ranked] == expected


_DAYS = pd.bdate_range("2024-01-01", "2026-02-03")


def _gold(last_two: list[float]) -> Market:
    """Gold drifting gently, with a two-session dip of 1.5% a day 200 sessions before the
    end, its last two sessions set by ``last_two`` (daily changes)."""
    steps = [0.001 * (1 if i % 2 else -0.5) for i in range(len(_DAYS) - 2)] + last_two
    steps[-200] = steps[-199] = -0.015
    close = 100 * pd.Series(steps, index=_DAYS).add(1).cumprod()
    return Market({"gold": close})


def _claim(text: str) -> Claim:
    return next(c for c in extract_claims(text).claims if c.op == "worst:D2")


def test_a_two_day_fall_is_graded_on_the_two_session_change() -> None:
    c = _claim("Gold posted its biggest two-day decline in two years.")
    day = _DAYS[-1]
    # two falls of 2%: each smaller than a single one of the dip, together the worst
    assert check_move_record(c, day, _gold([-0.02, -0.02]))[0] == "confirmed"
    # two falls of 1%: less than the dip's two sessions
    assert check_move_record(c, day, _gold([-0.01, -0.01]))[0] == "contradicted"
