"""Calibration of the headline test in CI: size, power, confounding (smaller than the bench).

The full sweep (1,000 null pairs, 100 runs per planted lag) is ``python bench/calibration.py``;
these call the same functions with fewer runs and correspondingly wider bands. Every run is
seeded, so the outcome is deterministic.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from leadwatch.analysis.calibration import driver_run, null_pvalue, power_run, wilson

N_BOOT = 299


def _band(pairs: int, alpha: float = 0.05, sigmas: float = 3.0) -> tuple[float, float]:
    half = sigmas * math.sqrt(alpha * (1 - alpha) / pairs)
    return alpha - half, alpha + half


def _check_size(pvals: np.ndarray) -> None:
    rate = float((pvals < 0.05).mean())
    lo, hi = _band(len(pvals))
    assert lo <= rate <= hi, f"size {rate:.3f} outside {lo:.3f}..{hi:.3f}"
    deciles = np.quantile(pvals, [0.1, 0.5, 0.9])  # roughly uniform, not piled at 0 or 1
    assert abs(deciles - [0.1, 0.5, 0.9]).max() < 0.1, deciles


@pytest.mark.slow
def test_size_default_block_bootstrap_null() -> None:
    """The default (block-bootstrap) null: 300 independent GARCH-t(4) pairs, 12 years.

    Weekday series with holidays against a 24/7 series, aligned with ``align``.

    Band: 5% +- 3 binomial standard errors for 300 pairs (1.2% .. 8.8%).
    """
    _check_size(np.array([null_pvalue(seed, N_BOOT) for seed in range(300)]))


@pytest.mark.slow
def test_size_circular_shift_null() -> None:
    """The fast null on 400 other pairs (1.7% .. 8.3%)."""
    _check_size(np.array([null_pvalue(seed, 499, "shift") for seed in range(1000, 1400)]))


@pytest.mark.slow
@pytest.mark.parametrize("lag", [5, 20, 60])
def test_power_recovers_the_planted_lag(lag: int) -> None:
    """Correlation 0.1 at lag L, 12 years: exactly L in >= 90%, significant in >= 80%."""
    runs = [power_run(seed, lag, N_BOOT) for seed in range(30)]
    exact = np.mean([b == lag for b, _ in runs])
    sig = np.mean([p < 0.05 for _, p in runs])
    assert exact >= 0.9 and sig >= 0.8, (exact, sig)


@pytest.mark.slow
def test_common_driver_is_removed_by_the_control() -> None:
    res = np.array([driver_run(seed, N_BOOT) for seed in range(20)])
    plain, cond = (res < 0.05).mean(axis=0)
    assert plain >= 0.95  # without the control the spurious lead is "found"
    assert cond <= 0.15  # with it, rejections are back near the 5% level


def test_wilson_interval() -> None:
    lo, hi = wilson(50, 1000)
    assert lo < 0.05 < hi and hi - lo < 0.03
