"""Open an HTML file in headless Chromium and report what happened (test helper).

Not a test module: tests import :func:`open_in_chromium` (``from tests.browser import
open_in_chromium``; pytest puts ``tests/`` on ``sys.path``). It uses the Debian
``chromium`` binary, never Playwright's own browser download, and blocks every
request that is not ``file:``, ``data:``, ``blob:`` or ``about:``; blocked ones are
reported in :attr:`BrowserReport.failed_requests`, so a page that tries to reach
the network fails its test instead of silently depending on it.

A missing Chromium raises :class:`ChromiumNotFound` (a test that calls this
fails, it does not skip): ``make test`` installs Debian chromium.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "CHROMIUM_ARGS",
    "DEFAULT_CHROMIUM",
    "BrowserReport",
    "ChromiumNotFound",
    "find_chromium",
    "open_in_chromium",
]

#: Override with the LEADWATCH_CHROMIUM environment variable.
DEFAULT_CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS: tuple[str, ...] = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
_LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

# True once every plotly div on the page has drawn its SVG (vacuously true without plots).
_PLOTS_READY = """() => {
  const divs = Array.from(document.querySelectorAll('.plotly-graph-div'));
  return document.readyState === 'complete' && divs.every(
    d => d.classList.contains('js-plotly-plot') && d.querySelector('.main-svg') !== null);
}"""
_PLOT_INFO = """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(d => ({
  id: d.id, rendered: d.querySelector('.main-svg') !== null,
  traces: Array.isArray(d.data) ? d.data.length : 0 }))"""
_TABLE_ROWS = """() => Object.fromEntries(Array.from(document.querySelectorAll('table[id]')).map(
  t => [t.id, t.tBodies.length ? Array.from(t.tBodies).reduce((n, b) => n + b.rows.length, 0)
                                 : t.rows.length]))"""


class ChromiumNotFound(RuntimeError):
    """The Chromium binary is not installed where we look for it."""


@dataclass(slots=True)
class BrowserReport:
    """What a page did in Chromium.

    Attributes
    ----------
    console_errors
        ``console.error`` messages (and failed resource loads Chromium logs).
    page_errors
        Uncaught JavaScript exceptions.
    failed_requests
        ``"URL (reason)"`` for requests that failed or were blocked as non-local.
    plot_count
        ``.js-plotly-plot`` divs that rendered an SVG ``.main-svg``.
    trace_counts
        Plot div id -> number of traces (``div.data.length``), rendered or not.
    text
        ``document.body.innerText`` (what a reader sees, escaped markup included).
    title
        ``document.title``.
    table_rows
        Table id -> number of body rows, for every ``<table id=...>``.
    dialogs
        Messages of ``alert``/``confirm``/``prompt`` dialogs (dismissed).
    console_messages
        Every console message as ``"type: text"``.
    plots_ready
        Whether all plots rendered before the timeout.
    seconds
        Wall time from launch to screenshot.
    """

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    plot_count: int = 0
    trace_counts: dict[str, int] = field(default_factory=dict)
    text: str = ""
    title: str = ""
    table_rows: dict[str, int] = field(default_factory=dict)
    dialogs: list[str] = field(default_factory=list)
    console_messages: list[str] = field(default_factory=list)
    plots_ready: bool = False
    seconds: float = 0.0

    @property
    def problems(self) -> list[str]:
        """All console errors, page errors, failed requests and dialogs, labelled."""
        return (
            [f"console error: {m}" for m in self.console_errors]
            + [f"page error: {m}" for m in self.page_errors]
            + [f"failed request: {m}" for m in self.failed_requests]
            + [f"dialog: {m}" for m in self.dialogs]
        )


def find_chromium(executable: Path | str | None = None) -> Path:
    """The Chromium binary to use: argument, ``$LEADWATCH_CHROMIUM``, ``/usr/bin/chromium``.

    Raises
    ------
    ChromiumNotFound
        With the fix (``make test`` installs Debian chromium).
    """
    candidate = Path(executable or os.environ.get("LEADWATCH_CHROMIUM") or DEFAULT_CHROMIUM)
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return candidate
    on_path = shutil.which("chromium")
    hint = f" (a chromium is on PATH at {on_path}: set LEADWATCH_CHROMIUM)" if on_path else ""
    raise ChromiumNotFound(
        f"Chromium not found at {candidate}{hint}. The browser tests need Debian's chromium: "
        "`make test` installs it (apt-get install -y chromium); Playwright's own browser "
        "download is not used."
    )


def open_in_chromium(
    html_path: Path,
    screenshot_path: Path | None,
    *,
    viewport: tuple[int, int] = (1280, 900),
    timeout_s: float = 30.0,
    executable: Path | str | None = None,
) -> BrowserReport:
    """Load ``html_path`` in headless Chromium, wait for plotly plots, take a screenshot.

    Parameters
    ----------
    html_path
        Local HTML file, opened as a ``file://`` URL.
    screenshot_path
        Where to save a full-page PNG (parent folders created); ``None`` for none.
    viewport
        Width and height in CSS pixels.
    timeout_s
        Limit for loading the page and for the plots to render. A plot that does
        not render in time is reported (``plots_ready=False``, lower
        ``plot_count``), not raised, so the test says which plot is missing.
    executable
        Chromium binary (see :func:`find_chromium`).
    """
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    chromium = find_chromium(executable)
    url = Path(html_path).resolve().as_uri()
    report = BrowserReport()
    started = time.perf_counter()
    timeout_ms = timeout_s * 1000
    with (
        tempfile.TemporaryDirectory(prefix="leadwatch-chromium-") as profile,
        sync_playwright() as p,
    ):
        context = p.chromium.launch_persistent_context(
            profile,
            executable_path=str(chromium),
            headless=True,
            args=list(CHROMIUM_ARGS),
            viewport={"width": viewport[0], "height": viewport[1]},
            device_scale_factor=1,
            offline=False,
            service_workers="block",
        )
        try:
            context.route("**/*", lambda route: _route_local_only(route, report))
            page = context.pages[0] if context.pages else context.new_page()
            page.on("console", lambda msg: _on_console(msg, report))
            page.on("pageerror", lambda exc: report.page_errors.append(str(exc)))
            page.on(
                "requestfailed",
                lambda req: report.failed_requests.append(f"{req.url} ({req.failure})"),
            )
            page.on("dialog", lambda dialog: _on_dialog(dialog, report))
            page.goto(url, wait_until="load", timeout=timeout_ms)
            try:
                page.wait_for_function(_PLOTS_READY, timeout=timeout_ms)
                report.plots_ready = True
            except PlaywrightTimeout:
                report.plots_ready = False
            plots: list[dict[str, Any]] = page.evaluate(_PLOT_INFO)
            report.plot_count = sum(1 for plot in plots if plot["rendered"])
            report.trace_counts = {str(plot["id"]): int(plot["traces"]) for plot in plots}
            report.table_rows = {str(k): int(v) for k, v in page.evaluate(_TABLE_ROWS).items()}
            report.text = page.inner_text("body")
            report.title = page.title()
            if screenshot_path is not None:
                Path(screenshot_path).parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshot_path), full_page=True, timeout=timeout_ms)
        finally:
            context.close()
    report.seconds = time.perf_counter() - started
    return report


def _route_local_only(route: Any, report: BrowserReport) -> None:
    url: str = route.request.url
    if url.startswith(_LOCAL_SCHEMES):
        route.continue_()
    else:
        route.abort("blockedbyclient")  # also shows up in failed_requests


def _on_console(msg: Any, report: BrowserReport) -> None:
    report.console_messages.append(f"{msg.type}: {msg.text}")
    if msg.type == "error":
        report.console_errors.append(str(msg.text))


def _on_dialog(dialog: Any, report: BrowserReport) -> None:
    report.dialogs.append(f"{dialog.type}: {dialog.message}")
    dialog.dismiss()
