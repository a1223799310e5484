"""Thesis evaluation on synthetic data: planted effects found, nulls quiet, no look-ahead."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.conditional.correlation import regime_correlation
from leadwatch.analysis.conditional.regimes import ConditionRule, regime_indicator
from leadwatch.analysis.conditional.returns import conditional_returns
from leadwatch.analysis.inference import Inference
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.theses import Source, parse_thesis
from leadwatch.theses.evaluate import (
    EVALUATORS,
    Workspace,
    known_by,
    register_evaluator,
    run_theses,
)
from leadwatch.theses.hindsight import date_source
from leadwatch.theses.results import HypothesisResult, holm, thesis_verdict

WEEKS = pd.date_range("2008-01-04", periods=900, freq="W-FRI")


def _regime(n: int, rng: np.random.Generator) -> np.ndarray:
    """On/off spells of random length (persistent, like a macro condition)."""
    out, state = np.empty(n), 0.0
    i = 0
    while i < n:
        length = int(rng.integers(10, 40))
        out[i : i + length] = state
        state = 1.0 - state
        i += length
    return out


def test_conditional_finds_a_planted_effect() -> None:
    rng = np.random.default_rng(3)
    d = _regime(900, rng)
    r = 0.02 * rng.standard_normal(900) + 0.01 * np.r_[0.0, d[:-1]]  # higher the week after
    res = conditional_returns(r, d, WEEKS, horizon=4, inference=Inference(n_boot=199))
    assert res.pvalue < 0.01 and res.ci[0] > 0
    assert res.effect == pytest.approx(0.04, abs=0.012)


def test_conditional_null_is_quiet() -> None:
    rng = np.random.default_rng(4)
    d = _regime(900, rng)
    r = 0.02 * rng.standard_normal(900)
    res = conditional_returns(r, d, WEEKS, horizon=4, inference=Inference(n_boot=199))
    assert res.pvalue > 0.05


def test_conditional_wrong_direction_is_not_significant() -> None:
    rng = np.random.default_rng(3)
    d = _regime(900, rng)
    r = 0.02 * rng.standard_normal(900) - 0.01 * np.r_[0.0, d[:-1]]
    res = conditional_returns(r, d, WEEKS, horizon=4, inference=Inference(n_boot=199))
    assert res.pvalue > 0.5 and res.ci[1] < 0


@pytest.mark.slow
def test_conditional_false_positive_rate() -> None:
    hits = 0
    for seed in range(60):
        rng = np.random.default_rng(100 + seed)
        d = _regime(600, rng)
        r = 0.02 * rng.standard_t(4, size=600)
        res = conditional_returns(r, d, WEEKS[:600], horizon=13, inference=Inference(n_boot=99))
        hits += res.pvalue < 0.05
    assert hits <= 8  # 5% of 60 is 3; a binomial 99.9% bound is about 9


def test_conditional_needs_both_sides() -> None:
    with pytest.raises(InfeasibleTest, match="each side needs"):
        conditional_returns(np.zeros(900) + 0.01, np.ones(900), WEEKS, horizon=4)


def test_conditional_lengths_must_match() -> None:
    with pytest.raises(DataError, match="lengths differ"):
        conditional_returns(np.zeros(10), np.zeros(9), WEEKS[:10], horizon=1)


def test_regime_correlation_planted_and_null() -> None:
    rng = np.random.default_rng(5)
    d = _regime(900, rng)
    a = rng.standard_normal(900)
    b = np.where(d == 1, 0.6 * a, 0.0) + rng.standard_normal(900)
    found = regime_correlation(a, b, d, inference=Inference(n_boot=199))
    assert found.pvalue < 0.01 and found.corr_in is not None and found.corr_in > 0.3
    null = regime_correlation(a, rng.standard_normal(900), d, inference=Inference(n_boot=199))
    assert null.pvalue > 0.05
    overall = regime_correlation(
        a, 0.3 * a + rng.standard_normal(900), inference=Inference(n_boot=199)
    )
    assert overall.pvalue < 0.01 and overall.ci[0] > 0 and not overall.regime
    negative = regime_correlation(a, -0.3 * a + rng.standard_normal(900), expected="negative")
    assert negative.pvalue < 0.01 and negative.effect < 0


def test_regime_indicator_rules() -> None:
    lv = pd.DataFrame({"x": [1.0, 2.0, 3.0, 2.0, 1.0], "y": [5.0, 4.0, 3.0, 4.0, 5.0]})
    up = regime_indicator(lv, [ConditionRule("x", "rising", 1)])
    assert up.tolist()[1:] == [1.0, 1.0, 0.0, 0.0] and np.isnan(up.iloc[0])
    both = regime_indicator(
        lv, [ConditionRule("x", "rising", 1), ConditionRule("y", "falling", 1)], "all"
    )
    assert both.tolist()[1:] == [1.0, 1.0, 0.0, 0.0]
    either = regime_indicator(
        lv, [ConditionRule("x", "falling", 1), ConditionRule("y", "rising", 1, log=False)], "any"
    )
    assert either.tolist()[1:] == [0.0, 0.0, 1.0, 1.0]
    above = regime_indicator(lv, [ConditionRule("x", "above_average", 3)])
    assert above.tolist()[2:] == [1.0, 0.0, 0.0]
    with pytest.raises(DataError, match="no column"):
        regime_indicator(lv, [ConditionRule("z", "rising", 1)])


def test_holm_and_thesis_verdicts() -> None:
    np.testing.assert_allclose(holm([0.01, 0.04, np.nan, 0.03]), [0.03, 0.06, np.nan, 0.06])
    assert thesis_verdict(["supported", "supported", "not evaluated"]) == "supported"
    assert thesis_verdict(["contradicted", "inconclusive"]) == "contradicted"
    assert thesis_verdict(["not evaluated"]) == "not evaluated"


def _synthetic(lag_days: int = 15, strength: float = 0.8, seed: int = 0) -> dict[str, pd.Series]:
    """Silver on business days; Bitcoin every day, following silver ``lag_days`` later."""
    rng = np.random.default_rng(seed)
    days = pd.date_range("2011-01-03", "2024-12-31", freq="D")
    bdays = days[days.day_of_week < 5]
    silver_r = pd.Series(0.015 * rng.standard_normal(len(bdays)), index=bdays)
    lagged = silver_r.shift(lag_days).reindex(days).fillna(0.0)
    btc_r = strength * lagged + 0.02 * rng.standard_normal(len(days))
    return {
        "silver": 20 * np.exp(silver_r.cumsum()),
        "btc": pd.Series(1000 * np.exp(np.cumsum(btc_r)), index=days),
    }


LEAD = """\
name = "planted"
claim = "silver leads btc"
[source]
article = "synthetic"
[source.dated_by]
series = "silver"
first_close_above = 25
[[hypotheses]]
id = "lead"
kind = "lead_lag"
leader = "silver"
follower = "btc"
lags = ["1 week", "12 weeks"]
[[hypotheses]]
id = "together"
kind = "correlation"
pair = ["silver", "btc"]
[[hypotheses]]
id = "phase"
kind = "phase"
phase = "debasement"
asset = "btc"
expected = "best"
"""


def test_planted_lead_is_supported_through_the_thesis_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delitem(EVALUATORS, "phase")  # a kind without an evaluator: "not evaluated"
    run = run_theses([parse_thesis(LEAD, "planted.toml")], Workspace(_synthetic()), n_boot=199)
    lead, together, phase = run.results[0].hypotheses
    assert lead.verdict == "supported" and lead.detail.best_lag == 3  # 15 business days
    assert lead.pvalue_adj < 0.05 and "oos" in lead.extras
    assert together.verdict != "supported"  # same-week correlation is not the planted link
    assert phase.verdict == "not evaluated" and "register_evaluator" in phase.reason
    assert run.n_tests == 2


def test_null_lead_is_not_supported() -> None:
    run = run_theses(
        [parse_thesis(LEAD, "null.toml")], Workspace(_synthetic(strength=0.0)), n_boot=199
    )
    assert run.results[0].hypotheses[0].verdict != "supported"


def test_an_evaluator_plugs_in(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(h: object, ctx: object, thesis: str) -> HypothesisResult:
        return HypothesisResult(thesis, "phase", "phase", "s", "supported", "plugged", pvalue=0.001)

    with pytest.raises(DataError, match="is registered"):
        register_evaluator("phase", fake)  # the phase model's evaluator is built in
    monkeypatch.delitem(EVALUATORS, "phase")  # restored after the test
    register_evaluator("phase", fake)
    run = run_theses([parse_thesis(LEAD, "p.toml")], Workspace(_synthetic()), n_boot=199)
    assert run.results[0].hypotheses[2].reason == "plugged" and run.n_tests == 3


def test_freezing_uses_only_what_was_public() -> None:
    series = _synthetic()
    day = pd.Timestamp("2020-06-15")
    frozen = known_by(series, day)
    assert frozen["silver"].index[-1] == day  # the noon London fix is public that day
    assert frozen["btc"].index[-1] == day  # the UTC day's close, public at 00:00 UTC next day
    yields = pd.Series(1.0, index=pd.bdate_range("2020-06-01", "2020-06-30"))
    assert known_by({"real_yield_10y": yields}, day)["real_yield_10y"].index[-1] == pd.Timestamp(
        "2020-06-12"  # H.15 publishes the next business day: Monday's value is not out yet
    )
    thesis = parse_thesis(LEAD, "f.toml")
    base = run_theses([thesis], Workspace(series), day=day, n_boot=199)
    rng = np.random.default_rng(9)
    scrambled = {
        k: v.where(v.index <= day, v * np.exp(rng.standard_normal(len(v))))
        for k, v in series.items()
    }
    again = run_theses([thesis], Workspace(scrambled), day=day, n_boot=199)
    for a, b in zip(base.results[0].hypotheses, again.results[0].hypotheses, strict=True):
        assert (a.effect, a.pvalue, a.verdict) == (
            b.effect,
            b.pvalue,
            b.verdict,
        ) or a.kind == "phase"


def test_date_source_by_rule_and_by_date() -> None:
    series = _synthetic()
    s = series["silver"]
    level = float((s.iloc[0] + s.max()) / 2)
    src = Source(article="x", dated_by={"series": "silver", "first_close_above": level})
    dated = date_source(src, series)
    assert dated.date == s[s > level].index[0] and dated.level == s[s > level].iloc[0]
    assert dated.date > s.index[0] and (s.loc[: dated.date].iloc[:-1] <= level).all()
    printed = date_source(Source(article="x", date="2021-03-04"), series)
    assert printed.date == pd.Timestamp("2021-03-04") and printed.rule == "printed date"
    never = Source(article="x", dated_by={"series": "silver", "first_close_above": 1e9})
    with pytest.raises(InfeasibleTest, match="never happens"):
        date_source(never, series)


LONG = """\
name = "long"
claim = "silver leads btc by years"
[source]
article = "synthetic"
[[hypotheses]]
id = "late"
kind = "event"
leader = "silver"
follower = "btc"
rule = "breakout"
horizons = ["1 month", "20 years"]
[[hypotheses]]
id = "slow"
kind = "lead_lag"
leader = "silver"
follower = "btc"
grid = "daily"
lags = ["1 trading day", "3 years"]
"""


def test_horizons_and_lags_longer_than_the_data_allow_are_said_in_the_thesis_units() -> None:
    """A horizon longer than the event study can hold is 'not testable' in the user's words
    (was a DataError naming an internal parameter); a lag search of years gets rolling
    windows wide enough to hold it (was a DataError on 'window')."""
    run = run_theses([parse_thesis(LONG, "long.toml")], Workspace(_synthetic()), n_boot=99)
    late, slow = run.results[0].hypotheses
    assert late.verdict == "inconclusive"
    assert "horizon 20 years (1,040 weeks) is longer than a quarter" in late.reason
    assert slow.verdict in {"supported", "inconclusive", "contradicted"}
    stab = slow.detail.stability
    assert stab.window >= 780 + 252 and np.isfinite(stab.rolling_sign_share), stab.window
    assert "nan" not in slow.reason
