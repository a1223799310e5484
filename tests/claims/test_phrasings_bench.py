"""The phrasing grammar of ``bench/claims_phrasings.py`` on a small sample: its truths are
computed from the snapshot CSVs, every true sentence states the true figure and its false
variant a figure outside any tolerance, and the plain phrasings are checked right."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pandas as pd
import pytest

from leadwatch.claims.market import Market
from tests.paths import REPO, SHARED


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "claims_phrasings", REPO / "bench" / "claims_phrasings.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["claims_phrasings"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    module.DATA = SHARED / "data"
    return module


def test_truth_is_read_from_the_csv(bench: ModuleType) -> None:
    pub = pd.Timestamp("2025-10-15")
    t = bench.truth("gold", "in {lastyear}", pub)
    closes = pd.read_csv(SHARED / "data" / "gold_usd.csv", index_col="date", parse_dates=True)
    assert t.v1 == closes.loc[:"2024-12-31", "gold_usd"].iloc[-1]
    assert t.v0 == closes.loc[:"2023-12-31", "gold_usd"].iloc[-1]
    assert bench.window_span("in {month}", pub)[2] == "in September"
    assert bench.window_span("on {weekday}", pub)[2] == "on Tuesday"


def test_false_variant_is_outside_the_tolerance(bench: ModuleType) -> None:
    s = bench.compose(
        {"subject": "bitcoin", "window": "this week", "amount": "{p}%", "order": "S V A W"},
        pd.Timestamp("2025-06-11"),
    )
    true = float(s.text.split()[2].rstrip("%"))
    false = float(s.false_text.split()[2].rstrip("%"))
    assert abs(true - abs(s.truth.change) * 100) < 0.051
    assert abs(false - true) > max(1.0, 0.25 * true)


def test_a_sample_of_plain_phrasings_is_checked_right(bench: ModuleType, market: Market) -> None:
    rows = []
    for subject in ("gold", "silver", "bitcoin", "ether", "the S&P 500", "the VIX"):
        kind = bench.SERIES[bench.SUBJECTS[subject][1]][2]
        for window in ("so far this year", "in {lastyear}", "this week", "last week"):
            slots = {"subject": subject, "window": window, "order": "S V A W"}
            s = bench.compose(
                slots | {"amount": bench.AMOUNTS[kind][0]}, pd.Timestamp("2025-10-15")
            )
            if s is not None:
                rows.append((s, bench.grade(s, market)))
    assert len(rows) >= 20
    wrong = [s.text for s, g in rows if not (g.found and g.window and g.status)]
    assert len(wrong) <= len(rows) // 10, wrong
