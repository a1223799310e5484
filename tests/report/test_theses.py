"""Thesis report sections: escaping of user text, Markdown and JSON, on synthetic data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from leadwatch.report import sample_report_data, write_report
from leadwatch.report.text import md_cell, render_json, render_markdown
from leadwatch.report.theses import MethodsSection, ThesisSection, VerdictSection
from leadwatch.theses import parse_thesis
from leadwatch.theses.evaluate import Workspace, run_theses
from leadwatch.theses.results import ThesesRun
from tests.browser import open_in_chromium

EVIL = """\
name = "<script>alert(1)</script>"
title = "<b>bold</b> & <i>italic</i>"
claim = "<img src=x onerror=alert(2)> | pipes | too"
[source]
article = "<a href='javascript:alert(3)'>x</a>"
quote = "</blockquote><script>alert(4)</script>"
[[hypotheses]]
id = "lead"
kind = "lead_lag"
statement = "<script>alert(5)</script>"
leader = "silver"
follower = "btc"
lags = ["1 week", "8 weeks"]
[[hypotheses]]
id = "events"
kind = "event"
leader = "silver"
follower = "btc"
rule = "breakout"
horizons = ["1 month", "3 months"]
[[hypotheses]]
id = "cond"
kind = "conditional"
when = [{ series = "silver", state = "rising", window = "13 weeks" }]
target = "btc"
horizon = "4 weeks"
[[hypotheses]]
id = "corr"
kind = "correlation"
pair = ["silver", "btc"]
when = [{ series = "silver", state = "above_average", window = "26 weeks" }]
"""


@pytest.fixture(scope="module")
def evil_run() -> ThesesRun:
    rng = np.random.default_rng(1)
    days = pd.date_range("2012-01-02", "2024-12-31", freq="D")
    bdays = days[days.day_of_week < 5]
    silver = pd.Series(20 * np.exp(np.cumsum(0.015 * rng.standard_normal(len(bdays)))), bdays)
    btc = pd.Series(500 * np.exp(np.cumsum(0.03 * rng.standard_normal(len(days)))), days)
    thesis = parse_thesis(EVIL, "evil.toml")
    return run_theses([thesis], Workspace({"silver": silver, "btc": btc}), n_boot=199)


def _sections(run: ThesesRun) -> tuple[object, ...]:
    return (VerdictSection(run), ThesisSection(run.results[0], 1), MethodsSection(run))


def test_user_text_is_escaped_in_html(evil_run: ThesesRun, tmp_path: Path) -> None:
    page = write_report(sample_report_data(), tmp_path, sections=_sections(evil_run))  # type: ignore[arg-type]
    html = page.read_text()
    body = html[html.index("<body>") :]  # plotly.js itself (in <head>) contains markup strings
    for raw in ("<script>alert(", "<img src=x", "<b>bold</b>", "<a href='", "</blockquote><"):
        assert raw not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    kinds = [h.kind for h in evil_run.results[0].hypotheses]
    assert kinds == ["lead_lag", "event", "conditional", "correlation"]
    # one chart per evidence view: 4 lead-lag, 1 event, 1 conditional, 1 correlation
    assert html.count('class="plotly-graph-div"') == 7


@pytest.mark.browser
def test_evil_thesis_renders_as_text_in_chromium(evil_run: ThesesRun, tmp_path: Path) -> None:
    page = write_report(sample_report_data(), tmp_path, sections=_sections(evil_run))  # type: ignore[arg-type]
    seen = open_in_chromium(page, tmp_path / "evil.png")
    assert seen.problems == [] and seen.dialogs == []
    assert "<script>alert(1)</script>" in seen.text and "<img src=x onerror=alert(2)>" in seen.text
    assert seen.plots_ready and seen.plot_count == 7
    assert seen.table_rows["verdicts-table"] == 4


def test_markdown_escapes_and_lists_every_hypothesis(evil_run: ThesesRun) -> None:
    md = render_markdown(sample_report_data(), evil_run, [])
    assert "<script>" not in md and "<img" not in md
    assert md.count("| &lt;script&gt;alert(1)&lt;/script&gt; |") == 4
    assert "## Method notes" in md and "## Data provenance" in md
    assert md_cell("a\nb|c") == "a b\\|c"


def test_json_is_valid_and_complete(evil_run: ThesesRun) -> None:
    payload = json.loads(render_json(sample_report_data(), evil_run, []))
    hyps = payload["theses"]["theses"][0]["hypotheses"]
    assert [h["id"] for h in hyps] == ["lead", "events", "cond", "corr"]
    assert payload["theses"]["adjustment"] == "Holm" and payload["theses"]["n_tests"] == 4
    assert payload["theses"]["theses"][0]["name"] == "<script>alert(1)</script>"  # data, not HTML
