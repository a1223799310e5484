"""The block bootstraps: the stationary sampler reproduces arch's exactly; the grid CBB."""

from __future__ import annotations

import numpy as np
import pytest
from arch.bootstrap import StationaryBootstrap, optimal_block_length
from arch.bootstrap._samplers import stationary_bootstrap_sample
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_array_equal

from leadwatch.analysis.bootstrap import (
    block_choices,
    block_grid,
    block_indices,
    block_length,
    politis_white,
    stationary_indices,
    stationary_sample,
)
from leadwatch.errors import DataError


@pytest.mark.parametrize(("n", "p"), [(50, 0.2), (300, 0.05), (31, 1.0), (40, 0.01)])
def test_batched_sampler_equals_arch_row_by_row(n: int, p: float) -> None:
    rng = np.random.default_rng(n)
    starts = rng.integers(0, n, size=(6, n))
    u = rng.random((6, n))
    ours = stationary_sample(starts, u, p)
    for row in range(6):
        theirs = stationary_bootstrap_sample(starts[row].astype(np.int64).copy(), u[row], p)
        assert_array_equal(ours[row], theirs)


def test_same_draws_as_arch_stationary_bootstrap() -> None:
    """Fed arch's own generator state, our indices equal StationaryBootstrap.update_indices()."""
    n, block = 120, 8.0
    boot = StationaryBootstrap(block, np.zeros(n), seed=np.random.default_rng(3))
    theirs = boot.update_indices()
    ours = stationary_indices(n, 1, block, np.random.default_rng(3))[0]
    # arch draws starts then uniforms per replicate with the same generator calls
    assert ours.shape == theirs.shape
    assert_array_equal(ours, theirs)


def test_mean_block_length() -> None:
    idx = stationary_indices(5000, 4, 25.0, np.random.default_rng(0))
    breaks = (np.diff(idx, axis=1) != 1) & ~((idx[:, :-1] == 4999) & (idx[:, 1:] == 0))
    mean_block = idx.size / (breaks.sum() + idx.shape[0])
    assert 20 < mean_block < 30


def test_block_length_uses_arch_on_squared_returns() -> None:
    rng = np.random.default_rng(1)
    x = rng.standard_normal(2000) * np.repeat(rng.uniform(0.5, 2.0, 20), 100)  # vol regimes
    est = float(optimal_block_length((x - x.mean()) ** 2)["stationary"].iloc[0])
    assert block_length(x) == pytest.approx(min(max(est, 5.0), 200.0))


def test_bad_block_is_rejected() -> None:
    with pytest.raises(DataError, match="block"):
        stationary_indices(10, 2, 0.5, np.random.default_rng(0))


# -- the grid circular block bootstrap -------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(8, 5000),
    share=st.floats(0.0, 1.0),
    per_block=st.integers(1, 9),
)
def test_block_grid_covers_the_series_with_non_empty_slots(
    n: int, share: float, per_block: int
) -> None:
    block = 1.0 + share * (n / 4 - 1.0)
    grid = block_grid(n, block, starts_per_block=per_block)
    assert grid.n == n and grid.n_slots >= 3
    assert grid.length * (grid.n_slots - 1) < n <= grid.length * grid.n_slots  # last slot non-empty
    assert grid.spacing == max(1, -(-grid.length // per_block))
    assert (grid.n_starts - 1) * grid.spacing < n <= grid.n_starts * grid.spacing
    assert abs(grid.length - block) <= max(1.0, 0.5 * block)


def test_block_indices_equal_an_explicit_loop() -> None:
    grid = block_grid(103, 9.0, starts_per_block=3)
    choices = block_choices(grid, 5, np.random.default_rng(0))
    assert_array_equal(
        choices, np.random.default_rng(0).integers(0, grid.n_starts, size=(5, grid.n_slots))
    )
    idx = block_indices(grid, choices)
    for b in range(5):
        want = []
        for a in range(grid.n_slots):
            start = int(choices[b, a]) * grid.spacing
            want += [(start + i) % 103 for i in range(grid.length)]
        assert_array_equal(idx[b], want[:103])


def test_block_bootstrap_keeps_blocks_and_reaches_every_start() -> None:
    grid = block_grid(400, 20.0)
    idx = block_indices(grid, block_choices(grid, 300, np.random.default_rng(1)))
    step = np.diff(idx, axis=1) % 400
    inside = np.arange(1, 400) % grid.length != 0  # steps within a slot
    assert (step[:, inside] == 1).all()  # consecutive follower values inside a block
    firsts = idx[:, :: grid.length].ravel()  # each slot's first value: a block start
    assert set(firsts) == set(range(0, 400, grid.spacing))  # every grid start is drawn


def test_block_length_circular_estimate() -> None:
    rng = np.random.default_rng(1)
    x = rng.standard_normal(2000) * np.repeat(rng.uniform(0.5, 2.0, 20), 100)
    est = float(optimal_block_length((x - x.mean()) ** 2)["circular"].iloc[0])
    assert block_length(x, kind="circular") == pytest.approx(min(max(est, 5.0), 200.0))
    with pytest.raises(DataError, match="kind"):
        block_length(x, kind="moving")  # type: ignore[arg-type]


@pytest.mark.parametrize("block", [0.5, 26.0, float("nan")])
def test_bad_grid_block_is_rejected(block: float) -> None:
    with pytest.raises(DataError, match="block"):
        block_grid(100, block)


@pytest.mark.parametrize(
    ("seed", "n", "phi"), [(0, 60, 0.0), (1, 500, 0.6), (2, 3000, 0.95), (3, 9000, 0.3)]
)
def test_politis_white_equals_arch_optimal_block_length(seed: int, n: int, phi: float) -> None:
    rng = np.random.default_rng(seed)
    e = rng.standard_normal(n)
    x = np.empty(n)
    x[0] = e[0]
    for t in range(1, n):
        x[t] = phi * x[t - 1] + e[t]
    ref = optimal_block_length(x)
    assert politis_white(x) == (
        float(ref["stationary"].iloc[0]),
        float(ref["circular"].iloc[0]),
    )
