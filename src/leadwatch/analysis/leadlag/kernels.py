"""Numerical kernels of the cross-correlation test: lagged sums and the three nulls.

Everything here works on *demeaned* returns with missing values set to 0
(:func:`._common.demeaned`), so a missing return drops out of every sum. For a
pair ``(x, y)`` and lag ``k`` (leader at ``t``, follower at ``t + k``)::

    num_k = sum_t x_t y_{t+k}        den_k = sum_t x_t^2 y_{t+k}^2
    t_k   = num_k / sqrt(den_k)      (heteroskedasticity-robust t-statistic)

and the nulls return ``t*`` at every lag ``-K..K`` for each replicate, one row
per replicate:

* :func:`block_null` (the default): a block bootstrap of the follower
  against the fixed leader. All replicates share two small tables, the sums
  of every (follower block, leader slot) pair at every lag, so a replicate
  costs one table row per slot instead of a pass over the data.
* :func:`stationary_null`: independent stationary bootstraps of both series,
  all lags of a batch of replicates by FFT.
* :func:`shift_null`: circular shifts of the follower, all of them from one FFT.

Examples
--------
>>> import numpy as np
>>> from leadwatch.analysis.bootstrap import block_choices, block_grid
>>> rng = np.random.default_rng(0)
>>> x0, y0 = rng.standard_normal(300), rng.standard_normal(300)
>>> grid = block_grid(300, 20.0)
>>> null = block_null(x0, y0, 5, grid, block_choices(grid, 99, rng))
>>> null.shape, null.dtype
((99, 11), dtype('float32'))
"""

from __future__ import annotations

from typing import Any, TypeAlias

import numpy as np
import numpy.typing as npt
from numpy.lib.stride_tricks import sliding_window_view
from scipy import fft as sfft
from scipy import sparse

from leadwatch.analysis.bootstrap import BlockGrid, stationary_indices
from leadwatch.analysis.validation import Floats
from leadwatch.errors import DataError, InfeasibleTest

__all__ = [
    "block_null",
    "lagged_sums",
    "robust_t",
    "shift_null",
    "slot_tables",
    "stationary_null",
]

F32: TypeAlias = npt.NDArray[np.float32]

#: Replicate-by-FFT-length cells per batch of the stationary null (~100 MB temporaries).
_CELLS = 1 << 18
#: Float32 cells of one group of (block, slot) tables in :func:`block_null` (8 MB each).
_TABLE_CELLS = 1 << 21


def lagged_sums(a: Floats, b: Floats, max_lag: int) -> Floats:
    """``sum_t a_t * b_{t+k}`` for ``k = -max_lag..max_lag`` (last axis), via FFT.

    ``a`` and ``b`` may be batched along leading axes (broadcasting). Sums run
    over the pairs inside the sample (no wrap-around).

    Examples
    --------
    >>> lagged_sums(np.array([1.0, 2.0, 3.0]), np.array([1.0, 0.0, 1.0]), 1).round(12).tolist()
    [2.0, 4.0, 2.0]
    """
    n = a.shape[-1]
    nfft = sfft.next_fast_len(n + max_lag, real=True)
    workers = -1 if max(a.size, b.size) > _CELLS else 1  # threads only pay on big batches
    fa = sfft.rfft(a, n=nfft, axis=-1, workers=workers)
    fb = sfft.rfft(b, n=nfft, axis=-1, workers=workers)
    c = sfft.irfft(np.conj(fa) * fb, n=nfft, axis=-1, workers=workers)
    out: Floats = np.concatenate([c[..., nfft - max_lag :], c[..., : max_lag + 1]], axis=-1)
    return out


def robust_t(x0: Floats, y0: Floats, max_lag: int) -> Floats:
    """Robust ``t_k`` for ``k = -max_lag..max_lag`` (last axis; 0 where ``den_k = 0``)."""
    num = lagged_sums(x0, y0, max_lag)
    den = lagged_sums(x0 * x0, y0 * y0, max_lag)
    with np.errstate(divide="ignore", invalid="ignore"):
        t: Floats = np.where(den > 0, num / np.sqrt(np.maximum(den, 0.0)), 0.0)
    return t


def slot_tables(u: Floats, v: Floats, max_lag: int, grid: BlockGrid, q0: int, q1: int) -> F32:
    """Sums of every (follower block, leader slot) pair at every lag, one row per pair.

    Row ``(q - q0) * n_slots + a``, column ``j`` (lag ``k = j - K``) holds
    ``sum_i u[a * length + i - k] * v[(q * spacing + i) % n]`` over the periods
    ``a * length + i < n`` of slot ``a``, for the block starts ``q0 <= q < q1``.
    ``u`` is the leader side (``x0`` or ``x0**2``), ``v`` the follower side.
    Each block's sums at all slots and lags are one cross-correlation with the
    whole leader (float64 FFT, exact to rounding; the short last slot directly).
    """
    n, ell, m, lags = grid.n, grid.length, grid.n_slots, 2 * max_lag + 1
    pos = np.arange(q0, q1)[:, None] * grid.spacing + np.arange(ell)[None, :]
    vb = v[pos % n]  # (blocks, length)
    up = np.concatenate([np.zeros(max_lag), u, np.zeros(max_lag + ell)])  # up[t] = u[t - K]
    nfft = sfft.next_fast_len(len(up), real=True)
    fv = sfft.rfft(vb, n=nfft, axis=-1)
    corr = sfft.irfft(np.conj(fv) * sfft.rfft(up, n=nfft), n=nfft, axis=-1)
    out = np.empty((q1 - q0, m, lags), dtype=np.float32)
    # corr[., a * length + K - k] = sum_i u[a * length + i - k] * block[i]  (no wrap-around)
    out[:, : m - 1] = sliding_window_view(corr, lags, axis=1)[:, : (m - 1) * ell : ell, ::-1]
    first = (m - 1) * ell  # the last slot covers periods first .. n - 1 only
    window = sliding_window_view(up, lags)[first:n, ::-1]  # window[i, j] = u[first + i - k]
    out[:, m - 1] = np.einsum("qi,ij->qj", vb[:, : n - first], window)
    table: F32 = out.reshape(-1, lags)
    return table


def block_null(
    x0: Floats, y0: Floats, max_lag: int, grid: BlockGrid, choices: npt.NDArray[np.integer[Any]]
) -> F32:
    """Robust ``t*`` at lags ``-K..K`` for block-bootstrap replicates of the follower.

    Replicate ``b`` is ``y*_s = y0[(choices[b, a] * spacing + i) % n]`` for
    ``s = a * length + i`` (:func:`.bootstrap.block_indices`): slot ``a`` of
    the follower's timeline receives the block of ``length`` follower returns
    starting at grid point ``choices[b, a]``; the leader stays as observed.
    So ``num*_k`` is a sum over slots of the (block, slot) sums of
    :func:`slot_tables`, and ``den*_k`` the same with squares: the tables are
    built once, and each replicate adds one row per slot (a sparse 0/1
    matrix times the table). The result equals computing every replicate from
    its indices (float32 accumulation, ~1e-6 relative). Memory: the tables
    are built in groups of block starts of at most ``_TABLE_CELLS`` cells.

    Parameters
    ----------
    x0, y0
        Demeaned leader and follower, 0 at missing points, same length ``n``.
    max_lag
        ``K``: lags ``-K..K`` are returned.
    grid
        Slot length, number of slots, start spacing (:func:`.bootstrap.block_grid`).
    choices
        ``(n_boot, n_slots)`` start indices in ``[0, n_starts)``
        (:func:`.bootstrap.block_choices`).

    Returns
    -------
    F32
        ``(n_boot, 2K+1)`` float32 robust t-statistics (0 where ``den* = 0``).
    """
    n, m, lags = len(x0), grid.n_slots, 2 * max_lag + 1
    if grid.n != n or choices.ndim != 2 or choices.shape[1] != m:
        raise DataError(
            "choices do not match the block grid", fix="draw them with block_choices(grid, ...)"
        )
    n_boot = choices.shape[0]
    starts = choices.ravel()
    cols = starts * m + np.tile(np.arange(m), n_boot)  # table row of (start, slot)
    group = max(1, _TABLE_CELLS // (m * lags))
    order = np.argsort(starts, kind="stable") if group < grid.n_starts else None
    num = np.zeros((n_boot, lags), dtype=np.float32)
    den = np.zeros((n_boot, lags), dtype=np.float32)
    x2, y2 = x0 * x0, y0 * y0
    for q0 in range(0, grid.n_starts, group):
        q1 = min(grid.n_starts, q0 + group)
        if order is None:
            sel: npt.NDArray[np.intp] = np.arange(len(starts))
            indptr = np.arange(0, len(starts) + 1, m)
        else:  # the (replicate, slot) cells that draw a start in q0 .. q1 - 1, in row order
            lo, hi = np.searchsorted(starts[order], [q0, q1])
            sel = np.sort(order[lo:hi])
            indptr = np.zeros(n_boot + 1, dtype=np.int64)
            np.cumsum(np.bincount(sel // m, minlength=n_boot), out=indptr[1:])
        pick = sparse.csr_matrix(
            (np.ones(len(sel), dtype=np.float32), cols[sel] - q0 * m, indptr),
            shape=(n_boot, (q1 - q0) * m),
        )
        num += pick @ slot_tables(x0, y0, max_lag, grid, q0, q1)
        den += pick @ slot_tables(x2, y2, max_lag, grid, q0, q1)
    np.sqrt(np.maximum(den, 0.0, out=den), out=den)  # sums of squares, >= 0 up to rounding
    with np.errstate(divide="ignore", invalid="ignore"):
        np.divide(num, den, out=num)
    num[den == 0] = 0.0
    return num


def stationary_null(
    x0: Floats, y0: Floats, max_lag: int, n_boot: int, block: float, rng: np.random.Generator
) -> Floats:
    """Robust t at lags -K..K for independent stationary-bootstrap replicates, ``(B, 2K+1)``."""
    n = len(x0)
    null_t = np.empty((n_boot, 2 * max_lag + 1))
    # single precision halves the FFT work; t* is scale-free and compared with T to ~1e-5
    x32 = (x0 / np.abs(x0).max()).astype(np.float32)
    y32 = (y0 / np.abs(y0).max()).astype(np.float32)
    chunk = max(1, _CELLS // sfft.next_fast_len(n + max_lag, real=True))
    for lo in range(0, n_boot, chunk):
        m = min(chunk, n_boot - lo)
        xs = x32[stationary_indices(n, m, block, rng)]
        ys = y32[stationary_indices(n, m, block, rng)]
        null_t[lo : lo + m] = robust_t(xs, ys, max_lag)
    return null_t


def shift_null(
    x0: Floats, y0: Floats, max_lag: int, n_boot: int, rng: np.random.Generator
) -> Floats:
    """Robust t at lags -K..K for circular shifts of the padded follower, ``(B, 2K+1)``."""
    n = len(x0)
    m = n + max_lag  # one circle: x then K empty slots; y rotated around it
    guard = 2 * max_lag  # replicate windows stay K clear of the observed lags -K..K
    shifts = np.arange(guard + max_lag + 1, m - guard - max_lag)
    if len(shifts) < 99:
        raise InfeasibleTest(
            f"{n} periods leave {len(shifts)} admissible circular shifts for lags up to {max_lag}",
            fix="search fewer lags, widen start/end, or use method='block'",
        )
    if n_boot < len(shifts):
        shifts = np.sort(rng.choice(shifts, size=n_boot, replace=False))
    fx = sfft.rfft(x0, n=m)
    fy = sfft.rfft(y0, n=m)
    num = sfft.irfft(np.conj(fx) * fy, n=m)
    den = sfft.irfft(np.conj(sfft.rfft(x0 * x0, n=m)) * sfft.rfft(y0 * y0, n=m), n=m)
    with np.errstate(divide="ignore", invalid="ignore"):
        circ = np.where(den > 0, num / np.sqrt(np.maximum(den, 0.0)), 0.0)
    lags = np.arange(-max_lag, max_lag + 1)
    out: Floats = circ[(lags[None, :] - shifts[:, None]) % m]
    return out
