"""The universe-scan report section: rendering, escaping, and wiring into the report."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pandas as pd

from leadwatch.analysis.scan.universe import scan_returns
from leadwatch.api.scan import latest_scan_section, scan, scan_report_sections
from leadwatch.report.html import write_report
from leadwatch.report.sample import sample_report_data
from leadwatch.report.scan import ScanSection
from leadwatch.store import Store

EVIL = '<img src=x onerror="alert(1)">&'


def _prices(n: int = 6, t: int = 1000) -> pd.DataFrame:
    rng = np.random.default_rng(5)
    x = rng.normal(0, 0.01, (t, n))
    x[3:, 1] = 0.3 * x[3:, 1] + 0.95 * x[:-3, 0]
    names = [EVIL, *(f"s{i}" for i in range(1, n))]
    return pd.DataFrame(np.exp(np.cumsum(x, axis=0)), columns=names)


def test_saved_all_pairs_scan_renders_heatmap_and_escaped_table(tmp_path: Path) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        assert latest_scan_section(store) is None and scan_report_sections(store) == []
        res = scan(_prices(), lags=range(1, 11), store=store, save=True)
        (section,) = scan_report_sections(store)
    assert isinstance(section, ScanSection) and section.scan_id == res.scan_id
    fragment = section.render(sample_report_data())
    html = fragment.html
    assert fragment.uses_plotly and 'id="scan-chart"' in html and '"type":"heatmap"' in html
    assert EVIL not in html and "&lt;img src=x" in html
    assert html.count("<tr>") == 1 + int(res.pairs["significant"].sum())  # header + discoveries
    assert "<td>3</td>" in html  # the planted lag
    page = write_report(sample_report_data(), tmp_path / "out", sections=(section,))
    text = page.read_text(encoding="utf-8")
    assert "<img src=x" not in text and 'id="scan"' in text


def test_follower_scan_renders_bars_with_intervals() -> None:
    rets = np.log(_prices()).diff().iloc[1:]
    res = scan_returns(rets, follower="s1", lags=range(1, 11))
    fragment = ScanSection.from_result(res, top=3).render(sample_report_data())
    assert '"type":"bar"' in fragment.html and '"arrayminus"' in fragment.html
    assert "lag 3" in fragment.html and EVIL not in fragment.html
    assert fragment.html.count("<tr>") == 1 + min(3, int(res.pairs["significant"].sum()))


def test_no_significant_pair_shows_the_strongest() -> None:
    rng = np.random.default_rng(0)
    rets = pd.DataFrame(rng.standard_normal((800, 4)), columns=list("abcd"))
    res = scan_returns(rets, lags=range(1, 11))
    pairs = res.pairs.assign(significant=False, n_sig_lags=0)
    html = ScanSection(pairs, "x", None, {"alpha": 0.05}, top=5).render(sample_report_data()).html
    assert "No pair is significant" in html and html.count("<tr>") == 6
    assert "Left out" not in html


def test_a_series_left_out_is_named_escaped_in_the_note() -> None:
    rets = np.log(_prices()).diff().iloc[1:].rename(columns={EVIL: "s0"})
    rets[EVIL] = np.nan
    rets.iloc[:5, -1] = [0.01, -0.02, 0.0, 0.01, 0.03]
    res = scan_returns(rets, follower="s1", lags=range(1, 11))
    html = ScanSection.from_result(res).render(sample_report_data()).html
    assert EVIL not in html
    assert "Left out (too few returns to scan): &lt;img src=x" in html
    assert "(5 returns; lags up to 10 need at least 50)." in html


def test_report_gets_the_scan_section_only_when_a_scan_is_saved(
    snapshot_store: Path, tmp_path: Path
) -> None:
    from leadwatch.api.report import REPORT_SECTION_IDS, build_report_sections

    # the scan goes just before the method notes in the page
    assert REPORT_SECTION_IDS.index("scan") + 1 == REPORT_SECTION_IDS.index("methods")
    chosen = ["coverage", "scan", "prices"]  # page order wins over the order asked
    path = tmp_path / "copy.duckdb"
    shutil.copy(snapshot_store, path)
    with Store(path) as store:
        before = [s.id for s in build_report_sections(store, sections=chosen)]
        assert before == ["prices", "coverage"]
        scan(["silver", "gold", "btc"], follower="btc", lags=range(1, 6), store=store, save=True)
        after = [s.id for s in build_report_sections(store, sections=chosen)]
    assert after == ["prices", "scan", "coverage"]
