"""leadwatch.analysis.leadlag.ccf and .kernels: kernels against plain loops and statsmodels."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from leadwatch.analysis.bootstrap import (
    block_choices,
    block_grid,
    block_indices,
    block_length,
    stationary_indices,
)
from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag import kernels
from leadwatch.analysis.leadlag.ccf import cross_correlation, lagged_sums
from leadwatch.analysis.leadlag.kernels import block_null, robust_t, shift_null
from leadwatch.errors import DataError, InfeasibleTest

#: FFT sums against direct sums: pure rounding.
EXACT = 1e-10
#: The block null accumulates in float32: t* to ~1e-6 relative.
SINGLE = 2e-5


def _with_gaps(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.standard_t(4, n)
    y = 0.4 * np.r_[np.zeros(2), x[:-2]] + rng.standard_t(4, n)
    x[rng.random(n) < 0.05] = np.nan  # stale points
    y[rng.random(n) < 0.05] = np.nan
    return x, y


def _loop_stats(x: np.ndarray, y: np.ndarray, k: int) -> tuple[float, float]:
    """Pairwise-complete r_k and robust t_k by a plain loop (the definition in ccf.py)."""
    x0, y0 = x - np.nanmean(x), y - np.nanmean(y)
    num = sxx = syy = den = 0.0
    for t in range(len(x)):
        s = t + k
        if 0 <= s < len(y) and np.isfinite(x0[t]) and np.isfinite(y0[s]):
            num += x0[t] * y0[s]
            sxx += x0[t] ** 2
            syy += y0[s] ** 2
            den += x0[t] ** 2 * y0[s] ** 2
    return num / np.sqrt(sxx * syy), num / np.sqrt(den)


def test_lagged_sums_equal_a_loop() -> None:
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal(57), rng.standard_normal(57)
    got = lagged_sums(a, b, 9)
    want = [sum(a[t] * b[t + k] for t in range(57) if 0 <= t + k < 57) for k in range(-9, 10)]
    assert_allclose(got, want, rtol=EXACT, atol=EXACT)


def test_r_and_t_equal_a_plain_loop_with_missing_values() -> None:
    x, y = _with_gaps(300, 1)
    res = cross_correlation(x, y, range(1, 8), inference=Inference(n_boot=99, seed=0))
    table = res.table.set_index("lag")
    for k in (-7, -3, 0, 1, 2, 5, 7):
        r, t = _loop_stats(x, y, k)
        assert_allclose(table.loc[k, "r"], r, rtol=EXACT)
        assert_allclose(table.loc[k, "t"], t, rtol=EXACT)


def test_numerator_matches_statsmodels_with_the_sign_convention_mapped() -> None:
    """Our lag k pairs leader_t with follower_{t+k}: statsmodels' ccf(follower, leader)[k]."""
    from statsmodels.tsa.stattools import ccf, ccovf

    rng = np.random.default_rng(2)
    x = rng.standard_normal(400)
    y = np.r_[rng.standard_normal(3), x[:-3]] + 0.5 * rng.standard_normal(400)
    n = len(x)
    ours = lagged_sums(x - x.mean(), y - y.mean(), 10)[10:]  # k = 0..10
    theirs = ccovf(y, x, adjusted=False, fft=False)[:11] * n
    assert_allclose(ours, theirs, rtol=EXACT)
    # statsmodels' normalisation (divides by n, full-sample sds) versus ours (pair sums)
    sm_r = ccf(y, x, adjusted=False, fft=False)[:11]
    assert int(np.argmax(sm_r)) == 3
    res = cross_correlation(x, y, range(1, 11), inference=Inference(n_boot=99, seed=0))
    assert res.best_lag == 3
    assert_allclose(res.table.set_index("lag").loc[3, "r"], sm_r[3], rtol=0.02)


def test_batched_null_equals_a_loop_over_replicates() -> None:
    x, y = _with_gaps(200, 3)
    x0, y0 = np.nan_to_num(x - np.nanmean(x)), np.nan_to_num(y - np.nanmean(y))
    rng = np.random.default_rng(5)
    ix, iy = stationary_indices(200, 7, 10.0, rng), stationary_indices(200, 7, 10.0, rng)
    batched = robust_t(x0[ix], y0[iy], 6)
    for b in range(7):
        xs, ys = x0[ix[b]], y0[iy[b]]
        for j, k in enumerate(range(-6, 7)):
            pairs = [(xs[t], ys[t + k]) for t in range(200) if 0 <= t + k < 200]
            num = sum(p * q for p, q in pairs)
            den = sum(p * p * q * q for p, q in pairs)
            assert_allclose(batched[b, j], num / np.sqrt(den), rtol=1e-9)


def test_pvalue_is_the_bootstrap_rank_of_the_max_over_lags() -> None:
    x, y = _with_gaps(500, 4)
    res = cross_correlation(x, y, range(1, 21), inference=Inference(n_boot=199, seed=0))
    searched = res.table.loc[res.table["searched"]]
    assert res.statistic == pytest.approx(np.abs(searched["t"]).max())
    assert res.best_lag == int(searched.loc[np.abs(searched["t"]).idxmax(), "lag"])
    assert res.pvalue == pytest.approx(1 / 200)  # planted lag-2 link: nothing in the null beats it
    assert res.best_lag == 2 and res.best_r > 0.2


def test_bh_adjustment_matches_statsmodels_over_the_searched_lags_only() -> None:
    from statsmodels.stats.multitest import multipletests

    x, y = _with_gaps(400, 6)
    res = cross_correlation(x, y, range(1, 16), inference=Inference(n_boot=99, seed=1))
    searched = res.table.loc[res.table["searched"]]
    assert_allclose(searched["pvalue_bh"], multipletests(searched["pvalue"], method="fdr_bh")[1])
    assert res.table.loc[~res.table["searched"], "pvalue_bh"].isna().all()
    assert (searched["pvalue_bh"] >= searched["pvalue"] - 1e-15).all()


def test_deterministic_given_seed() -> None:
    x, y = _with_gaps(400, 7)
    a = cross_correlation(x, y, range(1, 30), inference=Inference(n_boot=199, seed=11))
    b = cross_correlation(x, y, range(1, 30), inference=Inference(n_boot=199, seed=11))
    c = cross_correlation(x, y, range(1, 30), inference=Inference(n_boot=199, seed=12))
    assert a.to_dict() == b.to_dict()
    assert_array_equal(a.table["pvalue"], b.table["pvalue"])
    assert not np.array_equal(a.table["pvalue"], c.table["pvalue"])


def test_reverse_direction_is_reported() -> None:
    rng = np.random.default_rng(8)
    y = rng.standard_normal(800)
    x = np.r_[rng.standard_normal(4), y[:-4]] + rng.standard_normal(800)  # follower leads by 4
    res = cross_correlation(x, y, range(1, 11), inference=Inference(n_boot=199, seed=0))
    assert res.reverse_lag == 4 and res.reverse_pvalue < 0.01
    assert res.pvalue > 0.01
    assert "best k = -4" in res.summary()


def test_result_interface() -> None:
    x, y = _with_gaps(300, 9)
    res = cross_correlation(x, y, 10, inference=Inference(n_boot=99))
    assert str(res) == res.summary()
    assert "k > 0 means the leader's move at t" in res.summary()
    assert "<pre>" in res._repr_html_()
    assert list(res.to_frame()["lag"]) == list(range(-10, 11))
    import json

    json.dumps(res.to_dict())
    with pytest.raises(AttributeError):
        res.pvalue = 0.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"lags": [0, 1]}, "lags"),
        ({"lags": [-3]}, "lags"),
        ({"n_boot": 10}, "n_boot"),
        ({"alpha": 0.7}, "alpha"),
        ({"lags": "abc"}, "lags"),
    ],
)
def test_bad_arguments_name_the_parameter(kwargs: dict[str, object], param: str) -> None:
    x, y = _with_gaps(200, 10)
    rest = dict(kwargs)
    boot = {k: rest.pop(k) for k in ("alpha", "n_boot") if k in rest}
    with pytest.raises(DataError, match=param):
        cross_correlation(x, y, inference=Inference(**boot), **rest)  # type: ignore[arg-type]


def test_too_short_or_mismatched_inputs() -> None:
    x, y = _with_gaps(200, 11)
    with pytest.raises(InfeasibleTest, match="lags up to 190"):
        cross_correlation(x, y, 190)
    with pytest.raises(DataError, match="lengths differ"):
        cross_correlation(x, y[:-1], 5)
    with pytest.raises(InfeasibleTest, match="constant"):
        cross_correlation(np.ones(200), y, 5)


def test_shift_null_equals_rotating_the_padded_follower_in_a_loop() -> None:
    x, y = _with_gaps(160, 12)
    x0, y0 = np.nan_to_num(x - np.nanmean(x)), np.nan_to_num(y - np.nanmean(y))
    k_max = 5
    null = shift_null(x0, y0, k_max, 10_000, np.random.default_rng(0))  # all admissible shifts
    m = 160 + k_max
    shifts = np.arange(3 * k_max + 1, m - 3 * k_max)
    assert null.shape == (len(shifts), 2 * k_max + 1) == (160 - 5 * k_max - 1, 11)
    x_pad, y_pad = np.r_[x0, np.zeros(k_max)], np.r_[y0, np.zeros(k_max)]
    for i, s in enumerate(shifts):
        rot = np.roll(y_pad, s)  # the follower rotated by s around the padded circle
        for j, k in enumerate(range(-k_max, k_max + 1)):
            partner = rot[(np.arange(m) + k) % m]
            num, den = x_pad @ partner, (x_pad**2) @ (partner**2)
            assert_allclose(null[i, j], num / np.sqrt(den), rtol=1e-9)
        # the window never reaches the observed lags -K..K (nor K beyond them)
        assert all(2 * k_max < (k - s) % m < m - 2 * k_max for k in range(-k_max, k_max + 1))


def test_the_three_nulls_agree_on_a_clear_null() -> None:
    rng = np.random.default_rng(13)
    x, y = rng.standard_t(4, 1500), rng.standard_t(4, 1500)
    shift = cross_correlation(
        x, y, range(1, 31), inference=Inference(n_boot=499, seed=0), method="shift"
    )
    both = cross_correlation(
        x, y, range(1, 31), inference=Inference(n_boot=499, seed=0), method="stationary"
    )
    block = cross_correlation(x, y, range(1, 31), inference=Inference(n_boot=499, seed=0))
    assert block.method == "block" and block.statistic == both.statistic == shift.statistic
    for other in (shift, both):
        assert abs(block.critical_value - other.critical_value) < 0.4
        assert abs(block.pvalue - other.pvalue) < 0.15
    assert "circular shifts" in shift.summary() and "mean block" in both.summary()
    assert f"blocks of {block.block:.0f}" in block.summary()
    with pytest.raises(DataError, match="method"):
        cross_correlation(x, y, 5, method="magic")  # type: ignore[arg-type]


def test_short_sample_uses_all_admissible_shifts_or_refuses() -> None:
    rng = np.random.default_rng(14)
    x, y = rng.standard_normal(300), rng.standard_normal(300)
    res = cross_correlation(x, y, range(1, 21), inference=Inference(n_boot=999), method="shift")
    assert res.n_boot == 300 - 5 * 20 - 1  # all there are
    with pytest.raises(InfeasibleTest, match="circular shifts"):
        cross_correlation(x, y, range(1, 51), method="shift")
    assert (
        cross_correlation(
            x, y, range(1, 51), method="stationary", inference=Inference(n_boot=99)
        ).n_boot
        == 99
    )


# -- the default null: circular block bootstrap of the follower ------------------------------


def _loop_null_t(x0: np.ndarray, ys: np.ndarray, k_max: int) -> np.ndarray:
    """Robust t_k, k = -K..K, of the leader against one resampled follower: plain loops."""
    n, out = len(x0), np.empty(2 * k_max + 1)
    for j, k in enumerate(range(-k_max, k_max + 1)):
        num = den = 0.0
        for s in range(max(0, k), min(n, n + k)):
            num += x0[s - k] * ys[s]
            den += x0[s - k] ** 2 * ys[s] ** 2
        out[j] = num / np.sqrt(den) if den > 0 else 0.0
    return out


@pytest.mark.parametrize(("n", "block", "per_block"), [(157, 12.0, 4), (96, 24.0, 1), (61, 7.0, 7)])
def test_block_null_equals_the_statistic_on_each_resampled_follower(
    n: int, block: float, per_block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slow reference: build y* from its indices, recompute t* by plain loops."""
    x, y = _with_gaps(n, n)
    x0, y0 = np.nan_to_num(x - np.nanmean(x)), np.nan_to_num(y - np.nanmean(y))
    grid = block_grid(n, block, starts_per_block=per_block)
    choices = block_choices(grid, 7, np.random.default_rng(n))
    fast = block_null(x0, y0, 6, grid, choices)
    idx = block_indices(grid, choices)
    for b in range(7):
        assert_allclose(fast[b], _loop_null_t(x0, y0[idx[b]], 6), rtol=SINGLE, atol=1e-6)
    # one block start per table group: the same sums, piecewise
    monkeypatch.setattr(kernels, "_TABLE_CELLS", 1)
    assert_allclose(block_null(x0, y0, 6, grid, choices), fast, rtol=SINGLE, atol=1e-6)


def test_default_pvalue_is_the_rank_among_the_seeded_replicates() -> None:
    """Same seed -> same block starts -> the p-values a plain loop over replicates gives."""
    x, y = _with_gaps(240, 15)
    res = cross_correlation(x, y, range(1, 9), inference=Inference(n_boot=99, seed=4))
    grid = block_grid(240, block_length(x, y, kind="circular"))
    assert res.method == "block" and res.block == grid.length
    idx = block_indices(grid, block_choices(grid, 99, np.random.default_rng(4)))
    x0, y0 = np.nan_to_num(x - np.nanmean(x)), np.nan_to_num(y - np.nanmean(y))
    null = np.abs([_loop_null_t(x0, y0[row], 8) for row in idx])
    t_abs = np.abs(res.table["t"].to_numpy())
    fwd, rev = slice(9, 17), slice(0, 8)
    assert res.pvalue == (1 + (null[:, fwd].max(axis=1) >= t_abs[fwd].max()).sum()) / 100
    assert res.reverse_pvalue == (1 + (null[:, rev].max(axis=1) >= t_abs[rev].max()).sum()) / 100
    assert_array_equal(res.table["pvalue"], (1 + (null >= t_abs - 1e-12).sum(axis=0)) / 100)


def test_block_null_keeps_each_replicate_a_block_resample_of_the_follower() -> None:
    """Under a planted lead the null does not carry it: T* stays near the no-lead level."""
    x, y = _with_gaps(1200, 16)
    res = cross_correlation(x, y, range(1, 21), inference=Inference(n_boot=299, seed=0))
    assert res.best_lag == 2 and res.pvalue == pytest.approx(1 / 300)
    noise = cross_correlation(
        x, np.roll(y, 600), range(1, 21), inference=Inference(n_boot=299, seed=0)
    )
    assert abs(res.critical_value - noise.critical_value) < 0.35


def test_block_null_rejects_mismatched_choices_and_bad_blocks() -> None:
    x, y = _with_gaps(200, 17)
    grid = block_grid(200, 10.0)
    x0, y0 = np.nan_to_num(x - np.nanmean(x)), np.nan_to_num(y - np.nanmean(y))
    with pytest.raises(DataError, match="choices"):
        block_null(x0, y0, 5, grid, np.zeros((3, grid.n_slots + 1), dtype=np.int64))
    with pytest.raises(DataError, match="block"):
        cross_correlation(x, y, 5, block=150.0)
    assert (
        cross_correlation(x, y, 5, block=10.0, inference=Inference(n_boot=99)).block == grid.length
    )
