"""Tests of the HTML report (leadwatch.report), without a browser."""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.correlation import rolling_correlation
from leadwatch.errors import DataError, LeadwatchError
from leadwatch.report import (
    DEFAULT_SECTIONS,
    CoverageSection,
    Fragment,
    ReportData,
    render_report,
    sample_report_data,
    write_report,
)
from leadwatch.report._format import number

EVIL_NAME = "<script>alert(1)</script>"
EVIL_LOCATION = '/data/"><img src=x onerror=alert(2)>.csv'


def _evil_data() -> ReportData:
    data = sample_report_data(names={"btc": EVIL_NAME})
    coverage = data.coverage.copy()
    coverage.loc[0, "location"] = EVIL_LOCATION
    coverage.loc[1, "publisher"] = "Smith & Sons <b>bold</b>"
    coverage.loc[2, "checksum"] = 'sha256:"quoted"'
    return dataclasses.replace(data, coverage=coverage, title="Gold & <i>silver</i>")


@pytest.fixture(scope="module")
def evil_page(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = write_report(_evil_data(), tmp_path_factory.mktemp("report"))
    return path.read_text(encoding="utf-8")


class _Tags(HTMLParser):
    """Collects tags and attributes of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser.tags


def test_report_is_written_and_self_contained(tmp_path: Path) -> None:
    from plotly.offline import get_plotlyjs

    out = tmp_path / "new" / "folder"
    path = write_report(sample_report_data(), out)
    assert path == out / "index.html"
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    tags = _tags(page)
    scripts = [attrs for tag, attrs in tags if tag == "script"]
    assert scripts and all("src" not in attrs for attrs in scripts)
    assert not [attrs for tag, attrs in tags if tag == "link"]
    for tag, attrs in tags:
        for name in ("src", "href", "data", "action", "srcset"):
            value = attrs.get(name) or ""
            assert not value.startswith(("http:", "https:", "//")), (tag, attrs)
            if tag == "a" and name == "href":
                assert value.startswith("#"), attrs
    js = get_plotlyjs()
    assert page.count(js) == 1
    assert page.count(js[:200]) == 1  # the bundle's banner, not a second copy
    assert page.count("Plotly.newPlot(") == 2
    ids = [attrs.get("id") for _, attrs in tags]
    for expected in (
        "coverage",
        "prices",
        "correlation",
        "coverage-table",
        "prices-chart",
        "correlation-chart",
        "correlation-table",
    ):
        assert ids.count(expected) == 1, expected
    assert len([i for i in ids if i]) == len({i for i in ids if i})  # ids unique
    assert "@import" not in page and "url(" not in page.split("<script>")[0]  # no fonts


def test_user_strings_render_as_text(evil_page: str) -> None:
    assert EVIL_NAME not in evil_page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in evil_page
    assert "<img src=x" not in evil_page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in evil_page
    assert "Smith &amp; Sons &lt;b&gt;bold&lt;/b&gt;" in evil_page
    assert 'title="sha256:&quot;quoted&quot;"' in evil_page
    title = "<title>Gold &amp; &lt;i&gt;silver&lt;/i&gt; (data as of 2023-12-31)</title>"
    assert title in evil_page
    # Trace names go into plotly's JSON, escaped for plotly's own markup and for <script>.
    assert "\\u003c" in evil_page and "&lt;script&gt;" in evil_page
    tags = _tags(evil_page)
    assert [t for t, _ in tags].count("img") == 0
    assert not any(name.startswith("on") for _, attrs in tags for name in attrs)


def test_output_is_deterministic(tmp_path: Path) -> None:
    first = write_report(sample_report_data(seed=5), tmp_path / "a").read_bytes()
    second = write_report(sample_report_data(seed=5), tmp_path / "b").read_bytes()
    assert first == second
    assert render_report(sample_report_data(seed=5)).encode("utf-8") == first
    assert write_report(sample_report_data(seed=6), tmp_path / "c").read_bytes() != first


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    out = tmp_path / "report"
    write_report(sample_report_data(seed=1), out)
    path = write_report(sample_report_data(seed=2), out)  # overwrite in place
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]
    assert path.read_bytes() == render_report(sample_report_data(seed=2)).encode("utf-8")
    assert (path.stat().st_mode & 0o777) == 0o644


def test_failed_write_keeps_old_page_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report"
    old = write_report(sample_report_data(seed=1), out).read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(LeadwatchError, match=r"cannot write the report .*No space left"):
        write_report(sample_report_data(seed=2), out)
    assert sorted(p.name for p in out.iterdir()) == ["index.html"]
    assert (out / "index.html").read_bytes() == old


def test_render_failure_writes_nothing(tmp_path: Path) -> None:
    @dataclass(frozen=True)
    class Broken:
        id: str = "broken"
        title: str = "Broken"

        def render(self, data: ReportData) -> Fragment:
            raise DataError("this section cannot render")

    out = tmp_path / "report"
    with pytest.raises(DataError, match="cannot render"):
        write_report(sample_report_data(), out, sections=(*DEFAULT_SECTIONS, Broken()))
    assert not out.exists()


def test_unwritable_folder_is_a_leadwatch_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(LeadwatchError, match="cannot write the report"):
        write_report(sample_report_data(), blocker / "report")


def test_missing_plotly_gives_install_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("plotly", "plotly.graph_objects", "plotly.io", "plotly.offline"):
        monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(LeadwatchError, match="needs plotly") as info:
        write_report(sample_report_data(), tmp_path)
    assert info.value.fix is not None and "pip install" in info.value.fix
    # A page without charts needs no plotly at all.
    page = render_report(sample_report_data(), sections=(CoverageSection(),))
    assert "Plotly" not in page and len(page) < 50_000


def _replace(data: ReportData, **changes: object) -> ReportData:
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("change", "match"),
    [
        (
            lambda d: {"prices": d.prices.drop(columns="btc")},
            r"prices: missing column 'btc'. Fix: prices needs the columns silver, gold, btc",
        ),
        (
            lambda d: {"coverage": d.coverage.drop(columns=["checksum", "flagged"])},
            r"coverage: missing columns 'checksum', 'flagged'",
        ),
        (
            lambda d: {"weekly_returns": d.weekly_returns.drop(columns="gold")},
            r"weekly_returns: missing column 'gold'",
        ),
        (lambda d: {"prices": d.prices.reset_index()}, r"prices: the index must be dates"),
        (
            lambda d: {"weekly_returns": d.weekly_returns.iloc[::-1]},
            r"weekly_returns: dates must be sorted and unique",
        ),
        (lambda d: {"correlation_window_weeks": 2}, r"correlation_window_weeks=2"),
        (
            lambda d: {"prices": d.prices.assign(gold=d.prices["gold"] * 0)},
            r"prices: column 'gold' holds a zero",
        ),
        (
            lambda d: {"prices": d.prices.assign(btc=d.prices["btc"].astype(str))},
            r"prices: column 'btc' is not numeric",
        ),
        (
            lambda d: {
                "prices": d.prices.assign(btc=np.where(d.prices["gold"].isna(), 1.0, np.nan))
            },
            r"no date on which silver, gold, btc all have a price",
        ),
        (lambda d: {"as_of": pd.NaT}, r"as_of is missing"),
        (lambda d: {"price_scale": "logarithmic"}, r"price_scale='logarithmic'"),
        (lambda d: {"pairs": (("btc", "btc"),)}, r"pairs must be a non-empty tuple"),
        (lambda d: {"coverage": d.coverage.to_dict()}, r"coverage must be a pandas DataFrame"),
    ],
)
def test_bad_input_is_a_clear_data_error(change: object, match: str) -> None:
    data = sample_report_data()
    with pytest.raises(DataError, match=match) as info:
        _replace(data, **change(data))  # type: ignore[operator]
    assert info.value.fix


def test_coverage_table_rows_flags_and_missing_values() -> None:
    data = sample_report_data()
    coverage = data.coverage.copy()
    coverage["flagged"] = [2, 0, 0]
    coverage["location"] = coverage["location"].astype(object)
    coverage.loc[1, "location"] = None
    coverage.loc[2, "imported_at"] = pd.NaT
    html = CoverageSection().render(_replace(data, coverage=coverage)).html
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    assert body.count("<tr>") == 3
    assert '<td class="num flag">2</td>' in html
    assert "1 series carries flags" in html
    assert '<span class="secondary path">—</span>' in html
    assert '<td class="stamp missing">—</td>' in html
    assert "1,039" in html  # rows with a thousands separator


def test_numbers_in_page_match_the_analysis() -> None:
    data = sample_report_data(seed=4)
    page = render_report(data)
    corr = rolling_correlation(data.weekly_returns, list(data.pairs), window=13)
    for pair in ("silver~btc", "gold~btc", "silver~gold"):
        latest = corr[pair].dropna().iloc[-1]
        assert f'<td class="num">{latest:+.2f}</td>' in page, pair
    start = data.common_start
    gold = data.prices["gold"].dropna()
    rebased = gold.iloc[-1] / data.prices.at[start, "gold"] * 100
    assert f"Gold (LBMA PM) {number(rebased, 3)}" in page
    assert "about 91 days" in page and "13 weekly returns" in page


def test_window_and_scale_options_change_the_page() -> None:
    data = sample_report_data()
    page = render_report(_replace(data, correlation_window_weeks=26, price_scale="linear"))
    assert "26 weekly returns" in page and "about 182 days" in page and "26-week windows" in page
    assert '"type":"linear"' in page and '"active":1' in page


def test_sections_are_extensible_and_checked() -> None:
    @dataclass(frozen=True, slots=True)
    class Verdicts:
        id: str = "verdicts"
        title: str = "Verdicts & caveats"

        def render(self, data: ReportData) -> Fragment:
            return Fragment(f"<p>{len(data.pairs)} pairs tested</p>")

    page = render_report(sample_report_data(), sections=(*DEFAULT_SECTIONS, Verdicts()))
    assert '<a href="#verdicts">Verdicts &amp; caveats</a>' in page
    assert '<section id="verdicts"' in page and "<p>3 pairs tested</p>" in page
    with pytest.raises(DataError, match="not unique"):
        render_report(sample_report_data(), sections=(CoverageSection(), CoverageSection()))
    with pytest.raises(DataError, match="is not a report section"):
        render_report(sample_report_data(), sections=("coverage",))  # type: ignore[arg-type]


def test_late_starting_series_sets_common_start_and_chart_range() -> None:
    data = sample_report_data()
    prices = data.prices.copy()
    prices.loc[:"2021-06-30", "btc"] = np.nan  # Bitcoin "starts" mid-2021, metals in 2020
    weekly = data.weekly_returns.copy()
    weekly.loc[:"2021-07-02", "btc"] = np.nan
    late = _replace(data, prices=prices, weekly_returns=weekly)
    assert late.common_start == pd.Timestamp("2021-07-01")
    page = render_report(late)
    assert "on <strong>2021-07-01</strong>, the first date on which" in page
    # silver~gold has values from early 2020; the chart opens where all pairs have one.
    first_btc_window = weekly.index[weekly["btc"].notna()][12]
    assert f"(from {first_btc_window:%Y-%m-%d}); double-click" in page
    assert f'"range":["{first_btc_window:%Y-%m-%d}","2023-12-29"]' in page
    assert "double-click" not in render_report(data)  # all pairs start together
