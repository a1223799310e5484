"""Regimes as 0/1 indicators, and the circular-shift null shared by the conditional tests.

* :class:`ConditionRule` and :func:`regime_indicator`: a condition on levels
  known at ``t`` (rising, falling, above or below its average) as 1/0/NaN.
* :func:`shift_matrix` and :func:`expected_sign`: the circular-shift null of
  :mod:`~leadwatch.analysis.conditional.returns` and
  :mod:`~leadwatch.analysis.conditional.correlation`. The indicator (or the
  second series) is rotated against the outcome by every shift that moves it at
  least ``guard`` periods, which keeps each series exactly as it is (its runs,
  its overlaps) and breaks only their alignment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, alias

__all__ = [
    "MIN_SIDE",
    "ConditionRule",
    "InOutTest",
    "State",
    "expected_sign",
    "regime_indicator",
    "shift_matrix",
]

State = Literal["rising", "falling", "above_average", "below_average"]
#: Fewest periods on each side (in / out of the regime) a test accepts.
MIN_SIDE = 10


@dataclass(frozen=True, slots=True)
class ConditionRule:
    """``series`` is ``state`` over ``window`` periods; ``log`` compares log levels."""

    series: str
    state: State
    window: int
    log: bool = True


class InOutTest(Result):
    """Base of the in-vs-out-of-regime tests: ``statistic`` is the effect, ``nobs`` both sides."""

    __slots__ = ()
    effect: float
    n_in: int
    n_out: int

    statistic = alias[float](
        "effect", "The effect (in minus out, or the correlation without a regime)."
    )

    @property
    def nobs(self) -> int:
        return self.n_in + self.n_out


def regime_indicator(
    levels: pd.DataFrame, rules: Sequence[ConditionRule], combine: str = "all"
) -> pd.Series:
    """1.0 where the rules hold (all or any), 0.0 where not, NaN while a rule lacks history.

    ``levels`` are values as known at each grid point (``AlignedFrame.values``).

    Examples
    --------
    >>> lv = pd.DataFrame({"dxy": [100.0, 99.0, 98.0, 99.5]})
    >>> regime_indicator(lv, [ConditionRule("dxy", "falling", 1)]).tolist()
    [nan, 1.0, 1.0, 0.0]
    """
    if combine not in ("all", "any"):
        raise DataError(f"combine={combine!r} is unknown", fix="use 'all' or 'any'")
    if not rules:
        raise DataError("rules is empty", fix="give at least one ConditionRule")
    parts = []
    for rule in rules:
        if rule.series not in levels.columns:
            raise DataError(f"levels has no column {rule.series!r}", fix="align it first")
        v: pd.Series = levels[rule.series].astype(np.float64)
        if rule.log:
            v = pd.Series(np.log(v.where(v > 0)), index=v.index)
        if rule.state in ("rising", "falling"):
            change = v - v.shift(rule.window)
            hold = change > 0 if rule.state == "rising" else change < 0
            known = change.notna()
        else:
            mean = v.rolling(rule.window, min_periods=rule.window).mean()
            hold = v > mean if rule.state == "above_average" else v < mean
            known = mean.notna() & v.notna()
        parts.append(hold.astype(np.float64).where(known))
    stacked = pd.concat(parts, axis=1)
    combined = stacked.min(axis=1) if combine == "all" else stacked.max(axis=1)
    out: pd.Series = combined.where(stacked.notna().all(axis=1))
    return out


def shift_matrix(n: int, guard: int) -> np.ndarray[Any, np.dtype[np.int64]]:
    """Row ``s`` indexes the series rotated by the ``s``-th shift of at least ``guard``."""
    shifts = np.arange(guard, n - guard + 1)
    if len(shifts) < 50:
        raise InfeasibleTest(
            f"{n} usable periods leave {len(shifts)} circular shifts of at least {guard}",
            fix="use a shorter horizon or window, or a longer sample",
        )
    out: np.ndarray[Any, np.dtype[np.int64]] = (np.arange(n)[None, :] - shifts[:, None]) % n
    return out


def expected_sign(expected: str) -> float:
    """+1 for ``positive``, -1 for ``negative`` (the one-sided direction of a test)."""
    if expected not in ("positive", "negative"):
        raise DataError(f"expected={expected!r} is unknown", fix="use 'positive' or 'negative'")
    return 1.0 if expected == "positive" else -1.0
