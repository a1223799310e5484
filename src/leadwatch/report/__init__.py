"""Rendering of leadwatch results: a self-contained HTML report.

The report layer renders; it never reads the store or calls providers. Build a
:class:`ReportData` (validated on construction) and call :func:`write_report`.
The page is a sequence of sections (:mod:`leadwatch.report.sections`); add one
by passing ``sections=(*DEFAULT_SECTIONS, MySection())``. The full report's
sections are a registry of ``(id, needs, build)`` (:mod:`leadwatch.report.registry`;
the entries themselves are in :data:`leadwatch.api.report.REPORT_SECTIONS`).

Examples
--------
>>> from leadwatch.report import DEFAULT_SECTIONS, ReportData, write_report
>>> [section.id for section in DEFAULT_SECTIONS]
['coverage', 'prices', 'correlation']
"""

from __future__ import annotations

from leadwatch.report.data import COVERAGE_COLUMNS, DEFAULT_PAIRS, DEFAULT_SERIES, ReportData
from leadwatch.report.html import REPORT_FILE, render_report, write_report
from leadwatch.report.registry import SectionSpec, UnknownSectionError, select_sections
from leadwatch.report.sample import sample_report_data
from leadwatch.report.sections import (
    DEFAULT_SECTIONS,
    CorrelationSection,
    CoverageSection,
    Fragment,
    PriceSection,
    Section,
)

__all__ = [
    "COVERAGE_COLUMNS",
    "DEFAULT_PAIRS",
    "DEFAULT_SECTIONS",
    "DEFAULT_SERIES",
    "REPORT_FILE",
    "CorrelationSection",
    "CoverageSection",
    "Fragment",
    "PriceSection",
    "ReportData",
    "Section",
    "SectionSpec",
    "UnknownSectionError",
    "render_report",
    "sample_report_data",
    "select_sections",
    "write_report",
]
