"""Rule-based phase model: which stage of the articles' cycle each day is in.

The articles describe a cycle: *fear* (capital goes to gold and silver while
Bitcoin consolidates, ``safe_haven``) and then *debasement* (the Fed actually
cuts, the dollar weakens, real yields fall, liquidity expands, fiscal worries
grow), plus the ordinary ``risk_on`` / ``risk_off`` states and ``neutral``.
:func:`classify_phases` turns the trigger history
(:func:`leadwatch.analysis.phases.triggers.evaluate_triggers`) into one phase per day:

1. the *raw* phase on day t is the first rule of the config, in priority order,
   whose triggers hold on day t (unknown triggers do not hold), else the
   fallback;
2. the *phase* changes to a new raw phase only once that raw phase has held for
   ``confirm_days`` consecutive days up to t (less flicker, no look-ahead).

Everything on day t uses rows up to t only, so appending later data never
changes an earlier phase (tested as a property). The history starts on the
first day on which every trigger is known.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.analysis.phases.config import parse_phase_config
>>> config = parse_phase_config({
...     "model": {"confirm_days": 2},
...     "triggers": {"hot": {"conditions": [{"metric": "level(vix)", "op": ">", "threshold": 30}]}},
...     "phases": [{"name": "risk_off", "all": ["hot"]}]})
>>> days = pd.bdate_range("2024-01-01", periods=6)
>>> values = pd.DataFrame({"vix": [20.0, 35, 20, 35, 36, 37]}, index=days)
>>> history = classify_phases(values, config)
>>> history.raw.tolist()
['neutral', 'risk_off', 'neutral', 'risk_off', 'risk_off', 'risk_off']
>>> history.phase.tolist()
['neutral', 'neutral', 'neutral', 'neutral', 'risk_off', 'risk_off']
>>> history.current, f"{history.since:%Y-%m-%d}"
('risk_off', '2024-01-05')
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.phases.config import PhaseConfig
from leadwatch.analysis.phases.triggers import TriggerBoard, TriggerHistory, evaluate_triggers
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, frame_records, jsonable

if TYPE_CHECKING:
    from leadwatch.align import AlignedFrame
    from leadwatch.analysis.phases.returns import PhaseReturnsResult

__all__ = [
    "PhaseHistory",
    "classify_frame",
    "classify_phases",
    "confirm",
    "episodes",
    "raw_phases",
]


def raw_phases(holds: pd.DataFrame, config: PhaseConfig) -> pd.Series:
    """First matching rule per row (priority order), else ``config.fallback``."""
    out = np.full(len(holds), config.fallback, dtype=object)
    free = np.ones(len(holds), dtype=bool)
    for rule in config.phases:
        match = np.ones(len(holds), dtype=bool)
        for name in rule.all:
            match &= holds[name].to_numpy(dtype=bool)
        if rule.any:
            count = holds[list(rule.any)].to_numpy(dtype=bool).sum(axis=1)
            match &= count >= rule.min_any
        for name in rule.none:
            match &= ~holds[name].to_numpy(dtype=bool)
        take = match & free
        out[take] = rule.name
        free &= ~take
    return pd.Series(out, index=holds.index, name="raw_phase")


def confirm(raw: pd.Series, days: int) -> pd.Series:
    """Adopt a new value only after it has held ``days`` consecutive rows (trailing).

    Examples
    --------
    >>> confirm(pd.Series(list("aabab" "bbba")), 3).tolist()
    ['a', 'a', 'a', 'a', 'a', 'a', 'b', 'b', 'b']
    """
    values = raw.to_numpy(dtype=object)
    out = values.copy()
    if days > 1 and len(values):
        run = 0
        current = values[0]
        for i, v in enumerate(values):
            run = run + 1 if i and v == values[i - 1] else 1
            if v != current and run >= days:
                current = v
            out[i] = current
    return pd.Series(out, index=raw.index, name="phase")


def episodes(phase: pd.Series) -> pd.DataFrame:
    """Runs of one phase: ``phase, start, end, days`` (``end`` inclusive).

    Examples
    --------
    >>> days = pd.bdate_range("2024-01-01", periods=4)
    >>> episodes(pd.Series(["a", "a", "b", "a"], index=days))["days"].tolist()
    [2, 1, 1]
    """
    values = phase.to_numpy(dtype=object)
    if len(values) == 0:
        return pd.DataFrame(columns=["phase", "start", "end", "days"])
    change = np.r_[True, values[1:] != values[:-1]]
    starts = np.flatnonzero(change)
    ends = np.r_[starts[1:] - 1, len(values) - 1]
    index = pd.DatetimeIndex(phase.index)
    return pd.DataFrame(
        {
            "phase": values[starts],
            "start": index[starts],
            "end": index[ends],
            "days": ends - starts + 1,
        }
    )


@dataclass(frozen=True, slots=True, eq=False)
class PhaseHistory(Result):
    """One phase per day, with the trigger history that produced it.

    Attributes
    ----------
    phase
        The (confirmed) phase per date.
    raw
        The rule matched on each date before confirmation.
    triggers
        Trigger history over the same dates.
    config
        The configuration used.
    """

    phase: pd.Series
    raw: pd.Series
    triggers: TriggerHistory
    config: PhaseConfig

    @property
    def current(self) -> str:
        """The phase on the last date."""
        return str(self.phase.iloc[-1])

    @property
    def as_of(self) -> pd.Timestamp:
        """The last date."""
        return pd.Timestamp(self.phase.index[-1])

    @property
    def since(self) -> pd.Timestamp:
        """First date of the current phase's episode."""
        return pd.Timestamp(episodes(self.phase)["start"].iloc[-1])

    def episodes(self) -> pd.DataFrame:
        """Runs of each phase: ``phase, start, end, days``."""
        return episodes(self.phase)

    def evidence(self, date: object | None = None) -> TriggerBoard:
        """The trigger checklist behind the phase on ``date`` (default the last date)."""
        return self.triggers.board(date)

    def share(self) -> pd.Series:
        """Share of days in each phase (every phase of the config, zeros included)."""
        counts = self.phase.value_counts(normalize=True)
        return counts.reindex(list(self.config.phase_names), fill_value=0.0)

    def summary(self) -> str:
        eps = self.episodes()
        lines = [
            f"Phase history {self.phase.index[0]:%Y-%m-%d}..{self.as_of:%Y-%m-%d} "
            f"({len(self.phase)} business days, {len(eps)} episodes; "
            f"config {self.config.source}, confirm_days={self.config.confirm_days})",
            f"Current phase: {self.current} since {self.since:%Y-%m-%d}",
        ]
        share = self.share()
        for name in self.config.phase_names:
            n_eps = int((eps["phase"] == name).sum())
            lines.append(f"  {name:<12} {share[name]:6.1%} of days, {n_eps} episodes")
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        """One row per date: ``date, phase, raw_phase`` and every trigger's ``holds``."""
        frame = pd.DataFrame({"phase": self.phase, "raw_phase": self.raw})
        frame = frame.join(self.triggers.holds)
        frame.index.name = "date"
        return frame.reset_index()

    def records(self) -> list[dict[str, Any]]:
        """One JSON-safe ``{"date", "phase"}`` record per date."""
        return [
            {"date": f"{d:%Y-%m-%d}", "phase": str(p)}
            for d, p in zip(pd.DatetimeIndex(self.phase.index), self.phase, strict=True)
        ]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = jsonable(
            {
                "as_of": f"{self.as_of:%Y-%m-%d}",
                "current": self.current,
                "since": f"{self.since:%Y-%m-%d}",
                "config": self.config.source,
                "confirm_days": self.config.confirm_days,
                "share": self.share().to_dict(),
            }
        )
        out["episodes"] = frame_records(self.episodes())
        out["history"] = self.records()
        return out

    def forward_returns(
        self,
        prices: pd.DataFrame,
        horizon: int = 60,
        *,
        target: str = "debasement",
        inference: Inference = Inference(),
    ) -> PhaseReturnsResult:
        """Forward returns of each column of ``prices`` by this history's phases.

        :func:`~leadwatch.analysis.phases.returns.forward_returns_by_phase` on
        :attr:`phase`, with the table in the config's phase order; ``target``
        must be a phase of the config.
        """
        from leadwatch.analysis.phases.returns import forward_returns_by_phase

        if target not in self.config.phase_names:
            raise DataError(
                f"target={target!r} is not a phase of the config",
                fix=f"use one of {', '.join(self.config.phase_names)}",
            )
        return forward_returns_by_phase(
            self.phase,
            prices,
            horizon,
            target=target,
            inference=inference,
            order=self.config.phase_names,
        )


def classify_phases(
    values: pd.DataFrame,
    config: PhaseConfig,
    *,
    observed: pd.DataFrame | None = None,
    start: object | None = None,
    end: object | None = None,
) -> PhaseHistory:
    """Classify every day of ``values`` into a phase of ``config`` without look-ahead.

    Parameters
    ----------
    values
        Daily grid x catalog ids: the latest value public at each day's end
        (``align(...).values``); it should start early enough for the longest
        window (metrics are computed on all rows, then cut to ``start``/``end``).
    config
        Triggers and phase rules (:func:`~leadwatch.analysis.phases.config.load_phase_config`).
    observed
        ``align(...).observed``, to report how old each trigger's data are.
    start, end
        Keep only these dates (inclusive) in the result.

    Returns
    -------
    PhaseHistory

    Raises
    ------
    InfeasibleTest
        Some trigger is never known (a series starts too late for its window).
    """
    triggers = evaluate_triggers(values, config, observed=observed)
    if observed is not None:  # no phase row after the last observation of any series used
        used = [c for c in config.series() if c in observed.columns]
        seen = [pd.Timestamp(observed[c].max()) for c in used]
        last = max((d for d in seen if not pd.isna(d)), default=pd.NaT)
        if not pd.isna(last) and last < values.index[-1]:
            triggers = _cut(triggers, slice(None, last))
    all_known = triggers.known.all(axis=1).to_numpy()
    if not all_known.any():
        never = [c for c in triggers.known.columns if not triggers.known[c].any()]
        late = never or list(triggers.known.columns)
        raise InfeasibleTest(
            f"trigger(s) {', '.join(late)} are never known on the dates given",
            fix="give the data a longer history (windows need up to "
            f"{max(c.metric.window() for t in config.triggers for c in t.conditions)} days)",
        )
    first = int(np.argmax(all_known))
    keep = slice(first, None)
    holds = triggers.holds.iloc[keep]
    raw = raw_phases(holds, config)
    phase = confirm(raw, config.confirm_days)
    cut = _cut(triggers, keep)
    lo = pd.Timestamp(start) if start is not None else None  # type: ignore[arg-type]
    hi = pd.Timestamp(end) if end is not None else None  # type: ignore[arg-type]
    if lo is not None or hi is not None:
        sel = slice(lo, hi)
        phase, raw = phase.loc[sel], raw.loc[sel]
        cut = _cut(cut, sel)
        if len(phase) == 0:
            raise DataError("no dates between start and end", fix="widen start/end")
    return PhaseHistory(phase=phase, raw=raw, triggers=cut, config=config)


def _cut(history: TriggerHistory, rows: slice) -> TriggerHistory:
    """``history`` restricted to ``rows`` (positions or labels, as ``slice`` allows)."""

    def part(frame: pd.DataFrame) -> pd.DataFrame:
        positional = isinstance(rows.start, int) or isinstance(rows.stop, int)
        return frame.iloc[rows] if positional else frame.loc[rows]

    stale = None if history.stale is None else part(history.stale)
    return TriggerHistory(
        part(history.holds), part(history.known), part(history.metrics), part(history.as_of),
        history.config, stale,
    )  # fmt: skip


def classify_frame(
    frame: AlignedFrame,
    config: PhaseConfig,
    *,
    start: object | None = None,
    end: object | None = None,
) -> PhaseHistory:
    """:func:`classify_phases` on a daily :class:`~leadwatch.align.AlignedFrame`.

    The frame's values are what was public at each day's end and its
    ``observed`` dates date the evidence, so a frame aligned on data known at
    a date gives the phases as they could have been computed that day.
    """
    if frame.grid != "daily":
        raise DataError(f"the frame is on the {frame.grid} grid", fix="align on 'daily'")
    return classify_phases(frame.values, config, observed=frame.observed, start=start, end=end)
