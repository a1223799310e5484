"""The ``phase`` thesis evaluator: planted truth, a null, freezing, and thesis 5 on real data.

The synthetic world drives the default phase config: in "on" spells the fed
funds rate, the dollar and real yields fall (``debasement``); otherwise they
rise while the VIX sits at 25 and the S&P 500 drifts down (``risk_off``). Metals
are flat, so no other phase can occur and Bitcoin never feeds back into the
labels: its planted drift is set on the phases the model itself classified.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.phases.classify import classify_frame
from leadwatch.errors import InfeasibleTest
from leadwatch.theses import Thesis, get_thesis, parse_thesis
from leadwatch.theses.evaluate import EVALUATORS, Workspace, run_theses
from leadwatch.theses.evaluate.phase import default_phase_config, evaluate_phase
from leadwatch.theses.schema import Duration, PhaseHypothesis

DAYS = pd.bdate_range("2004-01-01", periods=5200)
CALENDAR = pd.date_range(DAYS[0], DAYS[-1], freq="D")
DRIFT = 0.003  # extra daily log return of Bitcoin while the phase is debasement


def _spells(n: int, rng: np.random.Generator) -> np.ndarray:
    out, state, i = np.zeros(n), 0.0, 0
    while i < n:
        k = int(rng.integers(120, 320))
        out[i : i + k] = state
        state, i = 1.0 - state, i + k
    return out


def _macro(rng: np.random.Generator) -> dict[str, pd.Series]:
    n = len(DAYS)
    slope = np.where(_spells(n, rng) == 1.0, -1.0, 1.0)
    funds = np.cumsum(0.008 * slope)
    values = {
        "fed_funds": funds - funds.min() + 0.1,
        "dxy": 100 * np.exp(np.cumsum(0.0006 * slope + 0.002 * rng.standard_normal(n))),
        "real_yield_10y": 1 + np.cumsum(0.004 * slope),
        "yield_10y": np.full(n, 4.0),
        "vix": np.full(n, 25.0),
        "gpr": np.full(n, 100.0),
        "spx": 3000 * np.exp(-0.0003 * np.arange(n)),
        "gold": np.full(n, 1500.0),
        "silver": np.full(n, 20.0),
    }
    out = {k: pd.Series(v, index=DAYS) for k, v in values.items()}
    out["fed_assets"] = pd.Series(4e6, index=pd.date_range(DAYS[0], DAYS[-1], freq="W-WED"))
    out["m2"] = pd.Series(2e4, index=pd.date_range(DAYS[0], DAYS[-1], freq="MS"))
    return out


def _world(drift: float, seed: int = 0) -> dict[str, pd.Series]:
    """The macro world plus Bitcoin (every calendar day), ``drift`` higher in debasement."""
    rng = np.random.default_rng(seed)
    values = _macro(rng)
    flat = {**values, "btc": pd.Series(1000.0, index=CALENDAR)}
    phases = classify_frame(Workspace(flat).at().frame("daily"), default_phase_config()).phase
    debasement = (phases == "debasement").astype(float).reindex(CALENDAR, method="ffill")
    r = 0.02 * rng.standard_normal(len(CALENDAR)) + drift * debasement.fillna(0.0).to_numpy()
    values["btc"] = pd.Series(1000 * np.exp(np.cumsum(r)), index=CALENDAR)
    return values


THESIS = """\
name = "synthetic-phase"
claim = "Bitcoin does best in the debasement phase."
[source]
article = "synthetic"
date = 2015-01-02
[[hypotheses]]
id = "phase"
kind = "phase"
phase = "debasement"
asset = "btc"
expected = "{expected}"
horizon = "120 trading days"
{versus}
"""


def _thesis(expected: str = "best", versus: str | None = None) -> Thesis:
    line = f'versus = "{versus}"' if versus else ""
    return parse_thesis(THESIS.format(expected=expected, versus=line), "synthetic.toml")


@pytest.fixture(scope="module")
def planted() -> Workspace:
    return Workspace(_world(DRIFT))


def test_the_world_has_enough_debasement_episodes(planted: Workspace) -> None:
    history = classify_frame(planted.at().frame("daily"), default_phase_config())
    eps = history.episodes()
    assert set(eps["phase"]) == {"debasement", "risk_off"}
    assert (eps["phase"] == "debasement").sum() >= 8


@pytest.mark.parametrize(
    ("expected", "versus", "verdict"),
    [
        ("best", None, "supported"),
        ("worst", None, "contradicted"),
        ("positive", None, "supported"),
        ("negative", None, "contradicted"),
        ("best", "gold", "supported"),  # gold is flat: Bitcoin beats it in debasement
    ],
)
def test_planted_phase_effect_is_found(
    planted: Workspace, expected: str, versus: str | None, verdict: str
) -> None:
    run = run_theses([_thesis(expected, versus)], planted, n_boot=199)
    h = run.results[0].hypotheses[0]
    assert h.verdict == verdict, h.summary()
    sign = 1 if expected in ("best", "positive") else -1
    assert h.tested and (h.pvalue < 0.01 if sign > 0 else h.pvalue > 0.99)
    assert h.ci[0] > 0 and h.effect > 0.1  # about DRIFT x 168 calendar days
    assert "episodes with a complete window" in h.reason
    assert h.detail.horizon == 120 and h.detail.hac_lags >= 120 and h.detail.block >= 120
    if versus:
        assert h.effect_label.startswith("btc minus gold")
    elif expected in ("best", "worst"):
        assert "minus other phases" in h.effect_label and "of 2 phase means" in h.reason


def test_null_is_not_supported() -> None:
    run = run_theses([_thesis()], Workspace(_world(0.0)), n_boot=199)
    h = run.results[0].hypotheses[0]
    assert h.tested and h.verdict == "inconclusive" and h.pvalue > 0.05, h.summary()


def test_frozen_at_a_date_uses_only_earlier_data(planted: Workspace) -> None:
    day = DAYS[3000]
    thesis = _thesis()
    base = run_theses([thesis], planted, day=day, n_boot=199).results[0].hypotheses[0]
    rng = np.random.default_rng(7)
    scrambled = {
        k: v.where(v.index <= day, v * np.exp(rng.standard_normal(len(v))))
        for k, v in planted.values.items()
    }
    again = run_theses([thesis], Workspace(scrambled), day=day, n_boot=199)
    h = again.results[0].hypotheses[0]
    assert (h.effect, h.ci, h.pvalue, h.verdict, h.nobs, h.reason) == (
        base.effect,
        base.ci,
        base.pvalue,
        base.verdict,
        base.nobs,
        base.reason,
    )
    assert h.end is not None and h.end <= day - pd.offsets.BDay(120)  # whole windows by then
    full = run_theses([thesis], planted, n_boot=199).results[0].hypotheses[0]
    assert full.end is not None and full.end > day and full.nobs > h.nobs


def test_not_testable_cases_are_inconclusive_with_the_reason(planted: Workspace) -> None:
    ctx = planted.at()
    bad = PhaseHypothesis(id="x", kind="phase", phase="boom", asset="btc", expected="best")
    with pytest.raises(InfeasibleTest, match="not a phase of the default phase config"):
        evaluate_phase(bad, ctx, "t")
    no_gpr = Workspace({k: v for k, v in planted.values.items() if k != "gpr"})
    h = run_theses([_thesis()], no_gpr, n_boot=199).results[0].hypotheses[0]
    assert h.verdict == "inconclusive" and not h.tested and "gpr" in h.reason
    early = run_theses([_thesis()], planted, day=DAYS[400], n_boot=199)
    assert early.results[0].hypotheses[0].verdict == "inconclusive"


def test_schema_horizon_and_series() -> None:
    h = PhaseHypothesis(id="x", kind="phase", phase="debasement", asset="btc", expected="best")
    assert h.horizon == Duration(60, "trading day")  # the default
    with pytest.raises(ValueError, match="same series"):
        PhaseHypothesis(
            id="x", kind="phase", phase="debasement", asset="btc", expected="best", versus="btc"
        )
    thesis5 = get_thesis("debasement-phase")
    phase = next(h for h in thesis5.hypotheses if h.kind == "phase")
    assert phase.horizon.periods("daily") == 120 and phase.expected == "best"
    assert set(default_phase_config().series()) <= set(thesis5.series())
    assert "phase" in EVALUATORS


def test_thesis_5_phase_hypothesis_on_the_snapshot(snapshot_store: Path) -> None:
    from leadwatch.api.phases import phase_forward_returns
    from leadwatch.api.theses import run_thesis

    run = run_thesis("debasement-phase", store=snapshot_store, n_boot=199, seed=0)
    h = next(h for h in run.results[0].hypotheses if h.kind == "phase")
    print(f"\n{h.summary()}\n{h.detail.summary()}")
    assert h.verdict in {"supported", "contradicted", "inconclusive"} and h.tested
    assert "episode" in h.reason and "small effective sample" in h.reason
    assert 0 < h.pvalue <= h.pvalue_adj <= 1 and h.end is not None
    # the same composition as the phase API: identical numbers
    api = phase_forward_returns(snapshot_store, assets=("btc",), horizon=120, n_boot=199, seed=0)
    row = api.tests.iloc[0]
    assert h.effect == pytest.approx(row["diff"], rel=1e-9)
    assert h.ci == pytest.approx((row["boot_low"], row["boot_high"]), rel=1e-9)
    assert h.pvalue == pytest.approx(row["pvalue_greater"], rel=1e-9)
    debasement = api.table.set_index("phase").loc["debasement"]
    assert f"only {int(debasement['episodes'])} episode(s)" in h.reason
