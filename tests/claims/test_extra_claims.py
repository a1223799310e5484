"""Flow, positioning and fundamentals claims graded from tables (synthetic and real)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.extra import ExtraData, grade_extra
from leadwatch.claims.fundamentals import clauses
from tests.paths import SHARED

DAY = pd.Timestamp("2025-03-20")


def _flows() -> pd.Series:
    days = pd.bdate_range("2024-10-01", "2025-04-30")
    values = np.where(days < pd.Timestamp("2025-01-01"), -30.0, 10.0)
    values[days.month == 2] = -5.0  # February outflows
    return pd.Series(values, index=days)


def _fundamentals() -> pd.DataFrame:
    rows = [
        # period, item, value, unit, edition, published
        ("2021", "widget_demand", 100.0, "kt", "Survey 2023", "2023-04-30"),
        ("2022", "widget_demand", 125.0, "kt", "Survey 2023", "2023-04-30"),
        ("2022", "widget_demand", 110.0, "kt", "Survey 2024", "2024-04-30"),
        ("2023", "widget_demand", 132.0, "kt", "Survey 2024", "2024-04-30"),
        ("2015-2024", "widget_factory_capacity_multiple", 40.0, "times", "Study", "2024-12-01"),
        ("2022", "market_deficit", 10.0, "kt", "Survey 2024", "2024-04-30"),
        ("2023", "market_deficit", 12.0, "kt", "Survey 2024", "2024-04-30"),
        ("2024", "market_deficit", 5.0, "kt", "Survey 2025", "2025-06-30"),
        ("2023", "Atlantis", 500.0, "t", "Mines 2024", "2024-03-31"),
        ("2024", "Atlantis", 450.0, "t", "Mines 2025", "2025-03-01"),
        ("2023", "Atlantis", 520.0, "t", "Mines 2025", "2025-03-01"),
        ("2024", "Lemuria", 90.0, "t", "Mines 2025", "2025-03-01"),
        ("2023", "Lemuria", 80.0, "t", "Mines 2025", "2025-03-01"),
    ]
    frame = pd.DataFrame(rows, columns=["period", "item", "value", "unit", "edition", "published"])
    frame["year_start"] = frame["period"].str[:4].astype(int)
    frame["year_end"] = frame["period"].str[-4:].astype(int)
    frame["published"] = pd.to_datetime(frame["published"])
    frame["status"], frame["dataset"] = "actual", "t"
    return frame


def _snapshots() -> pd.DataFrame:
    rows = [
        ("2025-01-02", "BTC", 150000.0, "all", "call", "notional_open_interest", 800.0),
        ("2025-03-15", "BTC", 150000.0, "all", "call", "notional_open_interest", 900.0),
        ("2025-03-15", "BTC", 150000.0, "all", "call", "open_interest_change_24h", -50.0),
    ]
    frame = pd.DataFrame(
        rows, columns=["date", "underlying", "strike", "expiry", "option_type", "metric", "value"]
    )
    frame["date"] = pd.to_datetime(frame["date"])
    frame["unit"], frame["vendor"] = "USD m", "V"
    return frame


EXTRA = ExtraData({"btc_etf_flows": _flows()}, _fundamentals(), _snapshots())
USES = {"widget": r"widgets?"}


@pytest.fixture(autouse=True)
def _widget_use(monkeypatch: pytest.MonkeyPatch) -> None:
    from leadwatch.claims import fundamentals

    monkeypatch.setattr(fundamentals, "USES", {**fundamentals.USES, **USES})


def _graded(text: str, day: pd.Timestamp = DAY) -> list[tuple[str, str, str]]:
    ex = extract_claims(text)
    out = grade_extra(ex, day, EXTRA, ())
    return [(c.claim.kind, c.claim.words, c.status) for c in out]


def test_flow_periods_graded_as_known_at_the_date() -> None:
    text = (
        "Bitcoin funds saw net outflows at the end of 2024, and in February 2025 ETF outflows "
        "continued, while 2025 has brought net inflows to the funds."
    )
    got = _graded(text)
    assert got == [
        ("flow", "net outflows", "confirmed"),
        ("flow", "outflows", "confirmed"),
        ("flow", "net inflows", "confirmed"),
    ]
    wrong = _graded("Bitcoin ETFs recorded net inflows in December 2024.")
    assert wrong == [("flow", "net inflows", "contradicted")]
    ytd = grade_extra(extract_claims("Bitcoin ETFs: 2025 brought inflows."), DAY, EXTRA, ())
    assert ytd[0].data["as_of"] == "2025-03-20" and not ytd[0].data["complete"]


def test_flows_without_a_fund_or_table() -> None:
    assert _graded("Bitcoin saw capital inflows in 2024.") == []  # no fund named
    assert _graded("Gold ETFs saw inflows in 2024.") == [("flow", "inflows", "not checkable")]
    assert _graded("Bitcoin ETFs will see inflows in 2026.") == []  # a forecast, not a fact
    future = _graded("Bitcoin ETFs saw inflows in 2026.")  # after the article date
    assert future == [("flow", "inflows", "not checkable")]


def test_positioning_from_snapshots() -> None:
    up = _graded("Bitcoin traders piled into $150,000 call options, a surge in bets.")
    assert up == [("positioning", "call options", "contradicted")]  # the change was -50
    later = _graded("Bitcoin $150k calls surged.", pd.Timestamp("2025-06-01"))
    assert later == [("positioning", "calls", "not checkable")]
    [checked] = grade_extra(extract_claims("Bitcoin $150k calls surged."),
                            pd.Timestamp("2025-06-01"), EXTRA, ())  # fmt: skip
    assert "only 2 snapshots (2025-01-02, 2025-03-15)" in checked.evidence


def test_growth_multiple_deficit_output() -> None:
    assert _graded("Widget demand grew 20% a year.")[0][2] == "confirmed"  # 110 -> 132
    traced = grade_extra(extract_claims("Widget demand grew 20% a year."), DAY, EXTRA, ())
    assert "Survey 2024" in traced[0].evidence
    assert _graded("Widget demand grows 35% a year.")[0][2] == "not checkable"
    misread = grade_extra(
        extract_claims("Demand for widgets has increased 40 times in one year."), DAY, EXTRA, ()
    )
    assert misread[0].status == "contradicted"
    assert "misreads its source" in misread[0].evidence and "not 1" in misread[0].evidence
    assert _graded("The market has been in deficit for two consecutive years.") == [
        ("fundamental", "deficit years", "confirmed")
    ]
    three = _graded("The market has been in deficit for three consecutive years.")
    assert three == [("fundamental", "deficit years", "contradicted")]  # 2024 not known yet
    later = _graded("A deficit for the third consecutive year.", pd.Timestamp("2025-07-01"))
    assert later == [("fundamental", "deficit years", "confirmed")]
    assert _graded("Fiscal deficits for several years weigh on the dollar.") == []
    assert _graded("Widget stocks rose 20% this year.") == []  # a price, not demand
    output = _graded("Output from Atlantis and Lemuria is declining.")
    assert output == [("fundamental", "output trend", "contradicted")]  # Lemuria rose
    [atl] = grade_extra(extract_claims("Mine output in Atlantis is falling."), DAY, EXTRA, ())
    assert atl.status == "confirmed" and "520" in atl.evidence  # 2023 as revised in Mines 2025


def test_clauses_split_at_conjunctions_and_dashes() -> None:
    text = "A grew 5%, and B grew 6%; C fell \u2014 D rose"
    assert clauses(text) == ["A grew 5%", "B grew 6%", "C fell", "D rose"]


@pytest.fixture(scope="module")
def full_store(snapshot_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from leadwatch.providers.extra_csv import read_extra_dir
    from leadwatch.store import Store

    path = tmp_path_factory.mktemp("full") / "full.duckdb"
    shutil.copy(snapshot_store, path)
    with Store(path) as store:
        store.write_extra(read_extra_dir(SHARED / "data-extra"))
    yield path


def test_article_03_graded_from_data(full_store: Path) -> None:
    from leadwatch.api.claims import check_article

    article = SHARED / "articles" / "03-silver-83-bitcoin-near-90k.txt"
    result = check_article(article, store=full_store, theses=False)
    extra = {
        (c.claim.sentence, c.claim.kind, c.status): c
        for c in result.checked
        if c.claim.kind in ("flow", "positioning", "fundamental")
    }
    kinds = sorted((s, k, st) for s, k, st in extra)
    assert kinds == [
        (5, "fundamental", "contradicted"),  # "53 times" misreads data-centre capacity
        (5, "fundamental", "not checkable"),  # 17% traced to no table
        (6, "fundamental", "not checkable"),  # 13% traced to no table
        (7, "fundamental", "contradicted"),  # Mexico and Peru rose in MCS 2026
        (9, "flow", "confirmed"),  # December 2025 net outflows
        (9, "flow", "contradicted"),  # 2026 to the article date: net outflows
        (10, "positioning", "confirmed"),  # +420 contracts in $100k calls on 2026-01-05
    ]
    assert not [c for c in result.checked if c.claim.kind == "figure"]
    dec = extra[(9, "flow", "confirmed")]
    assert dec.data["net"] == pytest.approx(-1092.5, abs=0.05) and dec.data["days"] == 22
    assert "Oxford Economics" in extra[(5, "fundamental", "contradicted")].evidence
    assert "USGS MCS 2026" in extra[(7, "fundamental", "contradicted")].evidence


def test_bare_months_and_conditional_sentences() -> None:
    # "February" without a year: the latest February by the article date
    assert _graded("Bitcoin ETFs saw outflows in February.") == [("flow", "outflows", "confirmed")]
    later = _graded("Bitcoin ETFs saw outflows in December.")  # December 2024: outflows
    assert later == [("flow", "outflows", "confirmed")]
    assert _graded("Bitcoin ETF inflows could lift the price in 2025.") == []  # not a fact
    assert _graded("Traders bought calls, a surge.") == [
        ("positioning", "calls", "not checkable")  # no underlying named
    ]
