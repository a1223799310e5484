"""The spillover report section: numbers shown equal the rolling result's, text escaped."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.analysis.connectedness.rolling import rolling_connectedness
from leadwatch.report import write_report
from leadwatch.report.sample import sample_report_data
from leadwatch.report.sections import DEFAULT_SECTIONS
from leadwatch.report.spillover import SpilloverSection


def _rolling() -> object:
    rng = np.random.default_rng(1)
    index = pd.date_range("2021-01-01", periods=330, freq="W-FRI")
    shocks = rng.standard_normal((330, 3))
    shocks[1:, 2] += 0.6 * shocks[:-1, 0]  # silver leads btc by a week
    return rolling_connectedness(
        pd.DataFrame(shocks, index=index, columns=["silver", "gold", "btc"]), window=104, lags=1
    )


def test_section_reports_the_rolling_numbers() -> None:
    rolling = _rolling()
    section = SpilloverSection(rolling, episode=("2026-01-01", "2026-02-28"))
    html = section.render(sample_report_data()).html
    silver = rolling.pairwise_net("silver", "btc")
    assert f"latest {silver.iloc[-1]:+.2f} pp" in html
    assert f"positive in {(silver > 0).mean():.0%} of windows" in html
    episode = silver.loc["2026-01-01":"2026-02-28"]
    assert f"peaked at {episode.max():+.2f} pp on {episode.idxmax():%Y-%m-%d}" in html
    assert silver.median() > 0, "a planted silver->btc lead gives a positive net spillover"


def test_episode_label_is_escaped_and_page_renders(tmp_path) -> None:  # type: ignore[no-untyped-def]
    section = SpilloverSection(_rolling(), episode_label="<script>alert(1)</script>")
    path = write_report(sample_report_data(), tmp_path, sections=(*DEFAULT_SECTIONS, section))
    page = path.read_text()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'id="spillover-chart"' in page
