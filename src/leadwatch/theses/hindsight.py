"""What happened next: date a source from the data, freeze there, compare with the outcome.

The articles print no dates. :func:`date_source` dates one by its own rule
(``dated_by``: the first close of a series beyond a stated level) or takes the
date it prints. :func:`hindsight` then runs the source's theses on the data
known at the end of that day (:meth:`leadwatch.theses.evaluate.Workspace.at`),
and sets each thesis's prediction against what the series did afterwards, the
usual return of the same length (every overlapping window known that day) and
the historical analogues (past 52-week breakouts of the dating series).

Examples
--------
>>> import pandas as pd
>>> from leadwatch.theses import Source
>>> days = pd.bdate_range("2026-01-01", periods=10)
>>> silver = pd.Series([90.0, 95, 99, 101.5, 100, 104, 110, 108, 100, 98], index=days)
>>> dated = date_source(Source(article="a", dated_by={"series": "silver",
...                                                  "first_close_above": 101}), {"silver": silver})
>>> dated.date.date(), dated.level
(datetime.date(2026, 1, 6), 101.5)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.leadlag.events import decluster, detect_events
from leadwatch.errors import InfeasibleTest
from leadwatch.results import Result, jsonable
from leadwatch.theses.evaluate import Workspace, run_theses
from leadwatch.theses.results import ThesesRun

__all__ = ["DatedSource", "Hindsight", "analogue_paths", "date_source", "hindsight"]

_WEEK = pd.Timedelta(days=7)


@dataclass(frozen=True, slots=True)
class DatedSource:
    """The date of a source and how it was found."""

    article: str
    title: str
    date: pd.Timestamp
    rule: str
    series: str | None
    level: float | None
    note: str

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = jsonable(self)
        return out


def date_source(source: Any, values: Mapping[str, pd.Series]) -> DatedSource:
    """Date ``source`` (a :class:`leadwatch.theses.Source`) by its printed date or its rule."""
    if source.date is not None:
        return DatedSource(
            source.article, source.title, pd.Timestamp(source.date), "printed date", None, None, ""
        )
    rule = source.dated_by
    if rule is None:
        raise InfeasibleTest(
            f"source {source.article!r} has neither a date nor a dating rule",
            fix="add date = YYYY-MM-DD or a [source.dated_by] rule to the thesis",
        )
    if rule.series not in values:
        raise InfeasibleTest(
            f"cannot date {source.article!r}: no data for {rule.series}", fix="import it first"
        )
    s = values[rule.series].dropna()
    if rule.not_before is not None:
        s = s.loc[pd.Timestamp(rule.not_before) :]
    hits = (
        s[s > rule.first_close_above]
        if rule.first_close_above is not None
        else s[s < rule.first_close_below]
    )
    if hits.empty:
        raise InfeasibleTest(
            f"{rule.describe()} never happens in the data",
            fix="check the level or import more data",
        )
    return DatedSource(
        source.article,
        source.title,
        pd.Timestamp(hits.index[0]),
        rule.describe(),
        rule.series,
        float(hits.iloc[0]),
        rule.note,
    )


def analogue_paths(
    log_price: pd.Series, follower_returns: pd.Series, *, weeks: int, first: pd.Timestamp
) -> tuple[pd.DataFrame, list[pd.Timestamp]]:
    """Follower's cumulative path after each past 52-week breakout of ``log_price`` (weekly).

    Only events after ``first`` whose whole ``weeks``-long path is in the data
    count. Returns ``(frame, dates)``: ``week, median, low, high, n`` (10th and
    90th percentiles across events) and the event dates.
    """
    lp = log_price.to_numpy(dtype=np.float64)
    found = detect_events(lp, "breakout", year=52, quarter=13)
    idx = pd.DatetimeIndex(log_price.index)
    events = decluster(found[idx[found] >= first], 4)
    r = follower_returns.reindex(idx).fillna(0.0).to_numpy(dtype=np.float64)
    paths = [np.r_[0.0, np.cumsum(r[e + 1 : e + weeks + 1])] for e in events if e + weeks < len(r)]
    dates = [idx[e] for e in events if e + weeks < len(r)]
    if len(paths) < 3:
        raise InfeasibleTest(f"only {len(paths)} analogue events", fix="use a longer sample")
    m = np.exp(np.vstack(paths)) - 1.0
    frame = pd.DataFrame(
        {
            "week": np.arange(weeks + 1),
            "median": np.median(m, axis=0),
            "low": np.quantile(m, 0.1, axis=0),
            "high": np.quantile(m, 0.9, axis=0),
            "n": len(paths),
        }
    )
    return frame, dates


@dataclass(frozen=True, slots=True, eq=False)
class Hindsight(Result):
    """One source: its date, its theses as run that day, and what happened next.

    Attributes
    ----------
    dated
        The date and the rule that found it.
    run
        The source's theses run on data known at the end of that day.
    outcomes
        One row per (thesis, horizon): ``thesis, prediction, horizon, weeks,
        until, actual, usual, usual_low, usual_high, analogue, status``; returns
        are simple returns (correlations for ``together``).
    paths
        Weekly prices rebased to 100 at the date (``date`` column + series).
    analogues
        Bitcoin's median path and 10-90% band after past breakouts of the dating
        series, as known that day (``week, median, low, high, n``).
    """

    dated: DatedSource
    run: ThesesRun
    outcomes: pd.DataFrame
    paths: pd.DataFrame
    analogues: pd.DataFrame | None
    analogue_dates: tuple[pd.Timestamp, ...]
    data_end: pd.Timestamp

    def summary(self) -> str:
        d = self.dated
        lines = [
            f"{d.article}: dated {d.date.date()} ({d.rule}; level {d.level}); "
            f"outcome data to {self.data_end.date()}",
        ]
        for r in self.run.results:
            lines.append(f"  that day: {r.name} {r.verdict}")
        for row in self.outcomes.itertuples():
            lines.append(
                f"  {row.thesis} {row.horizon}: actual {row.actual:+.3f} vs usual "
                f"{row.usual:+.3f} -> {row.status}"
            )
        return "\n".join(lines)

    def to_frame(self) -> pd.DataFrame:
        return self.outcomes.copy()

    def to_dict(self) -> dict[str, Any]:
        from leadwatch.results import frame_records

        return {
            "dated": self.dated.to_dict(),
            "data_end": self.data_end.date().isoformat(),
            "run": self.run.to_dict(),
            "outcomes": frame_records(self.outcomes),
            "analogue_dates": [d.date().isoformat() for d in self.analogue_dates],
        }


def _level(series: pd.Series, day: pd.Timestamp) -> float:
    s = series.dropna().loc[:day]
    return float(s.iloc[-1]) if len(s) else float("nan")


def _usual(frozen: pd.Series, weeks: int) -> tuple[float, float, float]:
    """Median and 10-90% band of every overlapping ``weeks``-long simple return known then."""
    s = frozen.dropna()
    s = s[s > 0]
    if s.empty:
        return (float("nan"),) * 3  # type: ignore[return-value]
    weekly = np.log(s.resample("W-FRI").last().dropna())
    r = np.exp((weekly - weekly.shift(weeks)).dropna().to_numpy()) - 1.0
    if len(r) < 10:
        return (float("nan"),) * 3  # type: ignore[return-value]
    return float(np.median(r)), float(np.quantile(r, 0.1)), float(np.quantile(r, 0.9))


def _analogue_at(run: ThesesRun, thesis: str, weeks: int) -> tuple[float, bool | None]:
    """Analogue median return from the thesis's own frozen event or conditional result."""
    for r in run.results:
        if r.name != thesis:
            continue
        for h in r.hypotheses:
            col = f"fwd_{weeks}"
            events = getattr(h.detail, "events", None)
            if isinstance(events, pd.DataFrame) and col in events:
                vals = events[col].dropna().to_numpy(dtype=np.float64)
                return (float(np.median(np.exp(vals) - 1.0)) if len(vals) else np.nan), None
            if h.kind == "conditional" and getattr(h.detail, "horizon", None) == weeks:
                return float(np.exp(h.detail.mean_in) - 1.0), h.detail.active_at_end
            if h.kind == "conditional" and h.detail is not None:
                return float("nan"), h.detail.active_at_end
    return float("nan"), None


def _outcome_rows(
    thesis: Any, run: ThesesRun, ws: Workspace, frozen: Mapping[str, pd.Series], day: pd.Timestamp
) -> list[dict[str, Any]]:
    p = thesis.prediction
    rows: list[dict[str, Any]] = []
    if p is None:
        return rows
    full = ws.values
    for h in p.horizons:
        weeks = h.periods("weekly")
        until = day + weeks * _WEEK
        a0 = _level(full[p.series], day)
        data_end = full[p.series].dropna().index.max()
        pending = until > data_end or (p.versus is not None and until > full[p.versus].index.max())
        analogue, active = _analogue_at(run, thesis.name, weeks)
        row: dict[str, Any] = {
            "thesis": thesis.name,
            "prediction": p.words or f"{p.series} {p.direction}",
            "direction": p.direction,
            "horizon": str(h),
            "weeks": weeks,
            "until": until,
            "analogue": analogue,
        }
        if p.direction == "together":
            window = slice(day + pd.Timedelta(days=1), until)
            a = np.log(full[p.series].loc[window].resample("W-FRI").last())
            b = np.log(full[p.versus].loc[window].resample("W-FRI").last())
            actual = float(a.diff().corr(b.diff()))
            fa = np.log(frozen[p.series].resample("W-FRI").last())
            fb = np.log(frozen[p.versus].resample("W-FRI").last())
            usual = float(fa.diff().corr(fb.diff()))
            row |= {"actual": actual, "usual": usual, "usual_low": np.nan, "usual_high": np.nan}
            hit = actual > 0
        else:
            actual = _level(full[p.series], until) / a0 - 1.0
            usual, lo, hi = _usual(frozen[p.series], weeks)
            if p.versus is not None:
                b0 = _level(full[p.versus], day)
                actual = (1 + actual) / (_level(full[p.versus], until) / b0) - 1.0
                u_b = _usual(frozen[p.versus], weeks)
                usual, lo, hi = (1 + usual) / (1 + u_b[0]) - 1.0, np.nan, np.nan
            row |= {"actual": actual, "usual": usual, "usual_low": lo, "usual_high": hi}
            hit = actual > 0 if p.direction == "up" else actual < 0
        if active is False:
            status = "no call: condition off that day"
        elif pending:
            status = "pending"
        else:
            status = "as predicted" if hit else "did not happen"
        row["status"] = status
        rows.append(row)
    return rows


def hindsight(
    theses: Sequence[Any],
    ws: Workspace,
    *,
    alpha: float = 0.05,
    n_boot: int = 999,
    seed: int | None = 0,
    path_series: Sequence[str] = ("silver", "btc"),
    analogue_weeks: int = 26,
) -> Hindsight:
    """Date the (shared) source of ``theses``, run them frozen there, compare with what followed."""
    dated = date_source(theses[0].source, ws.values)
    day = dated.date
    run = run_theses(theses, ws, day=day, alpha=alpha, n_boot=n_boot, seed=seed)
    ctx = ws.at(day)
    rows = [r for t in theses for r in _outcome_rows(t, run, ws, ctx.values, day)]
    outcomes = pd.DataFrame(rows)
    lo = day - 26 * _WEEK
    paths = {}
    for sid in path_series:
        weekly = ws.values[sid].dropna().loc[lo:].resample("W-FRI").last()
        paths[sid] = weekly / _level(ws.values[sid], day) * 100.0
    path_frame = pd.DataFrame(paths).rename_axis("date").reset_index()
    analogues: pd.DataFrame | None = None
    dates: list[pd.Timestamp] = []
    leader = dated.series or "silver"
    if leader in ctx.values and "btc" in ctx.values:
        frame = ctx.frame("weekly")
        level = frame.values[leader]
        try:
            analogues, dates = analogue_paths(
                np.log(level.where(level > 0)),
                frame.returns()["btc"],
                weeks=analogue_weeks,
                first=pd.Timestamp(ctx.values["btc"].index.min()),
            )
        except InfeasibleTest:
            analogues, dates = None, []
    end = max(pd.Timestamp(ws.values[s].dropna().index.max()) for s in path_series)
    return Hindsight(dated, run, outcomes, path_frame, analogues, tuple(dates), end)
