"""Report inputs: store -> align -> analysis -> the report's data and sections.

Examples
--------
>>> import tempfile, pandas as pd
>>> from pathlib import Path
>>> from leadwatch.batch import SeriesBatch
>>> from leadwatch.store import Store
>>> days = pd.date_range("2023-01-01", "2024-06-30", freq="D")
>>> def batch(sid, dates, start):
...     values = start * (1.001 ** pd.Series(range(len(dates)))).to_numpy()
...     frame = pd.DataFrame({"date": dates, "value": values})
...     return SeriesBatch.from_values(sid, frame, provider="doc", location="doc", checksum="x")
>>> weekdays = days[days.day_of_week < 5]
>>> path = Path(tempfile.mkdtemp()) / "api.duckdb"
>>> with Store(path) as store:
...     _ = store.write_batches([batch("btc", days, 20000.0), batch("silver", weekdays, 23.0),
...                              batch("gold", weekdays, 1800.0)])
...     data = build_report_data(store)
>>> data.as_of
Timestamp('2024-06-30 00:00:00')
>>> sorted(data.prices.columns)
['btc', 'gold', 'silver']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import pandas as pd

from leadwatch.align import align
from leadwatch.api.theses import REPORT_N_BOOT
from leadwatch.errors import DataError
from leadwatch.report.data import ReportData
from leadwatch.report.registry import (
    Inputs,
    SectionSpec,
    build_sections,
    needed_inputs,
    select_sections,
)
from leadwatch.report.sections import CorrelationSection, CoverageSection, PriceSection, Section
from leadwatch.store import Store

if TYPE_CHECKING:
    from leadwatch.analysis.connectedness.rolling import RollingConnectednessResult
    from leadwatch.api.theses import ThesisReport

REPORT_SERIES: tuple[str, ...] = ("silver", "gold", "btc")


def coverage_table(store: Store) -> pd.DataFrame:
    """Stored series with provenance, in the report's coverage layout."""
    status = store.status()
    return status.loc[status["rows"] > 0].reset_index(drop=True)


def build_report_data(
    store: Store, series: Sequence[str] = REPORT_SERIES, *, correlation_window_weeks: int = 13
) -> ReportData:
    """Read ``series`` from the store, align them without look-ahead, and build the report input.

    Prices go on the daily business-day grid, returns on the weekly (Friday)
    grid, both from the first date on which every series has a value; suspect
    (flagged) values are left out.
    """
    coverage = coverage_table(store)
    missing = [s for s in series if s not in set(coverage["id"])]
    if missing:
        raise DataError(
            f"the report needs {', '.join(series)}, but the store has no {', '.join(missing)}",
            fix="import them first: leadwatch data import ../shared/data",
        )
    values = store.read_values(list(series))
    start = max(s.index.min() for s in values.values())
    end = max(s.index.max() for s in values.values())
    daily = align(values, "daily", start=start, end=end)
    weekly = align(values, "weekly", start=start, end=end)
    return ReportData(
        as_of=pd.Timestamp(end),
        coverage=coverage,
        prices=daily.values,
        weekly_returns=weekly.returns(),
        correlation_window_weeks=correlation_window_weeks,
    )


REPORT_SPILLOVER_WINDOW_WEEKS = 104


@dataclass(frozen=True, slots=True)
class _Context:
    store: Store
    theses: ThesisReport | None
    n_boot: int
    seed: int | None
    articles: Path | None = None


def _theses(ctx: _Context) -> ThesisReport:
    from leadwatch.api.theses import build_thesis_report

    if ctx.theses is not None:
        return ctx.theses
    return build_thesis_report(ctx.store, n_boot=ctx.n_boot, seed=ctx.seed)


def _spillover(ctx: _Context) -> RollingConnectednessResult | None:
    from leadwatch.api.spillover import SPILLOVER_SERIES, spillovers

    if not set(SPILLOVER_SERIES) <= set(coverage_table(ctx.store)["id"]):
        return None
    return spillovers(SPILLOVER_SERIES, store=ctx.store, window=REPORT_SPILLOVER_WINDOW_WEEKS)


def _phases(ctx: _Context) -> list[Section]:
    from leadwatch.api.phases import phase_report_sections

    return phase_report_sections(ctx.store)


def _backtest(ctx: _Context) -> list[Section]:
    from leadwatch.api.backtest import backtest_report_sections

    return backtest_report_sections(ctx.store)


def _graded(ctx: _Context) -> Callable[[Any], dict[str, list[tuple[str, str, str]]]]:
    """Grades each dated article's flow and fundamentals claims (given the theses' hindsights)."""
    from leadwatch.api.claims import graded_articles

    folder = ctx.articles
    if folder is None:
        return lambda hindsights: {}
    return lambda hindsights: graded_articles(ctx.store, folder, hindsights)


def _flows(ctx: _Context) -> Callable[[tuple[tuple[str, object], ...]], list[Section]]:
    """Builds the flows section once the article dates to mark are known."""
    from leadwatch.api.flows import flows_report_sections

    n_boot = min(ctx.n_boot, 299)
    return lambda marks: flows_report_sections(ctx.store, marks=marks, n_boot=n_boot, seed=ctx.seed)


def _scan(ctx: _Context) -> list[Section]:
    from leadwatch.api.scan import scan_report_sections

    return list(scan_report_sections(ctx.store))


#: Report inputs by name: each computed from the store once per report, and only
#: when a chosen section needs it. ``phases``, ``backtest`` and ``scan`` are their
#: capability's sections (empty when the store lacks the data).
REPORT_INPUTS: Mapping[str, Callable[[_Context], Any]] = MappingProxyType(
    {
        "theses": _theses,
        "spillover": _spillover,
        "phases": _phases,
        "backtest": _backtest,
        "scan": _scan,
        "graded": _graded,
        "flows": _flows,
    }
)


def _hindsight(inputs: Inputs) -> list[Section]:
    from leadwatch.report.hindsight import HindsightSection

    hindsights = inputs["theses"].hindsights
    return [HindsightSection(hindsights, graded=inputs["graded"](hindsights))]


def _verdicts(inputs: Inputs) -> list[Section]:
    from leadwatch.report.theses import VerdictSection

    return [VerdictSection(inputs["theses"].run)]


def _thesis_pages(inputs: Inputs) -> list[Section]:
    from leadwatch.report.theses import ThesisSection

    return [ThesisSection(r, i) for i, r in enumerate(inputs["theses"].run.results, start=1)]


def _methods(inputs: Inputs) -> list[Section]:
    from leadwatch.report.theses import MethodsSection

    return [MethodsSection(inputs["theses"].run)]


def _flows_section(inputs: Inputs) -> list[Section]:
    marks = tuple((h.dated.article, h.dated.date) for h in inputs["theses"].hindsights)
    return list(inputs["flows"](marks))


def _spillover_section(inputs: Inputs) -> list[Section]:
    from leadwatch.report.spillover import SpilloverSection

    rolling = inputs["spillover"]
    return [] if rolling is None else [SpilloverSection(rolling)]


#: The report's sections in page order: ``(id, needs, build)``.
REPORT_SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("what-happened-next", ("theses", "graded"), _hindsight),
    SectionSpec("verdicts", ("theses",), _verdicts),
    SectionSpec("theses", ("theses",), _thesis_pages),
    SectionSpec("prices", (), lambda inputs: [PriceSection()]),
    SectionSpec("correlation", (), lambda inputs: [CorrelationSection()]),
    SectionSpec("spillover", ("spillover",), _spillover_section),
    SectionSpec("phases", ("phases",), lambda inputs: inputs["phases"]),
    SectionSpec("backtest", ("backtest",), lambda inputs: inputs["backtest"]),
    SectionSpec("flows", ("theses", "flows"), _flows_section),
    SectionSpec("scan", ("scan",), lambda inputs: inputs["scan"]),
    SectionSpec("methods", ("theses",), _methods),
    SectionSpec("coverage", (), lambda inputs: [CoverageSection()]),
)

REPORT_SECTION_IDS: tuple[str, ...] = tuple(spec.id for spec in REPORT_SECTIONS)


def report_needs(sections: Sequence[str] | None = None) -> tuple[str, ...]:
    """The inputs the chosen ``sections`` (None: all) need; an unknown id raises.

    Examples
    --------
    >>> report_needs(["coverage", "prices"])
    ()
    >>> report_needs(["methods", "spillover"])
    ('spillover', 'theses')
    """
    return needed_inputs(select_sections(REPORT_SECTIONS, sections))


def build_report_sections(
    store: Store,
    *,
    sections: Sequence[str] | None = None,
    theses: ThesisReport | None = None,
    n_boot: int = REPORT_N_BOOT,
    seed: int | None = 0,
    articles: Path | None = None,
) -> tuple[Section, ...]:
    """The report's sections in page order (:data:`REPORT_SECTIONS`); only ``sections`` if given.

    Only the inputs the chosen sections need are computed (:data:`REPORT_INPUTS`).
    In page order: the theses (:func:`leadwatch.api.theses.build_thesis_report`,
    computed here unless given): "What happened next" (the headline), the
    verdict table, one section per thesis; then prices, rolling correlation,
    rolling spillovers when their series are stored, the phase timeline, the
    backtest, the latest saved universe scan (if any), the method notes and
    the data provenance. An unknown id raises
    :class:`~leadwatch.report.registry.UnknownSectionError` listing the valid ones.
    With ``articles`` (the folder of the article texts), "What happened next" also lists
    each article's flow, positioning and fundamentals claims graded as known at its date,
    and the "Flows and fundamentals" section marks the articles' dates.

    The spillover section uses weekly returns of
    :data:`~leadwatch.api.spillover.SPILLOVER_SERIES` (the metals, Bitcoin, the
    dollar and the real yield, so the metals-to-Bitcoin spillover is measured
    net of the dollar and real-rate channels) in two-year windows
    (:data:`REPORT_SPILLOVER_WINDOW_WEEKS`). Weekly returns avoid the weekend
    mismatch between 24/7 Bitcoin and weekday markets; returns rather than
    volatilities because the LBMA fixes have no daily high and low.
    """
    specs = select_sections(REPORT_SECTIONS, sections)
    ctx = _Context(store, theses, n_boot, seed, articles)
    inputs = {name: REPORT_INPUTS[name](ctx) for name in needed_inputs(specs)}
    return build_sections(specs, inputs)
