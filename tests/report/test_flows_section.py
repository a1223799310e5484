"""The "Flows and fundamentals" section: planted flows, editions in order, built from a store."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from leadwatch.report.flows import FlowsSection
from leadwatch.report.sample import sample_report_data
from tests.paths import SHARED


def _fundamentals() -> pd.DataFrame:
    rows = [
        ("2023", "market_deficit", 184.3, "Moz", "Old", "2024-04-17"),
        ("2023", "market_deficit", 200.6, "Moz", "New", "2025-04-16"),
        ("2024", "Atlantis", 500.0, "t", "Mines", "2025-03-01"),
    ]
    frame = pd.DataFrame(rows, columns=["period", "item", "value", "unit", "edition", "published"])
    frame["year_start"] = frame["year_end"] = frame["period"].astype(int)
    frame["published"] = pd.to_datetime(frame["published"])
    return frame


def test_months_around_articles_and_editions_in_order() -> None:
    days = pd.bdate_range("2025-06-02", "2026-06-30")
    flows = pd.Series(np.where(days.month == 12, -50.0, 20.0), index=days)
    section = FlowsSection(
        flows, pd.Series(1.0, index=days), (("art", "2026-01-12"),), _fundamentals()
    )
    fragment = section.render(sample_report_data())
    html = fragment.html
    assert fragment.uses_plotly and 'id="flows-chart"' in html
    for month in ("2025-11", "2025-12", "2026-01", "2026-02", "2026-03"):
        assert f"<td>{month}</td>" in html
    assert "<td>2025-10</td>" not in html and "<td>2026-04</td>" not in html
    assert "<td>art</td>" in html
    # 20 trading days to 2026-01-12: 8 in January (+20 each) and 12 in December (-50 each)
    assert "Flow trigger" in html and '<td class="num">-440</td>' in html and "<td>no</td>" in html
    assert html.index("<td>Old</td>") < html.index("<td>New</td>")  # publication order
    assert "Atlantis" in html and "2024 (Mines)" in html


def test_built_from_a_store_with_flows_and_bitcoin(tmp_path: Path) -> None:
    from leadwatch.api.flows import flows_report_sections
    from leadwatch.batch import SeriesBatch
    from leadwatch.providers.csv_snapshot import read_series_csv
    from leadwatch.providers.extra_csv import read_extra_dir
    from leadwatch.store import Store

    with Store(tmp_path / "s.duckdb") as store:
        assert flows_report_sections(store) == []  # nothing stored: no section
        store.write_extra(read_extra_dir(SHARED / "data-extra"))
        btc: SeriesBatch = read_series_csv(SHARED / "data" / "btc_usd.csv", "btc")
        store.write_batches([btc])
        [section] = flows_report_sections(store, marks=(("a", "2026-01-12"),), n_boot=99)
    assert section.lead_lag is not None
    assert set(section.lead_lag.verdicts) == {"flows lead", "price leads"}
    html = section.render(sample_report_data()).html
    assert "USGS MCS 2026" in html and "World Silver Survey 2025" in html


def test_what_happened_next_lists_graded_claims(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from leadwatch.api.claims import graded_articles
    from leadwatch.providers.extra_csv import read_extra_dir
    from leadwatch.report.hindsight import HindsightSection
    from leadwatch.store import Store

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Spot Bitcoin ETFs saw net outflows in December 2025. "
        "The silver market has been in deficit for four consecutive years.",
        encoding="utf-8",
    )
    dated = SimpleNamespace(dated=SimpleNamespace(article="a", date=pd.Timestamp("2026-01-12")))
    missing = SimpleNamespace(dated=SimpleNamespace(article="b", date=pd.Timestamp("2026-01-12")))
    with Store(tmp_path / "s.duckdb") as store:
        store.write_extra(read_extra_dir(SHARED / "data-extra"))
        graded = graded_articles(store, folder, [dated, missing])  # type: ignore[list-item]
    assert set(graded) == {"a"}
    assert [(c, s) for c, s, _ in graded["a"]] == [
        ("flow: net outflows", "confirmed"),
        # three single years known then (2023-2025); the cumulative 2021-2024 figure leaves a
        # positive remainder for 2021-2022 together, which cannot settle a fourth year
        ("fundamental: deficit years", "inconclusive"),
    ]
    html = HindsightSection((), graded=graded)._graded("a", 1)
    assert 'id="what-happened-next-1-fundamentals"' in html and "inconclusive" in html
    assert HindsightSection(())._graded("a", 1) == ""
