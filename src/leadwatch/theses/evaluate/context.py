"""What an evaluator sees: series as known at a date, and the caches of one run.

Pure (no store): a :class:`Workspace` holds raw series (id -> values by date
label) and caches aligned grids, so the report's several theses and their
frozen reruns align each grid once. :meth:`Workspace.at` freezes the data at a
date: every series is cut to the observations whose ``known_at`` instant
(:meth:`leadwatch.catalog.SeriesSpec.known_at`) is at or before the end of
that day (UTC), exactly what a user could have downloaded that day, and the
grids end there.

Examples
--------
>>> import pandas as pd
>>> days = pd.bdate_range("2024-01-01", "2024-01-10")
>>> ws = Workspace({"vix": pd.Series(range(len(days)), index=days, dtype=float)})
>>> ws.at("2024-01-05").values["vix"].index[-1].date()   # the 16:15 NY close is known that day
datetime.date(2024, 1, 5)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypedDict

import numpy as np
import pandas as pd

from leadwatch.align import AlignedFrame, DateLike, align, grid_instants
from leadwatch.analysis.inference import Inference
from leadwatch.catalog import get_series
from leadwatch.errors import InfeasibleTest
from leadwatch.theses.results import HypothesisResult
from leadwatch.theses.schema import Hypothesis

__all__ = ["Context", "Workspace", "date_span", "known_by"]


def known_by(values: Mapping[str, pd.Series], day: DateLike) -> dict[str, pd.Series]:
    """Each series cut to the observations public by the end of ``day`` (UTC)."""
    label = pd.Timestamp(day).normalize()
    cutoff = grid_instants(pd.DatetimeIndex([label]))[0]
    out = {}
    for sid, series in values.items():
        s = series.dropna()
        known = get_series(sid).known_at(pd.DatetimeIndex(s.index))
        out[sid] = s.loc[np.asarray(known <= cutoff)]
    return out


class Workspace:
    """Raw series and the caches of one run (aligned grids, frozen copies)."""

    def __init__(self, values: Mapping[str, pd.Series]) -> None:
        self.values = dict(values)
        self._frames: dict[tuple[str, pd.Timestamp], AlignedFrame] = {}
        self._contexts: dict[pd.Timestamp, Context] = {}

    @property
    def last_date(self) -> pd.Timestamp:
        return max(pd.Timestamp(s.dropna().index.max()) for s in self.values.values())

    def at(self, day: DateLike | None = None) -> Context:
        """The data as known at the end of ``day`` (default: the last date in the data)."""
        end = self.last_date if day is None else pd.Timestamp(day).normalize()
        if end not in self._contexts:
            self._contexts[end] = Context(self, end, known_by(self.values, end))
        return self._contexts[end]

    def frame(self, grid: str, end: pd.Timestamp, values: Mapping[str, pd.Series]) -> AlignedFrame:
        key = (grid, end)
        if key not in self._frames:
            start = min(pd.Timestamp(s.index.min()) for s in values.values() if len(s))
            self._frames[key] = align(dict(values), grid, start=start, end=end)  # type: ignore[arg-type]
        return self._frames[key]


@dataclass(eq=False)
class Context:
    """What an evaluator sees: series known at ``end`` and the run's settings."""

    workspace: Workspace
    end: pd.Timestamp
    values: dict[str, pd.Series]
    inference: Inference = field(default_factory=Inference)
    cache: dict[tuple[str, Inference], HypothesisResult] = field(default_factory=dict)

    @property
    def alpha(self) -> float:
        """The run's significance level."""
        return self.inference.alpha

    def frame(self, grid: str) -> AlignedFrame:
        return self.workspace.frame(grid, self.end, self.values)

    def require(self, ids: Sequence[str]) -> None:
        missing = [i for i in ids if i not in self.values or self.values[i].empty]
        if missing:
            raise InfeasibleTest(
                f"no data known by {self.end.date()} for {', '.join(missing)}",
                fix="import the series (leadwatch data import) or pick a later date",
            )


def date_span(index: pd.Index) -> tuple[pd.Timestamp | None, pd.Timestamp | None]:
    """First and last label of ``index`` (``None, None`` when empty)."""
    if len(index) == 0:
        return None, None
    return pd.Timestamp(index[0]), pd.Timestamp(index[-1])


class Named(TypedDict):
    """The fields that say which hypothesis a :class:`HypothesisResult` is about."""

    thesis: str
    id: str
    kind: str
    statement: str


def named(thesis: str, h: Hypothesis, statement: str) -> Named:
    """``thesis``, ``h``'s id and kind, and its statement (``statement`` when it has none)."""
    return Named(thesis=thesis, id=h.id, kind=h.kind, statement=h.statement or statement)
