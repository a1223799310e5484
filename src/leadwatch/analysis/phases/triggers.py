"""Trigger checklist: each condition from the articles, evaluated day by day without look-ahead.

:func:`evaluate_triggers` computes every metric of a
:class:`~leadwatch.analysis.phases.config.PhaseConfig` on a daily frame of
aligned values (each cell the latest value public at that day's end, as
:func:`leadwatch.align.align` builds it) with *trailing* windows only, so the
value on day t depends on nothing after t. A trigger holds when its conditions
do (``all`` or ``any``); it is *unknown* while a metric has no data yet, and
while a series it reads is *stale*: its latest value is older than the
series' normal publication lag and observation gap
(:attr:`leadwatch.catalog.SeriesSpec.max_age`), e.g. a geopolitical-risk index
last dated five months ago. Stale data never make a condition "hold".
:meth:`TriggerHistory.board` gives the checklist for one day: current value,
threshold, since when the trigger has held (or not), and how old its data are.

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.analysis.phases.config import parse_phase_config
>>> config = parse_phase_config({
...     "triggers": {"vix_high": {"conditions": [
...         {"metric": "mean(vix, 2)", "op": ">=", "threshold": 20}]}},
...     "phases": [{"name": "stress", "all": ["vix_high"]}]})
>>> days = pd.bdate_range("2024-01-01", periods=6)
>>> values = pd.DataFrame({"vix": [15.0, 16, 24, 26, 25, 12]}, index=days)
>>> history = evaluate_triggers(values, config)
>>> history.holds["vix_high"].tolist()
[False, False, True, True, True, False]
>>> history.known["vix_high"].tolist()
[False, True, True, True, True, True]
>>> board = history.board()
>>> bool(board.table.loc[0, "holds"]), board.table.loc[0, "since"]
(False, Timestamp('2024-01-08 00:00:00'))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.analysis.phases.config import Condition, Metric, PhaseConfig
from leadwatch.errors import DataError
from leadwatch.results import Result, frame_records, jsonable

#: Days a flow sum is carried over days without trading (a long holiday weekend).
FLOW_CARRY_DAYS = 4

__all__ = [
    "TriggerBoard",
    "TriggerHistory",
    "evaluate_metric",
    "evaluate_triggers",
    "run_start",
    "stale_mask",
]


def evaluate_metric(metric: Metric, values: pd.DataFrame) -> pd.Series:
    """Value of ``metric`` on every row of ``values`` (trailing windows; NaN until enough data).

    Examples
    --------
    >>> from leadwatch.analysis.phases.config import parse_metric
    >>> frame = pd.DataFrame({"silver": [10.0, 12.0, 11.0, 13.0]})
    >>> evaluate_metric(parse_metric("from_high(silver)"), frame).round(3).tolist()
    [0.0, 0.0, -0.083, 0.0]
    >>> evaluate_metric(parse_metric("change(silver, 2)"), frame).tolist()
    [nan, nan, 1.0, 1.0]
    """
    if not metric.func:
        name = str(metric.args[0])
        if name not in values.columns:
            raise DataError(
                f"metric {metric.text!r} needs series {name!r}, which the data lack",
                fix=f"import it first (leadwatch data import) or drop the trigger using {name}",
            )
        return values[name].astype(np.float64)
    x = evaluate_metric(metric.args[0], values) if isinstance(metric.args[0], Metric) else None
    assert x is not None
    n = int(metric.args[1]) if len(metric.args) > 1 and isinstance(metric.args[1], int) else 1
    func = metric.func
    if func == "level":
        return x
    if func == "mean":
        return x.rolling(n, min_periods=n).mean()
    if func == "change":
        return x - x.shift(n)
    if func == "logchange":
        prev = x.shift(n)
        ok = (x > 0) & (prev > 0)
        return pd.Series(np.log(x.where(ok) / prev.where(ok)), index=x.index)
    if func == "vs_ma":
        return x / x.rolling(n, min_periods=n).mean() - 1.0
    if func == "from_high":
        return x / x.cummax() - 1.0
    if func == "pctrank":
        return x.rolling(n, min_periods=n).rank(pct=True)
    if func == "flowsum":  # flows: a day without trading is missing, not a zero flow
        summed = x.dropna().rolling(n, min_periods=n).sum()
        return summed.reindex(x.index).ffill(limit=FLOW_CARRY_DAYS)
    if func == "diff":
        second = metric.args[1]
        assert isinstance(second, Metric)
        return x - evaluate_metric(second, values)
    raise DataError(f"unknown metric function {func!r}", fix="see FUNCTIONS")  # pragma: no cover


def _compare(value: pd.Series, cond: Condition) -> pd.Series:
    v = value.to_numpy(dtype=np.float64)
    t = cond.threshold
    out = {"<": v < t, "<=": v <= t, ">": v > t, ">=": v >= t}[cond.op]
    return pd.Series(out, index=value.index)


def run_start(flags: pd.Series) -> pd.Series:
    """Date on which the current run of equal values in ``flags`` began, at every row.

    Examples
    --------
    >>> days = pd.bdate_range("2024-01-01", periods=5)
    >>> run_start(pd.Series([True, True, False, False, True], index=days)).dt.day.tolist()
    [1, 1, 3, 3, 5]
    """
    arr = flags.to_numpy()
    change = np.r_[True, arr[1:] != arr[:-1]]
    starts = pd.Series(np.where(change, flags.index.to_numpy(), np.datetime64("NaT")))
    return pd.Series(starts.ffill().to_numpy(), index=flags.index)


@dataclass(frozen=True, slots=True)
class TriggerBoard(Result):
    """The trigger checklist on one date: one row per trigger (see :meth:`to_frame`)."""

    date: pd.Timestamp
    table: pd.DataFrame
    conditions: pd.DataFrame

    def summary(self) -> str:
        lines = [f"Triggers on {self.date:%Y-%m-%d}"]
        for row in self.table.to_dict(orient="records"):
            state = "unknown" if not row["known"] else ("HOLDS" if row["holds"] else "no")
            since = "" if pd.isna(row["since"]) else f" since {pd.Timestamp(row['since']):%Y-%m-%d}"
            lines.append(f"  {row['label']:<38} {state:<8}{since}  [{row['detail']}]")
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row per trigger: name, label, holds, known, value, threshold, since, data_as_of."""
        return self.table.copy()

    def to_dict(self) -> dict[str, Any]:
        conds = self.conditions
        records = []
        for row in frame_records(self.table):
            mine = conds.loc[conds["trigger"] == row["trigger"]].drop(columns="trigger")
            records.append(row | {"conditions": frame_records(mine)})
        return {"date": self.date.date().isoformat(), "triggers": records}


@dataclass(frozen=True, slots=True, eq=False)
class TriggerHistory(Result):
    """Every trigger on every day.

    Attributes
    ----------
    holds, known
        Date x trigger booleans; ``holds`` is False where ``known`` is False.
    metrics
        Date x condition text: the metric value behind each condition.
    as_of
        Date x series: date label of the latest observation used (NaT if none).
    config
        The configuration evaluated.
    stale
        Date x series: True where the series' latest value is older than its
        ``max_age`` (empty without ``observed``).
    """

    holds: pd.DataFrame
    known: pd.DataFrame
    metrics: pd.DataFrame
    as_of: pd.DataFrame
    config: PhaseConfig
    stale: pd.DataFrame | None = None

    def board(self, date: object | None = None) -> TriggerBoard:
        """The checklist on ``date`` (default the last row): value, threshold, since when."""
        index = self.holds.index
        if date is None:
            at = len(index) - 1
        else:
            ts = pd.Timestamp(date)  # type: ignore[arg-type]
            at = int(index.searchsorted(ts, side="right")) - 1
            if at < 0:
                raise DataError(f"date {ts:%Y-%m-%d} is before the history", fix="pick a later one")
        day = pd.Timestamp(index[at])
        rows, conds = [], []
        for spec in self.config.triggers:
            flags = self.holds[spec.name].iloc[: at + 1]
            known = bool(self.known[spec.name].iloc[at])
            state = flags.where(self.known[spec.name].iloc[: at + 1], other=np.nan)
            since = run_start(state.astype(object).fillna("unknown")).iloc[-1]
            as_of = [self.as_of[s].iloc[at] for s in sorted(spec.series()) if s in self.as_of]
            oldest = min((d for d in as_of if not pd.isna(d)), default=pd.NaT)
            stale = self._stale_at(spec.series(), at)
            first = spec.conditions[0]
            rows.append(
                {
                    "trigger": spec.name,
                    "label": spec.label,
                    "checklist": spec.checklist,
                    "mode": spec.mode,
                    "holds": bool(flags.iloc[-1]) and known,
                    "known": known,
                    "value": float(self.metrics[first.text].iloc[at]),
                    "metric": first.metric.text,
                    "threshold": f"{first.op} {first.threshold:g}",
                    "since": pd.Timestamp(since),
                    "data_as_of": oldest,
                    "age_days": np.nan if pd.isna(oldest) else int((day - oldest).days),
                    "stale": ", ".join(stale),
                    "detail": self._detail(spec.conditions, at, spec.mode)
                    + (f"; STALE: {', '.join(stale)}" if stale else ""),
                }
            )
            for cond in spec.conditions:
                value = float(self.metrics[cond.text].iloc[at])
                conds.append(
                    {
                        "trigger": spec.name,
                        "metric": cond.metric.text,
                        "value": value,
                        "op": cond.op,
                        "threshold": cond.threshold,
                        "holds": bool(_compare(pd.Series([value]), cond).iloc[0]),
                    }
                )
        return TriggerBoard(day, pd.DataFrame(rows), pd.DataFrame(conds))

    def _stale_at(self, series: set[str], at: int) -> list[str]:
        """``id (last DATE, N days old)`` for each stale series among ``series`` at row ``at``."""
        if self.stale is None or self.stale.empty:
            return []
        day = pd.Timestamp(self.holds.index[at])
        out = []
        for name in sorted(series):
            if name in self.stale.columns and bool(self.stale[name].iloc[at]):
                last = pd.Timestamp(self.as_of[name].iloc[at])
                out.append(f"{name} (last {last:%Y-%m-%d}, {(day - last).days} days old)")
        return out

    def _detail(self, conditions: tuple[Condition, ...], at: int, mode: str) -> str:
        parts = []
        for cond in conditions:
            value = float(self.metrics[cond.text].iloc[at])
            shown = "n/a" if np.isnan(value) else f"{value:.3g}"
            parts.append(f"{cond.metric.text} = {shown} {cond.op} {cond.threshold:g}")
        return f" {mode.upper()} ".join(parts) if len(parts) > 1 else parts[0]

    def summary(self) -> str:
        share = self.holds.mean()
        span = f"{self.holds.index[0]:%Y-%m-%d}..{self.holds.index[-1]:%Y-%m-%d}"
        lines = [f"TriggerHistory: {len(self.holds)} days {span}; share of days each holds"]
        lines += [f"  {name:<22} {share[name]:6.1%}" for name in self.holds.columns]
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """Tidy: one row per (date, trigger) with holds and known."""
        n, k = self.holds.shape
        out = pd.DataFrame(
            {
                "date": np.repeat(self.holds.index.to_numpy(), k),
                "trigger": np.tile(self.holds.columns.to_numpy(), n),
                "holds": self.holds.to_numpy(dtype=bool).ravel(),
                "known": self.known.to_numpy(dtype=bool).ravel(),
            }
        )
        return out

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = jsonable(
            {"source": self.config.source, "share_holds": self.holds.mean().to_dict()}
        )
        return out


def evaluate_triggers(
    values: pd.DataFrame, config: PhaseConfig, *, observed: pd.DataFrame | None = None
) -> TriggerHistory:
    """Evaluate every trigger of ``config`` on each row of ``values``.

    Parameters
    ----------
    values
        Daily (or any regular) grid x catalog ids: the latest value public at each
        row, e.g. ``align(...).values``. Windows count rows.
    config
        Triggers to evaluate.
    observed
        Same shape: date label of the observation behind each cell
        (``align(...).observed``), used to report how old each trigger's data
        are and to make a condition on stale data (catalog series older than
        their ``max_age``) unknown.

    Returns
    -------
    TriggerHistory
    """
    if not isinstance(values, pd.DataFrame) or not isinstance(values.index, pd.DatetimeIndex):
        raise DataError("values must be a DataFrame indexed by date", fix="pass align(...).values")
    if len(values) == 0:
        raise DataError("values is empty", fix="widen start/end")
    if not values.index.is_monotonic_increasing or values.index.has_duplicates:
        raise DataError("values' dates are unsorted or repeat", fix="pass align(...).values")
    missing = sorted(set(config.series()) - set(values.columns))
    if missing:
        raise DataError(
            f"the phase config needs {', '.join(missing)}, which the data lack",
            fix="import them (leadwatch data import ../shared/data) or edit the config",
        )
    stale = stale_mask(values.index, observed, config.series())
    metrics: dict[str, pd.Series] = {}
    holds: dict[str, npt.NDArray[np.bool_]] = {}
    known: dict[str, npt.NDArray[np.bool_]] = {}
    for spec in config.triggers:
        flags, seen = [], []
        for cond in spec.conditions:
            value = metrics.get(cond.text)
            if value is None:
                value = metrics[cond.text] = evaluate_metric(cond.metric, values)
            flags.append(_compare(value, cond).to_numpy())
            fresh = ~stale[sorted(cond.metric.series() & set(stale.columns))].any(axis=1)
            seen.append(np.isfinite(value.to_numpy(dtype=np.float64)) & fresh.to_numpy())
        f, s = np.vstack(flags), np.vstack(seen)
        if spec.mode == "all":
            # known when every metric is known, or one known condition already fails
            holds[spec.name] = (f & s).all(axis=0)
            known[spec.name] = s.all(axis=0) | (s & ~f).any(axis=0)
        else:
            holds[spec.name] = (f & s).any(axis=0)
            known[spec.name] = s.all(axis=0) | (s & f).any(axis=0)
    if observed is None:
        as_of = pd.DataFrame(index=values.index)
    else:
        as_of = observed.reindex(index=values.index)
    names = [t.name for t in config.triggers]
    return TriggerHistory(
        holds=pd.DataFrame(holds, index=values.index, columns=names),
        known=pd.DataFrame(known, index=values.index, columns=names),
        metrics=pd.DataFrame(metrics, index=values.index),
        as_of=as_of,
        config=config,
        stale=stale,
    )


def stale_mask(
    index: pd.DatetimeIndex, observed: pd.DataFrame | None, series: list[str]
) -> pd.DataFrame:
    """Date x series: whether the latest observation is older than the series' ``max_age``.

    Ages run from the end of the observation's period (a month's last day for a
    monthly series). Series outside the catalog, or without ``observed``, are
    never stale (no columns).

    Examples
    --------
    >>> days = pd.bdate_range("2024-03-01", periods=3)
    >>> seen = pd.DataFrame({"gpr": pd.to_datetime(["2024-02-28", "2024-02-28", "2024-02-10"])},
    ...                     index=days)
    >>> stale_mask(days, seen, ["gpr"])["gpr"].tolist()
    [False, False, True]
    """
    from leadwatch.catalog import CATALOG

    out = pd.DataFrame(index=index)
    if observed is None:
        return out
    for name in series:
        if name not in CATALOG or name not in observed.columns:
            continue
        spec = CATALOG[name]
        seen = pd.DatetimeIndex(observed[name].reindex(index))
        ends = spec.period_end(seen)
        age = pd.DatetimeIndex(index) - ends
        out[name] = np.asarray(age > spec.max_age) & ~pd.isna(seen)
    return out
