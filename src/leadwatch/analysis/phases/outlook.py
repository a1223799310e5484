"""Outlook from historical analogues, shown only with its own calibration record.

Given today's state (phase, which triggers hold, silver/gold/asset momentum),
find the ``k`` past days most like today and take the distribution of the
asset's forward log returns after them: median, 50% interval (quartiles) and
90% interval (5th-95th percentiles).

* **Distance**: Euclidean on momentum standardised by its standard deviation
  up to the forecast date, plus ``trigger_weight`` times the share of triggers
  that differ, plus ``phase_weight`` if the phase differs (a large weight, so
  same-phase days come first).
* **No look-ahead**: a past day s is a candidate at date t only if its forward
  return is fully known, ``s + horizon <= t``.
* **Declustering**: chosen analogues are at least ``gap`` rows apart, so one
  episode does not fill the list with adjacent days.
* **Calibration**: the same procedure is replayed every ``step`` rows over the
  history, using only data up to each point; the record says how often the
  realised return fell inside the stated 50% and 90% intervals, with a
  Newey-West standard error (the hits overlap when ``horizon > step``). With
  fewer than ``min_calibration`` replayed points the forecast is withheld.

Examples
--------
>>> import numpy as np, pandas as pd
>>> rng = np.random.default_rng(0)
>>> days = pd.bdate_range("2012-01-02", periods=1500)
>>> price = pd.Series(np.exp(np.cumsum(0.01 * rng.standard_normal(1500))), index=days)
>>> phase = pd.Series("neutral", index=days)
>>> momentum = pd.DataFrame({"m": np.log(price).diff(20)}, index=days)
>>> res = analogue_outlook(phase, momentum, price, horizons=(20,), k=30)
>>> row = res.table.iloc[0]
>>> bool(row["withheld"]), bool(0.7 < row["coverage90"] <= 1.0)
(False, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.phases.returns import forward_log_returns
from leadwatch.analysis.validation import check_int
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, frame_records, jsonable

__all__ = ["OutlookResult", "analogue_outlook"]

_Q = (0.05, 0.25, 0.5, 0.75, 0.95)


@dataclass(frozen=True, slots=True, eq=False)
class OutlookResult(Result):
    """Forward-return distribution from analogues, per horizon, with its calibration.

    Attributes
    ----------
    table
        One row per horizon: ``q05, q25, median, q75, q95``, ``mean``,
        ``share_positive``, ``n_analogues``; calibration ``coverage50``,
        ``coverage90`` (share of replayed points whose realised return fell inside
        the 50% / 90% interval), their Newey-West ``se50``/``se90``,
        ``n_calibration`` and ``withheld`` (True: too few points to trust).
    analogues
        One row per (horizon, analogue date): ``distance``, ``phase``, ``return``.
    state
        Today's state: date, phase, triggers holding, momentum values.
    """

    asset: str
    as_of: pd.Timestamp
    table: pd.DataFrame
    analogues: pd.DataFrame
    state: dict[str, Any]
    k: int
    step: int
    min_calibration: int

    def summary(self) -> str:
        lines = [
            f"Outlook for {self.asset} from {self.as_of:%Y-%m-%d} (phase {self.state['phase']}; "
            f"{self.k} declustered analogues; log returns)"
        ]
        for r in self.table.to_dict(orient="records"):
            h = int(r["horizon"])
            cal = (
                f"calibration over {r['n_calibration']} replayed dates (every {self.step} days, "
                f"past data only): 50% interval held {r['coverage50']:.0%} "
                f"(± {2 * r['se50']:.0%}), 90% interval held {r['coverage90']:.0%} "
                f"(± {2 * r['se90']:.0%})"
            )
            if r["withheld"]:
                lines.append(f"  {h:>3} days: forecast withheld, {cal}")
                continue
            dates = self.analogues.loc[self.analogues["horizon"] == h, "date"].head(5)
            lines += [
                f"  {h:>3} days: median {r['median']:+.3f}, "
                f"50% [{r['q25']:+.3f}, {r['q75']:+.3f}], "
                f"90% [{r['q05']:+.3f}, {r['q95']:+.3f}], positive in {r['share_positive']:.0%}",
                f"            {cal}",
                "            closest analogues: " + ", ".join(f"{d:%Y-%m-%d}" for d in dates),
            ]
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row per horizon (forecast and calibration)."""
        return self.table.copy()

    def to_dict(self) -> dict[str, Any]:
        fields = self.field_values()
        frames = {"horizons": fields.pop("table"), "analogues": fields.pop("analogues")}
        out: dict[str, Any] = jsonable(fields)
        return out | {name: frame_records(frame) for name, frame in frames.items()}


def _nw_se(x: np.ndarray[Any, Any], lags: int) -> float:
    n = len(x)
    if n < 2:
        return float("nan")
    e = x - x.mean()
    var = float(e @ e) / n
    for j in range(1, min(lags, n - 1) + 1):
        var += 2 * (1 - j / (lags + 1)) * float(e[j:] @ e[:-j]) / n
    return float(np.sqrt(max(var, 0.0) / n))


class _Space:
    """Precomputed state arrays and the distance from one date to earlier ones."""

    def __init__(self, phase: pd.Series, momentum: pd.DataFrame, triggers: pd.DataFrame | None):
        self.phase = phase.to_numpy(dtype=object)
        self.mom = momentum.to_numpy(dtype=np.float64)
        self.trig = (
            np.zeros((len(phase), 0), dtype=bool)
            if triggers is None
            else triggers.to_numpy(dtype=bool)
        )
        filled = np.where(np.isfinite(self.mom), self.mom, 0.0)
        ok = np.isfinite(self.mom).astype(float)
        self.cnt, self.s1 = np.cumsum(ok, axis=0), np.cumsum(filled, axis=0)
        self.s2 = np.cumsum(filled**2, axis=0)

    def distance(self, t: int, cand: np.ndarray[Any, Any], wt: float, wp: float) -> Any:
        cnt = np.maximum(self.cnt[t], 2.0)
        sd = np.sqrt(np.maximum(self.s2[t] / cnt - (self.s1[t] / cnt) ** 2, 1e-12))
        diff = (self.mom[cand] - self.mom[t]) / sd
        d = np.sqrt(np.nansum(diff**2, axis=1))
        d[~np.isfinite(diff).all(axis=1)] = np.inf
        if self.trig.shape[1]:
            d += wt * (self.trig[cand] != self.trig[t]).mean(axis=1)
        return d + wp * (self.phase[cand] != self.phase[t])


def _pick(order: np.ndarray[Any, Any], cand: np.ndarray[Any, Any], k: int, gap: int) -> list[int]:
    chosen: list[int] = []
    taken: list[int] = []
    for i in order:
        s = int(cand[i])
        if all(abs(s - c) >= gap for c in taken):
            chosen.append(int(i))
            taken.append(s)
            if len(chosen) == k:
                break
    return chosen


def analogue_outlook(
    phase: pd.Series,
    momentum: pd.DataFrame,
    prices: pd.Series,
    horizons: Sequence[int] = (20, 60, 120),
    *,
    triggers: pd.DataFrame | None = None,
    asset: str | None = None,
    k: int = 30,
    gap: int | None = None,
    step: int = 5,
    min_candidates: int = 250,
    min_calibration: int = 30,
    trigger_weight: float = 1.0,
    phase_weight: float = 10.0,
) -> OutlookResult:
    """Analogue forecast of ``prices``' forward log returns at the last date, with calibration.

    Parameters
    ----------
    phase, momentum, prices
        Phase per date, momentum features (date x feature) and the asset's price,
        all on the same dates.
    horizons
        Forward horizons in rows.
    triggers
        Optional date x trigger booleans, part of the state.
    k, gap
        Analogues per forecast and their minimum spacing (default ``max(5, h // 4)``).
    step, min_candidates, min_calibration
        Replay every ``step`` rows once ``min_candidates`` past days are usable;
        withhold the forecast below ``min_calibration`` replayed points.
    trigger_weight, phase_weight
        Weights of trigger and phase mismatches in the distance.
    """
    if not isinstance(phase, pd.Series) or not isinstance(momentum, pd.DataFrame):
        raise DataError("phase must be a Series and momentum a DataFrame", fix="see the docs")
    if not (phase.index.equals(momentum.index) and phase.index.equals(prices.index)):
        raise DataError("phase, momentum and prices have different dates", fix="align them first")
    if triggers is not None and not triggers.index.equals(phase.index):
        raise DataError("triggers have different dates", fix="align them first")
    hs = [check_int(h, "horizons", 1, max(1, len(phase) // 5)) for h in horizons]
    if not hs:
        raise DataError("horizons is empty", fix="pass e.g. horizons=(20, 60, 120)")
    k = check_int(k, "k", 5)
    step = check_int(step, "step", 1)
    space = _Space(phase, momentum, triggers)
    last = len(phase) - 1
    rows, analogues = [], []
    for h in hs:
        fwd = forward_log_returns(prices, h).to_numpy()
        g = max(5, h // 4) if gap is None else check_int(gap, "gap", 1)
        usable = np.flatnonzero(np.isfinite(fwd))

        def forecast(t: int, fwd: Any = fwd, usable: Any = usable, h: int = h, g: int = g) -> Any:
            cand = usable[usable <= t - h]
            if len(cand) < min_candidates:
                return None
            d = space.distance(t, cand, trigger_weight, phase_weight)
            picks = _pick(np.argsort(d, kind="stable"), cand, k, g)
            return cand[picks], d[picks]

        hits50, hits90 = [], []
        for t in range(0, last - h + 1, step):
            got = forecast(t)
            if got is None or not np.isfinite(fwd[t]):
                continue
            q = np.quantile(fwd[got[0]], _Q)
            hits50.append(q[1] <= fwd[t] <= q[3])
            hits90.append(q[0] <= fwd[t] <= q[4])
        got = forecast(last)
        if got is None:
            raise InfeasibleTest(
                f"fewer than {min_candidates} past days with a known {h}-day return",
                fix="use a shorter horizon or a longer history",
            )
        idx, dist = got
        r = fwd[idx]
        q = np.quantile(r, _Q)
        lags = int(np.ceil(h / step))
        h50, h90 = np.asarray(hits50, float), np.asarray(hits90, float)
        rows.append(
            {
                "horizon": h,
                "q05": q[0],
                "q25": q[1],
                "median": q[2],
                "q75": q[3],
                "q95": q[4],
                "mean": float(r.mean()),
                "share_positive": float((r > 0).mean()),
                "n_analogues": len(r),
                "coverage50": float(h50.mean()) if len(h50) else np.nan,
                "coverage90": float(h90.mean()) if len(h90) else np.nan,
                "se50": _nw_se(h50, lags),
                "se90": _nw_se(h90, lags),
                "n_calibration": len(h50),
                "withheld": len(h50) < min_calibration,
            }
        )
        for i, dd in zip(idx, dist, strict=True):
            analogues.append(
                {
                    "horizon": h,
                    "date": pd.Timestamp(phase.index[i]),
                    "distance": float(dd),
                    "phase": str(space.phase[i]),
                    "return": float(fwd[i]),
                }
            )
    state = {
        "date": f"{phase.index[last]:%Y-%m-%d}",
        "phase": str(phase.iloc[-1]),
        "triggers": []
        if triggers is None
        else [c for c in triggers.columns if triggers[c].iloc[-1]],
        "momentum": jsonable(momentum.iloc[-1].to_dict()),
    }
    return OutlookResult(
        asset=asset or str(prices.name or "asset"),
        as_of=pd.Timestamp(phase.index[last]),
        table=pd.DataFrame(rows),
        analogues=pd.DataFrame(analogues),
        state=state,
        k=k,
        step=step,
        min_calibration=min_calibration,
    )
