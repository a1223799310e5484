"""The verdict rules, case by case.

The rules changed with issue 14: the predictive checks no longer make or break
"supported" (they are centred on the best lag and only flag a *conflict*), a
significant negative predictive slope against a significant positive lead is
a "conflict" (it used to override the lead as "contradicted"), a short-lag
Granger test no longer blocks "contradicted", and "contradicted" needs the
equivalence bound over every claimed lag to be below the minimum effect.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.ccf import cross_correlation
from leadwatch.analysis.leadlag.verdict import decide_label, equivalence_bound

BASE = {
    "lead": True,
    "direction": True,
    "in_sample": True,
    "out_of_sample": True,
    "controls": True,
    "stable": True,
    "robust": True,
    "conflict": False,
}


@pytest.mark.parametrize(
    ("changes", "bound", "label"),
    [
        ({}, 0.3, "supported"),
        ({"controls": None}, 0.3, "supported"),  # no controls given: not held against it
        ({"in_sample": False}, 0.3, "supported"),  # out of sample alone is enough
        ({"in_sample": False, "out_of_sample": False}, 0.3, "supported"),  # a one-lag lead
        ({"controls": False}, 0.3, "inconclusive"),  # a common driver explains it
        ({"stable": False}, 0.3, "inconclusive"),
        ({"robust": False}, 0.3, "inconclusive"),  # one stretch of history carries it
        ({"direction": False}, 0.3, "inconclusive"),  # wrong sign, a lead not ruled out
        ({"direction": False}, 0.05, "contradicted"),  # wrong sign and a lead ruled out
        ({"lead": False, "in_sample": False, "out_of_sample": False}, 0.05, "contradicted"),
        ({"lead": False, "in_sample": False, "out_of_sample": False}, 0.15, "inconclusive"),
        ({"conflict": True}, 0.3, "conflict"),  # lead and predictive slope disagree
        # a significant short-lag Granger test no longer blocks "contradicted"
        ({"lead": False, "in_sample": False, "granger": True}, 0.05, "contradicted"),
        ({"lead": True, "in_sample": False, "granger": True, "stable": False}, 0.3, "inconclusive"),
    ],
)
def test_rules(changes: dict[str, bool | None], bound: float, label: str) -> None:
    checks = {**BASE, **changes}
    assert decide_label(checks, bound=bound, min_effect=0.1) == label


def test_equivalence_bound_covers_every_searched_lag() -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal(4000)
    y = 0.15 * np.r_[np.zeros(30), x[:-30]] + rng.standard_normal(4000)
    ccf = cross_correlation(x, y, range(1, 41), inference=Inference(n_boot=199, seed=0))
    bound, lag = equivalence_bound(ccf)
    tab = ccf.table.set_index("lag")
    assert lag == 30 and bound > float(tab.loc[30, "r"]) > 0.1  # the planted lag sets it
    null = cross_correlation(
        x, rng.standard_normal(4000), range(1, 41), inference=Inference(n_boot=199, seed=0)
    )
    nb, _ = equivalence_bound(null)
    searched = null.table.loc[null.table["searched"]]
    assert nb >= float(pd.to_numeric(searched["r"]).max()) and nb < 0.1


def test_equivalence_bound_is_not_narrowed_by_a_lucky_robust_se() -> None:
    # Heavy tails: the leader's biggest moves meet the follower's quietest days, so
    # the robust se (sqrt(sum x^2 y^2) / sqrt(Sxx Syy)) falls far below what r can
    # swing by. The bound must still allow the white-noise spread (1 - r^2)/sqrt(n)
    # at every lag (it used to claim "at most 0.06" from such a sample).
    rng = np.random.default_rng(1)
    n = 3000
    x = rng.standard_normal(n)
    y = rng.standard_normal(n)
    spikes = np.arange(100, n - 100, 150)
    x[spikes] = 25.0 * rng.choice([-1.0, 1.0], len(spikes))
    for k in range(1, 21):
        y[spikes + k] *= 0.05  # quiet follower days after each spike
    ccf = cross_correlation(x, y, range(1, 21), inference=Inference(n_boot=199, seed=0))
    tab = ccf.table.loc[ccf.table["searched"]]
    r = tab["r"].to_numpy(dtype=float)
    white = (1 - r**2) / np.sqrt(tab["n_pairs"].to_numpy(dtype=float))
    assert (tab["se"].to_numpy(dtype=float) < 0.8 * white).all()  # the premise: a lucky se
    bound, _ = equivalence_bound(ccf)
    assert bound >= float(np.max(r + ccf.critical_value * white)) - 1e-12


def _battery(x: np.ndarray, y: np.ndarray) -> str:
    from leadwatch.analysis.leadlag.battery import lead_lag_battery

    idx = pd.bdate_range("2012-01-02", periods=len(x))
    rets = pd.DataFrame({"a": 0.01 * x, "b": 0.01 * y}, index=idx)
    res = lead_lag_battery(
        rets, "a", "b", lags=range(1, 21), horizon=5, inference=Inference(n_boot=99, seed=0)
    )
    assert res.pvalue < 0.05  # the premise: a significant headline lead
    return f"{res.verdict}: {res.decision.paragraph}"


def test_a_significant_lead_that_is_not_supported_says_why() -> None:
    rng = np.random.default_rng(1)  # first-half r at lag 6 is -0.01: no lead there
    x, e = rng.standard_normal((2, 2400))
    inverse = -0.3 * np.r_[np.zeros(6), x[:-6]] + e
    text = _battery(x, inverse)
    assert not text.startswith("supported") and "link is inverse (correlation -0." in text
    half = np.where(np.arange(2400) >= 1200, 0.3, 0.0) * np.r_[np.zeros(6), x[:-6]] + e
    text = _battery(x, half)  # a lead in the second half only
    assert text.startswith("inconclusive") and "does not hold in every sub-sample" in text
    assert "significant over the whole sample" not in _battery(
        x, 0.3 * np.r_[np.zeros(6), x[:-6]] + e
    )


def test_why_not_supported_names_the_failed_check_and_its_meaning() -> None:
    from types import SimpleNamespace

    from leadwatch.analysis.leadlag.verdict_text import notes

    ccf = SimpleNamespace(best_lag=12, best_r=0.1, table=None)
    base = {"lead": True, "direction": True, "stable": True, "robust": True}
    args = ("days", ccf, None, 0, 0.2, 12, 0.1, None, 0.05)
    text = notes("inconclusive", *args, checks={**base, "controls": False})  # type: ignore[arg-type]
    assert "does not survive the controls" in text and "what the controls explain" in text
    assert "stretch of history" not in text
    text = notes("inconclusive", *args, checks={**base, "stable": False})  # type: ignore[arg-type]
    assert "keep its sign over subperiods" in text and "one stretch of history" in text


@pytest.mark.parametrize("order", [1, 3])
def test_a_granger_order_of_one_reads_in_the_singular(order: int) -> None:
    from types import SimpleNamespace

    from leadwatch.analysis.leadlag.verdict_text import paragraph

    table = pd.DataFrame({"lag": [1, 2], "searched": [True, True]})
    ccf = SimpleNamespace(table=table, pvalue=0.2, best_lag=2, best_r=0.05, nobs=900)
    pred = SimpleNamespace(
        window=5, horizon=5, gap=0, pvalue=0.3, corr=0.01, corr_ci=(-0.1, 0.1), oos_r2=-0.01,
        cw_pvalue=0.5,
    )  # fmt: skip
    stab = SimpleNamespace(subperiod_sign_share=0.5, rolling_sign_share=0.5)
    gr = SimpleNamespace(order=order, forward=SimpleNamespace(robust_pvalue=0.4))
    args = (ccf, pred, stab, None, gr, 0.05)
    text = paragraph("inconclusive", "a", "b", "trading days", *args)  # type: ignore[arg-type]
    expected = "1 trading day does" if order == 1 else f"{order} trading days does"
    assert f"Granger test over the last {expected} not find" in text
