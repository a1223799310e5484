"""Robustness of event verdicts: the excess return re-measured on sub-samples.

For the best horizon of an event study, each sub-sample (the whole study span,
its first half and its second half) gives the follower's mean and median
forward return after the events in it, beside the mean and median over *all*
dates of the same span (the unconditional baseline). An effect that one
stretch carries (Bitcoin's 2010-2011 prints, say) or that a few large events
carry (the mean moves, the median does not) shows up here. :func:`events_hold_up`
is the rule behind "supported": in every sub-sample at least three events, the
median excess above zero and the mean excess at least a third of the full one.
:func:`conditional_subsamples` and :func:`conditional_hold_up` do the same for
conditional claims (forward returns while a condition holds vs other times).

Examples
--------
>>> import numpy as np, pandas as pd
>>> idx = pd.bdate_range("2015-01-01", periods=400)
>>> outcome = pd.Series(np.where(np.arange(400) % 50 == 0, 0.05, 0.0), index=idx)
>>> dates = idx[::50]
>>> tab = event_subsamples(dates, outcome, idx[0])
>>> tab["sample"].tolist(), bool(events_hold_up(tab))
(['full', 'first half', 'second half'], True)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = [
    "conditional_hold_up",
    "conditional_subsamples",
    "event_subsamples",
    "events_hold_up",
]

#: Fewest events for a sub-sample to count.
MIN_EVENTS = 3


def _row(name: str, dates: pd.DatetimeIndex, outcome: pd.Series) -> dict[str, object]:
    base = outcome.dropna()
    after = outcome.reindex(dates).dropna()
    row: dict[str, object] = {
        "sample": name,
        "start": base.index[0] if len(base) else pd.NaT,
        "end": base.index[-1] if len(base) else pd.NaT,
        "n_events": len(after),
        "mean": float(after.mean()) if len(after) else np.nan,
        "all_mean": float(base.mean()) if len(base) else np.nan,
        "median": float(after.median()) if len(after) else np.nan,
        "all_median": float(base.median()) if len(base) else np.nan,
    }
    row["excess"] = float(row["mean"]) - float(row["all_mean"])  # type: ignore[arg-type]
    row["median_excess"] = float(row["median"]) - float(row["all_median"])  # type: ignore[arg-type]
    return row


def event_subsamples(
    dates: pd.DatetimeIndex, outcome: pd.Series, start: pd.Timestamp
) -> pd.DataFrame:
    """One row per sample (full span from ``start``, first half, second half).

    ``dates`` are the event dates, ``outcome`` the follower's forward return
    at the horizon on every grid date (NaN where unknown).
    """
    span = outcome.loc[start:]
    dates = pd.DatetimeIndex(dates)
    dates = dates[dates >= start]
    mid = span.index[len(span) // 2] if len(span) else start
    rows = [
        _row("full", dates, span),
        _row("first half", dates[dates < mid], span.loc[span.index < mid]),
        _row("second half", dates[dates >= mid], span.loc[span.index >= mid]),
    ]
    return pd.DataFrame(rows)


def events_hold_up(table: pd.DataFrame, share: float = 1 / 3) -> bool:
    """Whether every sub-sample has enough events, a positive median excess and a mean excess
    of at least ``share`` of the full sample's (which must be positive)."""
    full = float(table["excess"].iloc[0])
    if not np.isfinite(full) or full <= 0:
        return False
    n = table["n_events"].to_numpy(dtype=np.int64)
    ex = table["excess"].to_numpy(dtype=np.float64)
    med = table["median_excess"].to_numpy(dtype=np.float64)
    with np.errstate(invalid="ignore"):
        ok = (n >= MIN_EVENTS) & (med > 0) & (ex >= share * full)
    return bool(np.all(ok))


def conditional_subsamples(frame: pd.DataFrame) -> pd.DataFrame:
    """Full sample and halves of a conditional test: mean and median in vs out of the regime.

    ``frame`` has columns ``date, in_regime, forward`` (one row per usable period).

    Examples
    --------
    >>> days = pd.date_range("2015-01-02", periods=8, freq="W-FRI")
    >>> f = pd.DataFrame({"date": days, "in_regime": [1, 0] * 4, "forward": [2.0, 0.0] * 4})
    >>> conditional_subsamples(f)["effect"].tolist()
    [2.0, 2.0, 2.0]
    """
    f = frame.dropna(subset=["in_regime", "forward"]).sort_values("date")
    mid = len(f) // 2
    rows = []
    for name, part in (("full", f), ("first half", f.iloc[:mid]), ("second half", f.iloc[mid:])):
        inside = part.loc[part["in_regime"].astype(bool), "forward"]
        outside = part.loc[~part["in_regime"].astype(bool), "forward"]
        nan = float("nan")
        rows.append(
            {
                "sample": name,
                "start": part["date"].iloc[0] if len(part) else pd.NaT,
                "end": part["date"].iloc[-1] if len(part) else pd.NaT,
                "n_in": len(inside),
                "n_out": len(outside),
                "effect": float(inside.mean() - outside.mean()) if len(inside) else nan,
                "median_effect": float(inside.median() - outside.median()) if len(inside) else nan,
            }
        )
    return pd.DataFrame(rows)


def conditional_hold_up(table: pd.DataFrame, sign: float, share: float = 1 / 3) -> bool:
    """Each half: at least 10 periods in the regime, the expected sign of the mean and median
    effects, and a third of the full effect."""
    full = sign * float(table["effect"].iloc[0])
    if not np.isfinite(full) or full <= 0:
        return False
    halves = table.iloc[1:]
    eff = sign * halves["effect"].to_numpy(dtype=np.float64)
    med = sign * halves["median_effect"].to_numpy(dtype=np.float64)
    n_in = halves["n_in"].to_numpy(dtype=np.int64)
    with np.errstate(invalid="ignore"):
        ok = (n_in >= 10) & (eff >= share * full) & (med > 0)
    return bool(np.all(ok))
