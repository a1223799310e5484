"""Rule-based phases: planted phases found, no look-ahead (property), config errors, real data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadwatch.align import align
from leadwatch.analysis.phases.classify import classify_phases, confirm, episodes
from leadwatch.analysis.phases.config import load_phase_config, parse_phase_config
from leadwatch.errors import DataError, InfeasibleTest
from tests.paths import REPO

CONFIG = load_phase_config()

# -- synthetic data ------------------------------------------------------------------------------


def synthetic_raw(n_days: int = 1400, seed: int = 0, start: str = "2018-01-01") -> dict[str, Any]:
    """Every series of the default config on its own catalog calendar (random walks)."""
    rng = np.random.default_rng(seed)
    days = pd.date_range(start, periods=n_days, freq="D")
    bdays = days[days.day_of_week < 5]

    def walk(index: pd.DatetimeIndex, level: float, vol: float) -> pd.Series:
        return pd.Series(level * np.exp(np.cumsum(vol * rng.standard_normal(len(index)))), index)

    def rate(index: pd.DatetimeIndex, level: float, vol: float) -> pd.Series:
        return pd.Series(level + np.cumsum(vol * rng.standard_normal(len(index))), index)

    weds = days[days.day_of_week == 2]
    months = days[days.day == 1]
    return {
        "btc": walk(days, 20000.0, 0.03),
        "silver": walk(bdays, 20.0, 0.015),
        "gold": walk(bdays, 1500.0, 0.01),
        "spx": walk(bdays, 3000.0, 0.01),
        "dxy": walk(bdays, 95.0, 0.004),
        "vix": pd.Series(
            np.clip(18 + np.cumsum(rng.standard_normal(len(bdays))) * 0.5, 9, 60), bdays
        ),
        "fed_funds": rate(days, 2.0, 0.01),
        "yield_10y": rate(bdays, 3.0, 0.03),
        "real_yield_10y": rate(bdays, 1.0, 0.03),
        "fed_assets": walk(weds, 4e6, 0.005),
        "m2": walk(months, 15000.0, 0.004),
        "gpr": pd.Series(np.abs(100 + 20 * rng.standard_normal(len(days))), days),
    }


def write_store(path: Path, series: dict[str, pd.Series]) -> Path:
    """A store holding ``series`` (catalog ids)."""
    from leadwatch.batch import SeriesBatch
    from leadwatch.store import Store

    batches = [
        SeriesBatch.from_values(
            sid,
            pd.DataFrame({"date": s.index, "value": s.to_numpy()}),
            provider="test",
            location="synthetic",
            checksum=f"{sid}-{len(s)}-{s.iloc[-1]:.6f}",
        )
        for sid, s in series.items()
    ]
    with Store(path) as store:
        store.write_batches(batches)
    return path


def planted_values() -> tuple[pd.DataFrame, dict[str, slice]]:
    """A daily frame whose segments are built to satisfy exactly one phase rule each."""
    plan = ["neutral", "debasement", "safe_haven", "risk_on", "risk_off", "neutral"]
    seg = 420
    warm = 800  # the GPR percentile needs 777 days
    n = warm + seg * (len(plan) - 1)
    idx = pd.bdate_range("2010-01-01", periods=n)
    rng = np.random.default_rng(3)
    labels = np.array(["neutral"] * warm + [p for p in plan[1:] for _ in range(seg)])

    def drift(per_phase: dict[str, float], default: float) -> np.ndarray[Any, Any]:
        return np.array([per_phase.get(p, default) for p in labels])

    def price(per_phase: dict[str, float], default: float, level: float) -> np.ndarray[Any, Any]:
        steps = drift(per_phase, default) + 1e-5 * rng.standard_normal(n)
        return level * np.exp(np.cumsum(steps))

    values = pd.DataFrame(
        {
            "fed_funds": 2.0 + np.cumsum(drift({"debasement": -0.004}, 0.0)),
            "yield_10y": np.full(n, 3.0) + 1e-6 * np.arange(n),
            "real_yield_10y": 1.0 + np.cumsum(drift({"debasement": -0.003}, 0.0005)),
            "dxy": price({"debasement": -3e-4}, 1e-4, 95.0),
            "fed_assets": price({"debasement": 5e-4}, -1e-4, 4e6),
            "m2": price({"debasement": 3e-4}, 0.5e-4, 15000.0),
            "vix": drift({"safe_haven": 30.0, "risk_off": 32.0}, 12.0),
            "gpr": 100.0 - 1e-3 * np.arange(n),
            "gold": price({"safe_haven": 1e-3}, 0.0, 1500.0),
            "silver": price({"safe_haven": 1.2e-3}, 0.0, 20.0),
            "btc": price({"safe_haven": -1e-3, "risk_on": 2e-3}, -2e-4, 20000.0),
            "spx": price({"risk_off": -8e-4}, 4e-4, 3000.0),
        },
        index=idx,
    )
    segments = {}
    for k, p in enumerate(plan[1:]):
        lo = warm + k * seg
        segments[f"{k}:{p}"] = slice(idx[lo + 260], idx[lo + seg - 1])  # after the 252-day windows
    return values, segments


# -- planted phases ------------------------------------------------------------------------------


def test_planted_phases_are_recovered() -> None:
    values, segments = planted_values()
    history = classify_phases(values, CONFIG)
    for key, sel in segments.items():
        want = key.split(":")[1]
        got = history.phase.loc[sel]
        assert (got == want).mean() == 1.0, f"{key}: {got.value_counts().to_dict()}"
    assert set(history.phase.unique()) == set(CONFIG.phase_names)


def test_each_phase_needs_its_own_evidence() -> None:
    """Break one ingredient of a planted segment and the phase is no longer assigned there."""
    values, segments = planted_values()
    sel = segments["1:safe_haven"]
    calm = values.copy()
    calm.loc[:, "vix"] = 12.0  # no stress: metals up and Bitcoin lagging is not 'safe haven'
    history = classify_phases(calm, CONFIG)
    assert not (history.phase.loc[sel] == "safe_haven").any()


def test_confirmation_delays_but_never_anticipates() -> None:
    raw = pd.Series(["a"] * 5 + ["b"] * 2 + ["a"] * 3 + ["b"] * 6)
    out = confirm(raw, 4)
    assert out.tolist() == ["a"] * 13 + ["b"] * 3
    assert confirm(raw, 1).tolist() == raw.tolist()
    eps = episodes(pd.Series(out.to_numpy(), index=pd.bdate_range("2024-01-01", periods=16)))
    assert eps["days"].tolist() == [13, 3]


# -- no look-ahead ---------------------------------------------------------------------------------

RAW = synthetic_raw(1400, seed=11)
FULL = classify_phases(align(RAW, "daily").values, CONFIG)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=len(FULL.phase) - 2))
def test_phase_on_day_t_unchanged_when_later_data_is_added(cut: int) -> None:
    day = FULL.phase.index[cut]
    truncated = {k: s.loc[:day] for k, s in RAW.items()}
    frame = align(truncated, "daily")
    part = classify_phases(frame.values, CONFIG)
    common = part.phase.index.intersection(FULL.phase.index[: cut + 1])
    assert len(common) == cut + 1
    pd.testing.assert_series_equal(part.phase.loc[common], FULL.phase.loc[common])
    pd.testing.assert_frame_equal(part.triggers.holds.loc[common], FULL.triggers.holds.loc[common])


def test_a_future_shock_does_not_move_the_past() -> None:
    """Plant a huge VIX spike late: phases before it are identical, after it they change."""
    raw = {k: s.copy() for k, s in RAW.items()}
    spike = FULL.phase.index[-60]
    raw["vix"].loc[spike:] = 80.0
    shocked = classify_phases(align(raw, "daily").values, CONFIG)
    before = FULL.phase.index < spike
    pd.testing.assert_series_equal(shocked.phase.loc[before], FULL.phase.loc[before])
    assert shocked.triggers.holds["stress_rising"].iloc[-1]


# -- config validation: every bad input its own case ------------------------------------------

GOOD_TRIGGER = {"conditions": [{"metric": "level(vix)", "op": ">", "threshold": 20}]}
BAD_CONFIGS = {
    "unknown function": (
        {
            "triggers": {
                "t": {"conditions": [{"metric": "chnage(vix, 5)", "op": ">", "threshold": 1}]}
            }
        },
        "unknown function 'chnage'",
    ),
    "unknown series": (
        {
            "triggers": {
                "t": {"conditions": [{"metric": "mean(vixx, 5)", "op": ">", "threshold": 1}]}
            }
        },
        "unknown series 'vixx'",
    ),
    "bad op": (
        {"triggers": {"t": {"conditions": [{"metric": "level(vix)", "op": "=>", "threshold": 1}]}}},
        "op='=>' is unknown",
    ),
    "window missing": (
        {"triggers": {"t": {"conditions": [{"metric": "mean(vix)", "op": ">", "threshold": 1}]}}},
        "mean takes (series, window)",
    ),
    "zero window": (
        {
            "triggers": {
                "t": {"conditions": [{"metric": "mean(vix, 0)", "op": ">", "threshold": 1}]}
            }
        },
        "windows must be >= 1",
    ),
    "unbalanced": (
        {"triggers": {"t": {"conditions": [{"metric": "mean(vix, 5", "op": ">", "threshold": 1}]}}},
        "missing ')'",
    ),
    "threshold not a number": (
        {
            "triggers": {
                "t": {"conditions": [{"metric": "level(vix)", "op": ">", "threshold": "high"}]}
            }
        },
        "threshold='high'",
    ),
    "no conditions": ({"triggers": {"t": {"conditions": []}}}, "conditions is empty"),
    "bad mode": ({"triggers": {"t": GOOD_TRIGGER | {"mode": "most"}}}, "mode='most'"),
    "rule names unknown trigger": (
        {"triggers": {"t": GOOD_TRIGGER}, "phases": [{"name": "p", "all": ["nope"]}]},
        "unknown trigger(s) nope",
    ),
    "min_any too large": (
        {
            "triggers": {"t": GOOD_TRIGGER},
            "phases": [{"name": "p", "any": ["t"], "min_any": 2}],
        },
        "min_any=2 is outside 1..1",
    ),
    "duplicate phase": (
        {
            "triggers": {"t": GOOD_TRIGGER},
            "phases": [{"name": "neutral", "all": ["t"]}],
        },
        "phase names repeat",
    ),
    "confirm_days zero": ({"model": {"confirm_days": 0}}, "confirm_days=0"),
    "no triggers": ({"triggers": {}}, "no [triggers.*] tables"),
    "no phases": ({"phases": []}, "no [[phases]] rules"),
}


@pytest.mark.parametrize("case", list(BAD_CONFIGS))
def test_bad_config_is_refused_with_the_key_named(case: str) -> None:
    patch, message = BAD_CONFIGS[case]
    raw: dict[str, Any] = {"triggers": {"t": GOOD_TRIGGER}, "phases": [{"name": "p", "all": ["t"]}]}
    raw |= patch
    with pytest.raises(DataError, match=r"Fix:") as info:
        parse_phase_config(raw)
    assert message in str(info.value)


def test_config_file_errors(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        load_phase_config(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[model\nconfirm_days = 2\n")
    with pytest.raises(DataError, match="not valid TOML"):
        load_phase_config(bad)


def test_user_config_changes_the_thresholds(tmp_path: Path) -> None:
    text = (REPO / "src/leadwatch/config/phases.toml").read_text()
    edited = tmp_path / "mine.toml"
    edited.write_text(text.replace("confirm_days = 5", "confirm_days = 1"))
    config = load_phase_config(edited)
    assert config.confirm_days == 1 and config.source == str(edited)
    values, _ = planted_values()
    assert len(classify_phases(values, config).episodes()) >= len(
        classify_phases(values, CONFIG).episodes()
    )


def test_missing_series_and_short_history_are_errors() -> None:
    values, _ = planted_values()
    with pytest.raises(DataError, match="needs vix"):
        classify_phases(values.drop(columns="vix"), CONFIG)
    with pytest.raises(InfeasibleTest, match="never known"):
        classify_phases(values.iloc[:300], CONFIG)
    with pytest.raises(DataError, match="indexed by date"):
        classify_phases(values.reset_index(drop=True), CONFIG)


# -- real data -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_history(snapshot_store: Path) -> Any:
    from leadwatch.api.phases import phase_history

    return phase_history(snapshot_store)


def test_real_history_matches_the_articles_episodes(real_history: Any) -> None:
    h = real_history
    # January 2026: silver and gold at records, Bitcoin lagging, geopolitical stress
    assert h.phase.loc["2026-01-21":"2026-01-30"].eq("safe_haven").all()
    # the Fed's 2024-25 cutting cycle with a weak dollar / falling real yields
    assert h.phase.loc["2024-09-01":"2025-12-31"].eq("debasement").any()
    assert h.phase.loc["2020-03-16":"2020-04-30"].isin(["debasement", "risk_off"]).all()
    assert h.phase.index[0] > pd.Timestamp("2010-07-18")  # needs Bitcoin's 200-day windows
    board = h.evidence("2026-01-23").table.set_index("trigger")
    assert board.loc["silver_ath", "holds"] and board.loc["btc_lagging", "holds"]


def test_real_history_json_records(real_history: Any) -> None:
    records = real_history.records()
    assert records[-1] == {"date": f"{real_history.as_of:%Y-%m-%d}", "phase": real_history.current}
    assert len(records) == len(real_history.phase)
    assert set(real_history.to_dict()) >= {"current", "since", "episodes", "history"}
