"""The planted-process generators take a Generator or an int seed (SPEC 7)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from leadwatch.analysis import simulate


@pytest.mark.parametrize(
    "make",
    [
        lambda rng: simulate.garch_t(50, 2, rng=rng, burn=10),
        lambda rng: simulate.planted_lead(60, 3, rng=rng),
        lambda rng: simulate.gaussian_lead(60, 2, 0.5, rng=rng),
        lambda rng: simulate.common_driver(60, 1, 4, rng=rng),
        lambda rng: simulate.nonsynchronous(60, rng=rng),
        lambda rng: simulate.log_ar1_volatility(60, persistence=0.9, vol_of_vol=0.2, rng=rng),
    ],
)
def test_an_int_seed_draws_what_a_generator_of_that_seed_draws(make: Callable[[Any], Any]) -> None:
    by_seed = np.vstack(make(7))
    by_generator = np.vstack(make(np.random.default_rng(7)))
    np.testing.assert_array_equal(by_seed, by_generator)
    assert not np.array_equal(by_seed, np.vstack(make(8)))


def test_a_generator_is_used_not_copied() -> None:
    rng = np.random.default_rng(3)
    first, _ = simulate.gaussian_lead(40, 1, 0.5, rng=rng)
    second, _ = simulate.gaussian_lead(40, 1, 0.5, rng=rng)
    assert not np.array_equal(first, second)


def test_log_ar1_volatility_follows_its_recursion_after_the_burn_in() -> None:
    rng = np.random.default_rng(5)
    vol = simulate.log_ar1_volatility(200, persistence=0.9, vol_of_vol=0.3, rng=5)
    eta = rng.standard_normal(700) * 0.3
    s = np.zeros(700)
    for t in range(1, 700):
        s[t] = 0.9 * s[t - 1] + eta[t]
    np.testing.assert_allclose(vol, np.exp(s[500:]))
    flat = simulate.log_ar1_volatility(50, persistence=0.9, vol_of_vol=0.0, rng=5)
    np.testing.assert_array_equal(flat, np.ones(50))


def test_garch_t_follows_its_recursion_step_by_step() -> None:
    """The closed form equals the GARCH(1,1) recursion run one step at a time, over a long
    stretch (products far below one) and with heavy tails."""
    alpha, beta, nu, burn, n = 0.08, 0.90, 4.0, 500, 6000
    got = simulate.garch_t(n, 2, alpha=alpha, beta=beta, nu=nu, rng=11, burn=burn)
    z = np.random.default_rng(11).standard_t(nu, size=(n + burn, 2)) * np.sqrt((nu - 2) / nu)
    h, want = np.ones(2), np.empty((n + burn, 2))
    for t in range(n + burn):
        want[t] = np.sqrt(h) * z[t]
        h = (1 - alpha - beta) + alpha * want[t] ** 2 + beta * h
    np.testing.assert_allclose(got, want[burn:].T, rtol=1e-9, atol=1e-12)
