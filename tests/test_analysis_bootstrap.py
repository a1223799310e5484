"""The vectorised stationary bootstrap reproduces arch's sampler exactly."""

from __future__ import annotations

import numpy as np
import pytest
from arch.bootstrap import StationaryBootstrap, optimal_block_length
from arch.bootstrap._samplers import stationary_bootstrap_sample
from numpy.testing import assert_array_equal

from leadwatch.analysis.bootstrap import block_length, stationary_indices, stationary_sample
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
