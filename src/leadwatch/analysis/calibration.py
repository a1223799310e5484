"""Seeded calibration runs of the headline lead-lag test: size, power, confounding.

Each function simulates one planted process (:mod:`leadwatch.analysis.simulate`),
runs the headline test on it and returns the numbers a sweep aggregates. The
full sweeps are ``python bench/calibration.py``; the test suite calls the same
functions with fewer runs (``tests/analysis/leadlag/test_calibration.py``).

* :func:`null_pvalue`: p-value for an independent pair aligned like silver vs Bitcoin.
* :func:`power_run`: (best lag, p-value) for a planted lead of ``lag`` periods.
* :func:`driver_run`: p-values without and with a common driver as control.
* :func:`wilson`: Wilson score interval for a rejection rate.

Examples
--------
>>> lo, hi = wilson(50, 1000)
>>> bool(lo < 0.05 < hi)
True
"""

from __future__ import annotations

import math

import numpy as np

from leadwatch.align import adhoc_spec, align
from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.ccf import Method, cross_correlation
from leadwatch.analysis.leadlag.confounders import conditional_lead
from leadwatch.analysis.simulate import common_driver, null_pair, planted_lead

__all__ = ["LAGS", "N_DAYS", "driver_run", "null_pvalue", "power_run", "wilson"]

#: Lags searched by the headline test in the calibration runs.
LAGS = range(1, 131)
#: 12 years of business days.
N_DAYS = 3130


def null_pvalue(seed: int, n_boot: int, method: Method = "block") -> float:
    """Headline p-value for one independent pair (seeded).

    Parameters
    ----------
    seed
        Seeds both the simulated pair and the bootstrap.
    n_boot
        Bootstrap replications of the null.
    method
        The null: ``block``, ``stationary`` or ``shift``.

    Returns
    -------
    float
        The max-over-lags p-value; uniform on (0, 1] when the test is calibrated.
    """
    rng = np.random.default_rng([seed, 1])
    leader, follower = null_pair(12.0, rng=rng)
    specs = {"leader": adhoc_spec("leader", "weekdays"), "follower": adhoc_spec("follower", "24/7")}
    returns = align({"leader": leader, "follower": follower}, "daily", specs=specs).returns()
    boot = Inference(n_boot=n_boot, seed=seed)
    res = cross_correlation(
        returns["leader"], returns["follower"], LAGS, inference=boot, method=method
    )
    return res.pvalue


def power_run(seed: int, lag: int, n_boot: int, method: Method = "block") -> tuple[int, float]:
    """(best lag, p-value) for one planted-lead run (correlation 0.1 at ``lag``)."""
    x, y = planted_lead(N_DAYS, lag, 0.1, rng=np.random.default_rng([seed, 2, lag]))
    res = cross_correlation(
        x, y, LAGS, inference=Inference(n_boot=n_boot, seed=seed), method=method
    )
    return res.best_lag, res.pvalue


def driver_run(seed: int, n_boot: int) -> tuple[float, float]:
    """(p without controls, p with the driver as a control) for a common-driver run."""
    x, y, z = common_driver(N_DAYS, 2, 12, rng=np.random.default_rng([seed, 3]))
    lags = range(1, 31)
    boot = Inference(n_boot=n_boot, seed=seed)
    plain = cross_correlation(x, y, lags, inference=boot)
    cond = conditional_lead(
        x,
        y,
        {"driver": z},
        lags,
        control_lags=30,
        inference=boot,
        best_lag=plain.best_lag,
        best_r=plain.best_r,
    )
    return plain.pvalue, cond.pvalue


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion ``k / n``."""
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half
