"""Which series of a universe hold enough returns to be scanned, and why the others are left out.

A universe named by a user often holds a series that is nearly empty (a new
listing, a download that stopped), constant (a pegged rate, a stale feed) or
that never overlaps the follower. One such series must not stop the scan of
the others, nor show a correlation from a handful of returns: it is left out
and named with its reason. A series needs as many non-missing returns as the
whole sample needs rows (``3 x max lag + 20``, at least 30, the battery's
minimum), and in follower mode as many returns on the follower's days.

Examples
--------
>>> import numpy as np
>>> values = np.ones((200, 3)) * np.nan
>>> values[:, 0] = np.linspace(-1, 1, 200)
>>> values[:, 2] = np.cos(np.arange(200.0))
>>> values[:5, 1] = [0.1, 0.2, -0.1, 0.0, 0.3]
>>> keep, skipped = screen_series(values, ("a", "b", "c"), follower=None, max_lag=10)
>>> keep.tolist(), skipped
([0, 2], (('b', '5 returns; lags up to 10 need at least 50'),))
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from leadwatch.errors import DataError

__all__ = ["min_returns", "screen_series"]

#: The battery's minimum of non-missing returns for any test.
MIN_RETURNS = 30


def min_returns(max_lag: int) -> int:
    """Non-missing returns a series needs for a scan searching lags up to ``max_lag``.

    >>> min_returns(120), min_returns(2)
    (380, 30)
    """
    return max(MIN_RETURNS, 3 * int(max_lag) + 20)


def screen_series(
    values: npt.NDArray[np.float64], names: tuple[str, ...], follower: str | None, max_lag: int
) -> tuple[npt.NDArray[np.int64], tuple[tuple[str, str], ...]]:
    """Columns of ``values`` (rows = time, NaN = missing) fit to scan, and the others with why.

    Raises :class:`~leadwatch.errors.DataError` when the follower itself is
    unfit (nothing to scan against), naming the follower and the fix.
    """
    need = min_returns(max_lag)
    present = ~np.isnan(values)
    counts = present.sum(axis=0)
    why: dict[int, str] = {}
    for i, n in enumerate(counts):
        if n == 0:
            why[i] = "no returns"
        elif n < need:
            why[i] = f"{_returns(n)}; lags up to {max_lag} need at least {need}"
        elif not np.nanstd(values[:, i]) > 0:
            why[i] = f"constant over its {_returns(n)}"
    if follower is not None and follower in names:
        j = names.index(follower)
        if j in why:
            raise DataError(
                f"the follower {follower!r} cannot be scanned: {why[j]}",
                fix="choose a follower with a longer history, or search fewer lags (--lags 1..N)",
            )
        overlap = (present & present[:, [j]]).sum(axis=0)
        for i, n in enumerate(overlap):
            if i != j and i not in why and n < need:
                why[i] = f"{_returns(n)} on {follower}'s days; lags up to {max_lag} need {need}"
    keep = np.array([i for i in range(len(names)) if i not in why], dtype=np.int64)
    return keep, tuple((names[i], why[i]) for i in sorted(why))


def _returns(n: int | np.integer) -> str:
    return f"{int(n)} return" + ("" if n == 1 else "s")
