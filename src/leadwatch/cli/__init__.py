"""The ``leadwatch`` command line: the place that wires providers -> store -> analysis -> report.

Exit codes: 0 ok, 1 partial failure, 2 bad input. Every command that prints
results takes ``--json`` (machine-readable, stable keys, on stdout); errors go
to stderr as text, or to stdout as ``{"error": ...}`` with ``--json``.

One module per command group registers its commands on :data:`app`
(``data``, ``report``, ``evidence``); importing this package registers them all.
"""

from __future__ import annotations

from leadwatch.cli import (
    backtest,
    claims,
    data,
    data_update,
    evidence,
    flows,
    phases,
    report,
    scan,
    series,
    theses,
)
from leadwatch.cli._app import app, main

__all__ = [
    "app",
    "backtest",
    "claims",
    "data",
    "data_update",
    "evidence",
    "flows",
    "main",
    "phases",
    "report",
    "scan",
    "series",
    "theses",
]
