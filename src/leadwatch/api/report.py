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

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from leadwatch.align import align
from leadwatch.api.theses import REPORT_N_BOOT
from leadwatch.errors import DataError
from leadwatch.report.data import ReportData
from leadwatch.store import Store

if TYPE_CHECKING:
    from leadwatch.api.theses import ThesisReport
    from leadwatch.report.sections import Section

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


def build_report_sections(
    store: Store,
    *,
    theses: ThesisReport | None = None,
    n_boot: int = REPORT_N_BOOT,
    seed: int | None = 0,
    articles: Path | None = None,
) -> tuple[Section, ...]:
    """The report's sections, in page order (a flat list: append new sections to it).

    First the theses (:func:`leadwatch.api.theses.build_thesis_report`, computed
    here unless given): "What happened next" (the headline), the verdict table,
    one section per thesis; then prices, rolling correlation, rolling spillovers
    when their series are stored, the latest saved universe scan (if any), the
    method notes and the data provenance. With ``articles`` (the folder of the article
    texts), "What happened next" also lists each article's flow, positioning and
    fundamentals claims graded as known at its date.

    The spillover section uses weekly returns of :data:`SPILLOVER_SERIES` (the
    metals, Bitcoin, the dollar and the real yield, so the metals-to-Bitcoin
    spillover is measured net of the dollar and real-rate channels) in two-year
    windows (:data:`REPORT_SPILLOVER_WINDOW_WEEKS`). Weekly returns avoid the
    weekend mismatch between 24/7 Bitcoin and weekday markets; returns rather
    than volatilities because the LBMA fixes have no daily high and low.
    """
    from leadwatch.api.backtest import backtest_report_sections
    from leadwatch.api.flows import flows_report_sections, graded_articles
    from leadwatch.api.phases import phase_report_sections
    from leadwatch.api.scan import scan_report_sections
    from leadwatch.api.spillover import SPILLOVER_SERIES, spillovers
    from leadwatch.api.theses import build_thesis_report
    from leadwatch.report.hindsight import HindsightSection
    from leadwatch.report.sections import CorrelationSection, CoverageSection, PriceSection
    from leadwatch.report.spillover import SpilloverSection
    from leadwatch.report.theses import MethodsSection, ThesisSection, VerdictSection

    if theses is None:
        theses = build_thesis_report(store, n_boot=n_boot, seed=seed)
    stored = set(coverage_table(store)["id"])
    sections: list[Section] = []
    graded = graded_articles(store, articles, theses.hindsights) if articles else {}
    sections.append(HindsightSection(theses.hindsights, graded=graded))
    sections.append(VerdictSection(theses.run))
    sections += [ThesisSection(r, i) for i, r in enumerate(theses.run.results, start=1)]
    sections.append(PriceSection())
    sections.append(CorrelationSection())
    if set(SPILLOVER_SERIES) <= stored:
        rolling = spillovers(SPILLOVER_SERIES, store=store, window=REPORT_SPILLOVER_WINDOW_WEEKS)
        sections.append(SpilloverSection(rolling))
    sections += phase_report_sections(store)
    sections += backtest_report_sections(store)
    sections += scan_report_sections(store)
    marks = tuple((h.dated.article, h.dated.date) for h in theses.hindsights)
    sections += flows_report_sections(store, marks=marks, n_boot=min(n_boot, 299), seed=seed)
    sections.append(MethodsSection(theses.run))
    sections.append(CoverageSection())
    return tuple(sections)
