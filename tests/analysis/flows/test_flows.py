"""Flows: window sums (never returns, missing days not zeros) and the battery both ways."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.flows import (
    flow_frame,
    flows_vs_price,
    monthly,
    period_net,
    rolling_net,
    year_to_date,
)
from leadwatch.errors import DataError


def _flows() -> pd.Series:
    days = pd.bdate_range("2025-11-03", "2026-01-16")
    values = np.where(days < pd.Timestamp("2026-01-01"), -10.0, 5.0)
    return pd.Series(values, index=days)


def test_windows_sum_trading_days_only() -> None:
    flows = _flows().drop(pd.Timestamp("2025-12-25"))  # a holiday: missing, not zero
    dec = period_net(flows, "2025-12-01", "2025-12-31", "2026-01-16", "December 2025")
    assert (dec.days, dec.net, dec.complete) == (22, -220.0, True)
    ytd = year_to_date(flows, "2026-01-09")
    assert (ytd.days, ytd.net, ytd.complete) == (7, 35.0, False)
    table = monthly(flows, as_of="2026-01-09").set_index("month")
    assert table.loc["2025-12", "days"] == 22 and not table.loc["2026-01", "complete"]
    window = rolling_net(flows, 5)
    assert window.iloc[:4].isna().all() and window.loc["2026-01-16"] == 25.0
    assert "2025-12-25" not in window.index.strftime("%Y-%m-%d")


def test_period_after_data_has_no_days() -> None:
    got = period_net(_flows(), "2027-01-01", "2027-01-31", "2027-02-01", "January 2027")
    assert got.days == 0 and "no trading day" in got.describe()


def test_bad_window_refused() -> None:
    with pytest.raises(DataError, match="window"):
        rolling_net(_flows(), 0)


def test_flow_frame_returns_between_flow_days() -> None:
    days = pd.date_range("2026-01-01", periods=10)  # price every day, flows on weekdays
    price = pd.Series(np.exp(np.arange(10) * 0.01), index=days)
    flows = pd.Series(1.0 + np.arange(10.0), index=days)[days.day_of_week < 5]
    frame = flow_frame(flows, price, flow="f", asset="btc")
    # the Monday return spans the weekend: three days of 1% log growth
    monday = frame.loc["2026-01-05", "btc"]
    assert monday == pytest.approx(0.03)
    level = ((flows - flows.mean()) / flows.std()).iloc[1:]  # a level, standardised
    assert frame["f"].to_numpy() == pytest.approx(level.to_numpy())


def _planted(seed: int, effect: float, n: int = 600) -> tuple[pd.Series, pd.Series]:
    rng = np.random.default_rng(seed)
    days = pd.bdate_range("2022-01-03", periods=n)
    r = rng.standard_normal(n) * 0.02
    price = pd.Series(100 * np.exp(np.cumsum(r)), index=days)
    flows = effect * np.r_[0.0, r[:-1]] * 5e3 + rng.standard_normal(n) * 40
    return pd.Series(flows, index=days), price


def test_planted_price_leads_flows_is_found_one_way() -> None:
    flows, price = _planted(3, effect=1.0)
    res = flows_vs_price(flows, price, n_boot=199, seed=0)
    assert res.price_leads.verdict == "supported"
    assert res.price_leads.best_lag == 1
    assert res.flows_lead.verdict != "supported"
    assert "price leads" in res.summary()


@pytest.mark.slow
def test_null_flows_are_quiet() -> None:
    hits = 0
    for seed in range(4):
        flows, price = _planted(100 + seed, effect=0.0)
        res = flows_vs_price(flows, price, n_boot=99, seed=seed)
        hits += sum(v == "supported" for v in res.verdicts.values())
    assert hits <= 1
