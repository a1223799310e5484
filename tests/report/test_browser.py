"""The HTML report opened in a real headless Chromium (Debian's, not Playwright's).

Fails, never skips, when Chromium is missing: ``make test`` installs it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from leadwatch.report import sample_report_data, write_report
from tests.browser import ChromiumNotFound, find_chromium, open_in_chromium
from tests.paths import REPO

ARTIFACTS = REPO / "test-artifacts"
EVIL_NAME = "<script>alert(1)</script>"


@pytest.mark.browser
def test_report_renders_in_chromium(tmp_path: Path) -> None:
    # Three and a half years of random walks: Bitcoin every day, metals on business days.
    data = sample_report_data(
        seed=3, start="2020-07-01", end="2023-12-31", names={"btc": EVIL_NAME}
    )
    assert data.prices["btc"].notna().all()
    assert data.prices["gold"].isna().sum() > 300  # weekends and holidays
    path = write_report(data, tmp_path / "report")
    screenshot = ARTIFACTS / "report.png"
    screenshot.unlink(missing_ok=True)

    result = open_in_chromium(path, screenshot)

    assert result.problems == []  # console errors, page errors, failed requests, dialogs
    assert result.plots_ready
    assert result.plot_count == 2
    assert result.trace_counts == {"prices-chart": 3, "correlation-chart": 3}
    assert result.table_rows["coverage-table"] == len(data.coverage) == 3
    assert result.table_rows["correlation-table"] == 3
    assert result.title.startswith("leadwatch report (synthetic sample data)")
    # Escaped markup shows as text (in the table and the legend) and never runs.
    assert result.text.count(EVIL_NAME) >= 2
    for heading in (
        "Data coverage and provenance",
        "Prices, rebased to 100",
        "Rolling correlation of weekly returns",
    ):
        assert heading in result.text
    assert "silver~btc" in result.text and "gold~btc" in result.text
    assert screenshot.stat().st_size > 50_000


def test_missing_chromium_fails_with_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ChromiumNotFound, match=r"`make test` installs it"):
        find_chromium(tmp_path / "no-such-chromium")


@pytest.mark.browser
def test_helper_catches_what_a_broken_page_does(tmp_path: Path) -> None:
    """The checks above can fail: a page that misbehaves in every way is caught."""
    page = tmp_path / "broken.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>broken</title>"
        '<script src="https://cdn.example.invalid/plotly.min.js"></script></head><body>'
        '<table id="t"><tbody><tr><td>1</td></tr><tr><td>2</td></tr></tbody></table>'
        "<script>console.error('boom'); alert('hi');</script>"
        "<script>undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    result = open_in_chromium(page, None, timeout_s=10)
    assert any("cdn.example.invalid" in r for r in result.failed_requests)
    assert "boom" in result.console_errors
    assert any("undefinedFunction" in e for e in result.page_errors)
    assert result.dialogs == ["alert: hi"]
    assert result.table_rows == {"t": 2} and result.plot_count == 0 and result.title == "broken"
