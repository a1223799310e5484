"""Event study: what does the follower do after the leader's "strength" events?

Events are defined on the leader's log price by rule, using only data up to
the event date:

* ``ath``: a new all-time high (above every earlier price in the history given),
* ``breakout``: above the highest price of the previous ``year`` periods,
* ``sigma``: a one-period return above ``n_sigma`` standard deviations of the
  previous ``year`` periods' returns (the estimation window ends before the event),
* ``momentum``: a return over the last ``quarter`` periods above ``threshold``.

Events are declustered: one closer than ``min_gap`` periods to the previous
kept event is dropped, so a run of highs counts once. The outcome is the
follower's cumulative return over the next ``h`` periods. The placebo is
matched random dates: for each event, a date from the same calendar year whose
forward window does not overlap any event window; ``n_boot`` placebo sets give
the null distribution of the mean outcome (one-sided p-value for "higher after
events") and resampled events give a bootstrap interval of the excess return.

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.analysis.leadlag.events import event_study
>>> rng = np.random.default_rng(0)
>>> idx = pd.bdate_range("2012-01-02", periods=2500)
>>> x = rng.standard_normal(2500) * 0.01
>>> y = np.r_[np.zeros(5), x[:-5]] * 3 + rng.standard_normal(2500) * 0.01
>>> res = event_study(np.cumsum(x), y, idx, rules=("breakout",), horizons=(5, 20),
...                    n_boot=199)
>>> row = res.table.iloc[0]
>>> row["rule"], int(row["horizon"]), bool(row["pvalue"] < 0.05)
('breakout', 5, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.leadlag.predictive import window_sums
from leadwatch.analysis.validation import Floats, Ints, check_int, rng_from
from leadwatch.errors import DataError
from leadwatch.results import Result, fmt_p

__all__ = ["RULES", "EventStudyResult", "decluster", "detect_events", "event_study"]

RULES: tuple[str, ...] = ("ath", "breakout", "sigma", "momentum")


def decluster(candidates: Ints, min_gap: int) -> Ints:
    """Keep a candidate only if it is at least ``min_gap`` after the last kept one.

    Examples
    --------
    >>> decluster(np.array([3, 4, 5, 30, 31, 70]), 20).tolist()
    [3, 30, 70]
    """
    kept: list[int] = []
    for c in candidates.tolist():
        if not kept or c - kept[-1] >= min_gap:
            kept.append(int(c))
    return np.asarray(kept, dtype=np.int64)


def detect_events(
    log_price: Floats,
    rule: str,
    *,
    year: int,
    quarter: int,
    n_sigma: float = 3.0,
    threshold: float = 0.2,
) -> Ints:
    """Positions where ``rule`` fires (before declustering), using only past data."""
    p = np.asarray(log_price, dtype=np.float64)
    s = pd.Series(p)
    prev = s.shift(1)
    if rule == "ath":
        hist = prev.expanding(min_periods=year).max()
        fire = s > hist
    elif rule == "breakout":
        fire = s > prev.rolling(year, min_periods=year // 2).max()
    elif rule == "sigma":
        r = s.diff()
        sd = r.shift(1).rolling(year, min_periods=year // 2).std()
        fire = r > n_sigma * sd
    elif rule == "momentum":
        fire = (s - s.shift(quarter)) > threshold
    else:
        raise DataError(f"event rule {rule!r} is unknown", fix=f"use one of {', '.join(RULES)}")
    return np.flatnonzero(fire.fillna(False).to_numpy(dtype=bool)).astype(np.int64)


@dataclass(frozen=True, slots=True)
class EventStudyResult(Result):
    """Follower forward returns after leader events vs matched placebo dates.

    Attributes
    ----------
    table
        One row per (rule, horizon): ``n_events, mean, placebo_mean, excess,
        ci_low, ci_high`` (bootstrap interval of the excess), ``pvalue``
        (placebo, one-sided: higher after events), ``hit_rate, placebo_hit_rate``.
    events
        One row per kept event: ``rule, date, leader_level`` and the follower's
        return at each horizon (NaN when the window runs past the data).
    """

    table: pd.DataFrame
    events: pd.DataFrame
    min_gap: int
    n_boot: int
    alpha: float
    null_hypothesis: str = "follower returns after events are like those on matched random dates"
    method: str = "matched placebo dates (same calendar year); bootstrap interval of the excess"

    def summary(self) -> str:
        lines = [f"Event study ({self.n_boot} placebo sets; events at least {self.min_gap} apart)"]
        for rule, part in self.table.groupby("rule", sort=False):
            n = int(part["n_events"].max()) if len(part) else 0
            cells = ", ".join(
                f"+{h}: {e:+.3f} (p {fmt_p(p)})"
                for h, e, p in zip(
                    part["horizon"].astype(int),
                    part["excess"].astype(float),
                    part["pvalue"].astype(float),
                    strict=True,
                )
            )
            lines.append(f"  {rule:<9} {n:>3} events; excess return {cells}")
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        return self.table.copy()


def _placebo(
    events: Ints,
    outcome: Floats,
    years: Ints,
    blocked: Floats,
    n_boot: int,
    rng: np.random.Generator,
) -> Floats:
    """``(n_boot, n_events)`` outcomes on matched dates (same year, outside event windows)."""
    ok = np.isfinite(outcome) & ~blocked.astype(bool)
    pool_all = np.flatnonzero(ok)
    draws = np.empty((n_boot, len(events)))
    for i, e in enumerate(events.tolist()):
        pool = pool_all[years[pool_all] == years[e]]
        if len(pool) < 20:
            pool = pool_all
        draws[:, i] = outcome[pool[rng.integers(0, len(pool), size=n_boot)]]
    return draws


def event_study(
    leader_log_price: object,
    follower: object,
    index: pd.DatetimeIndex,
    *,
    rules: Sequence[str] = RULES,
    horizons: Sequence[int] = (5, 20, 60, 120),
    min_gap: int = 20,
    year: int = 260,
    quarter: int = 63,
    n_sigma: float = 3.0,
    threshold: float = 0.2,
    first: int = 0,
    alpha: float = 0.05,
    n_boot: int = 1999,
    seed: int | None = 0,
) -> EventStudyResult:
    """Follower forward returns after leader events, against matched placebo dates.

    Parameters
    ----------
    leader_log_price
        Leader's log price on the grid (as known at each point; NaN before it starts).
    follower
        Follower's returns on the same grid (NaN = missing).
    index
        Grid labels (for event dates and same-year placebo matching).
    rules, horizons, min_gap
        Event rules (:data:`RULES`), forward horizons and declustering gap, in periods.
    year, quarter
        Periods in a year (52-week high, sigma window) and in a quarter (momentum).
    n_sigma, threshold
        Parameters of the ``sigma`` and ``momentum`` rules (log return).
    first
        Events before this position are history only (not studied).
    alpha, n_boot, seed
        Interval level, placebo/bootstrap replicates, seed.
    """
    p = np.asarray(leader_log_price, dtype=np.float64)
    y = np.asarray(follower, dtype=np.float64)
    if p.shape != y.shape or len(index) != len(p):
        raise DataError("leader, follower and index lengths differ", fix="align them first")
    horizons = [check_int(h, "horizons", 1, len(p) // 4) for h in horizons]
    min_gap = check_int(min_gap, "min_gap", 1)
    n_boot = check_int(n_boot, "n_boot", 99)
    rng = rng_from(seed)
    years = np.asarray(pd.DatetimeIndex(index).year, dtype=np.int64)
    outcomes = {h: window_sums(y, 1, h) for h in horizons}
    hmax = max(horizons)
    rows: list[dict[str, Any]] = []
    listed: list[pd.DataFrame] = []
    for rule in rules:
        found = detect_events(
            p, rule, year=year, quarter=quarter, n_sigma=n_sigma, threshold=threshold
        )
        ev = decluster(found[found >= first], min_gap)
        blocked = np.zeros(len(p))
        for e in ev.tolist():  # event windows: never part of a placebo's window
            blocked[max(0, e - hmax) : e + hmax + 1] = 1.0
        frame = pd.DataFrame({"rule": rule, "date": index[ev], "leader_level": np.exp(p[ev])})
        for h in horizons:
            out = outcomes[h][ev]
            frame[f"fwd_{h}"] = out
            have = ev[np.isfinite(out)]
            vals = outcomes[h][have]
            stats: dict[str, Any] = {"rule": rule, "horizon": h, "n_events": len(have)}
            free = np.isfinite(outcomes[h]) & ~blocked.astype(bool)
            if len(have) >= 3 and free.any():  # no placebo without a day outside the windows
                plac = _placebo(have, outcomes[h], years, blocked, n_boot, rng)
                pm = plac.mean(axis=1)
                boot = vals[rng.integers(0, len(vals), size=(n_boot, len(vals)))].mean(axis=1)
                diff = boot - pm
                stats |= {
                    "mean": float(vals.mean()),
                    "placebo_mean": float(pm.mean()),
                    "excess": float(vals.mean() - pm.mean()),
                    "ci_low": float(np.quantile(diff, alpha / 2)),
                    "ci_high": float(np.quantile(diff, 1 - alpha / 2)),
                    "pvalue": float((1 + (pm >= vals.mean()).sum()) / (1 + n_boot)),
                    "hit_rate": float((vals > 0).mean()),
                    "placebo_hit_rate": float((plac > 0).mean()),
                }
            rows.append(stats)
        listed.append(frame)
    cols = [
        "rule",
        "horizon",
        "n_events",
        "mean",
        "placebo_mean",
        "excess",
        "ci_low",
        "ci_high",
        "pvalue",
        "hit_rate",
        "placebo_hit_rate",
    ]
    table = pd.DataFrame(rows).reindex(columns=cols)
    events = pd.concat(listed, ignore_index=True) if listed else pd.DataFrame()
    return EventStudyResult(table=table, events=events, min_gap=min_gap, n_boot=n_boot, alpha=alpha)
