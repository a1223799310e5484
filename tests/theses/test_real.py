"""Every built-in thesis on the real snapshot, and the articles dated from the data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from leadwatch.api.theses import ThesisReport, build_thesis_report
from leadwatch.store import Store
from leadwatch.theses import BUILTIN

VERDICTS = {"supported", "contradicted", "conflict", "inconclusive", "not evaluated"}


@pytest.fixture(scope="module")
def report(snapshot_store: Path) -> ThesisReport:
    with Store(snapshot_store, read_only=True) as store:
        return build_thesis_report(store, n_boot=199, seed=0)


def test_every_builtin_thesis_runs_on_the_snapshot(report: ThesisReport) -> None:
    run = report.run
    assert [r.name for r in run.results] == list(BUILTIN)
    assert run.as_of == pd.Timestamp("2026-08-21")  # the last value in the store (DXY)
    for r in run.results:
        assert r.verdict in VERDICTS | {"mixed"}
        for h in r.hypotheses:
            assert h.verdict in VERDICTS - {"not evaluated"} and h.reason
            assert h.tested and 0 < h.pvalue <= h.pvalue_adj <= 1 and h.nobs > 0, h
    assert run.n_tests == 15  # the phase hypothesis of debasement-phase included


def test_articles_are_dated_by_the_levels_they_quote(report: ThesisReport) -> None:
    dated = {h.dated.article: h.dated for h in report.hindsights}
    assert set(dated) == {
        "01-silver-at-101-bitcoin-lags",
        "02-silver-above-103-bitcoin-lags",
        "03-silver-83-bitcoin-near-90k",
    }
    assert dated["03-silver-83-bitcoin-near-90k"].date == pd.Timestamp("2026-01-12")
    assert dated["03-silver-83-bitcoin-near-90k"].level == pytest.approx(84.07)
    assert dated["01-silver-at-101-bitcoin-lags"].date == pd.Timestamp("2026-01-26")
    assert dated["02-silver-above-103-bitcoin-lags"].date == pd.Timestamp("2026-01-26")
    assert all("first close above" in d.rule for d in dated.values())


def test_bitcoin_was_near_90k_on_article_3s_date(snapshot_store: Path) -> None:
    with Store(snapshot_store, read_only=True) as store:
        btc = store.read_values(["btc"])["btc"]
    assert btc.loc["2026-01-12"] == pytest.approx(90_000, rel=0.03)


def test_frozen_runs_use_only_data_known_that_day(report: ThesisReport) -> None:
    for item in report.hindsights:
        day = item.dated.date
        assert item.run.as_of == day
        for r in item.run.results:
            for h in r.hypotheses:
                if h.end is not None:
                    assert h.end <= day, (r.name, h.id, h.end)
        # what happened next is measured after the date, from the full data
        assert (item.outcomes["until"] > day).all()


def test_what_happened_next(report: ThesisReport) -> None:
    rows: dict[tuple[str, str], Any] = {
        (r["thesis"], r["horizon"]): r
        for h in report.hindsights
        for r in h.outcomes.to_dict(orient="records")
    }
    six = rows[("silver-leads-bitcoin", "6 months")]
    assert six["status"] == "did not happen" and six["actual"] < -0.2  # BTC fell after Jan 26
    assert rows[("stress-metals-first", "1 month")]["status"] == "as predicted"
    assert rows[("real-yields-dollar-silver", "1 month")]["status"].startswith("no call")
    assert {r["status"] for r in rows.values()} <= {
        "as predicted",
        "did not happen",
        "pending",
        "no call: condition off that day",
    }
    for h in report.hindsights:
        assert h.analogues is not None and len(h.analogue_dates) >= 20
        assert max(h.analogue_dates) < h.dated.date


def test_stale_inputs_are_named_in_the_reason(report: ThesisReport, snapshot_store: Path) -> None:
    from leadwatch.theses.evaluate.stale import stale_inputs

    with Store(snapshot_store, read_only=True) as store:
        gpr = store.read_values(["gpr"])["gpr"].dropna()
    assert stale_inputs(["gpr"], {"gpr": gpr}, report.run.as_of)  # GPR stops in March 2026
    (h,) = [h for r in report.run.results for h in r.hypotheses if h.id == "gpr-gold"]
    assert "Stale inputs at 2026-08-21: gpr (last" in h.reason
    assert "is unknown (stale or missing data) at the last date" in h.reason
