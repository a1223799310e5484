"""Kernels of the universe scan: lagged CCF by matmul, circular-shift null by FFT (private).

All series are standardised once (mean 0, variance 1 over their non-missing
returns; a missing return becomes 0 = no news, so it drops out of every sum)
and stored as float32 rows ``z`` of shape ``(n_series, T)``.

For a leader ``i``, follower ``j`` and lag ``k >= 1`` (leader at ``t``,
follower at ``t + k``) the statistic is the lagged correlation

``r_ij(k) = sum_{t < T-k} z_i[t] z_j[t+k] / T``

computed for a block of leaders against all followers as one float32 GEMM per
lag (``z_L[:, :T-k] @ z_F[:, k:].T``), the GEMM-bound core of the scan.

The null is the circular shift of the follower: the circular CCF
``c_ij(m) = sum_t z_i[t] z_j[(t+m) mod T] / T`` holds every shift's CCF at once
and comes from one FFT product per pair. Shifts ``m`` in ``L+1 .. T-L-1``
(``L`` = the largest lag) are far from the tested lags in both directions, so
they break the lead-lag relation while keeping each series' own dependence.
Per pair, ``sigma_ij`` is the RMS of ``c_ij`` over those shifts (the null
scale, which absorbs autocorrelation and volatility clustering); the
studentised statistic is ``u = |r| / sigma``. A null replicate is the window
maximum ``max_k |c_ij(s + k)| / sigma_ij`` over the tested lags at a shift
``s``; replicates of all pairs are pooled in a fixed histogram (integer counts,
so merging blocks in any order gives identical results).

Examples
--------
>>> import numpy as np
>>> rng = np.random.default_rng(0)
>>> z = standardise(rng.standard_normal((3, 500)))
>>> r = lagged_ccf(z[:1], z, np.array([1, 2, 3]))
>>> r.shape, r.dtype
((1, 3, 3), dtype('float32'))
>>> window_max(np.array([[1.0, 3.0, 2.0, 0.0, 5.0]]), 2).tolist()
[[3.0, 3.0, 2.0, 5.0]]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

import numpy as np
import numpy.typing as npt
from scipy import fft as sfft

F32: TypeAlias = npt.NDArray[np.float32]
F64: TypeAlias = npt.NDArray[np.float64]
I64: TypeAlias = npt.NDArray[np.int64]

#: Histogram of pooled null maxima: bins of ``HIST_WIDTH`` on ``[0, HIST_BINS * HIST_WIDTH)``.
HIST_WIDTH = 1e-3
HIST_BINS = 40_000
#: Pairs per FFT chunk (bounds the ``(pairs, T)`` float32 circular-CCF buffer).
FFT_PAIRS = 2_048


def standardise(returns: npt.ArrayLike) -> F32:
    """Rows of ``returns`` (``(n, T)``, NaN = missing) to mean 0, variance 1, NaN -> 0, float32."""
    x = np.ascontiguousarray(returns, dtype=np.float64)  # reductions independent of layout
    mean = np.nanmean(x, axis=1, keepdims=True)
    std = np.nanstd(x, axis=1, keepdims=True)
    z = (x - mean) / np.where(std > 0, std, 1.0)
    return np.ascontiguousarray(np.nan_to_num(z, nan=0.0), dtype=np.float32)


def lagged_ccf(zl: F32, zf: F32, lags: I64, *, chunk: int = 16) -> F32:
    """``(b, n, L)`` lagged correlations of leaders ``zl`` (b, T) with followers ``zf`` (n, T).

    Leaders are stacked with their lags, ``S[(i, k), s] = zl[i, s - k]`` (0 for
    ``s < k``), so ``chunk`` leaders at every lag are one GEMM ``S @ zf.T``.
    """
    b, t = zl.shape
    n_l = len(lags)
    out = np.empty((b, n_l, zf.shape[0]), dtype=np.float32)
    zft = zf.T
    for start in range(0, b, chunk):
        part = zl[start : start + chunk]
        stack = np.zeros((len(part), n_l, t), dtype=np.float32)
        for idx, k in enumerate(lags):
            stack[:, idx, k:] = part[:, : t - k]
        np.matmul(
            stack.reshape(-1, t), zft, out=out[start : start + chunk].reshape(-1, zf.shape[0])
        )
    out *= np.float32(1.0 / t)
    return np.ascontiguousarray(out.transpose(0, 2, 1))


def window_max(a: npt.NDArray[np.floating], w: int) -> npt.NDArray[np.floating]:
    """Sliding maximum over windows of ``w`` along the last axis (``n - w + 1`` outputs).

    Doubling: after ``log2(w)`` passes each entry holds the max of ``span`` values;
    two overlapping spans cover any window.
    """
    out, span = a, 1
    while span * 2 <= w:
        out = np.maximum(out[..., :-span], out[..., span:])
        span *= 2
    rest = w - span
    if rest:
        out = np.maximum(out[..., :-rest], out[..., rest:])
    return out


def circular_ccf(fl: npt.NDArray[np.complex64], ff: npt.NDArray[np.complex64], t: int) -> F32:
    """Circular CCF ``c(m)``, m = 0..T-1, of paired spectra rows ``fl``, ``ff`` (pairs, T//2+1)."""
    prod = np.conj(fl) * ff
    return np.asarray(sfft.irfft(prod, n=t, axis=-1, workers=-1), dtype=np.float32) / np.float32(t)


def null_positions(t: int, max_lag: int, n_boot: int | None, seed: int | None) -> I64:
    """Window starts (offsets into the null region) of the shift replicates shared by all pairs.

    ``None`` takes every admissible shift; an int draws that many with ``seed``.
    """
    n_pos = t - 3 * max_lag - 1
    if n_boot is None or n_boot >= n_pos:
        return np.arange(n_pos, dtype=np.int64)
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(n_pos, size=n_boot, replace=False)).astype(np.int64)


@dataclass(frozen=True, slots=True)
class BlockScan:
    """What one block of leaders contributes (pair arrays are ``(b, n)``)."""

    block: int
    leaders: I64
    best_lag: I64
    best_r: F32
    best_u: F32
    sigma: F32
    hist: I64
    n_null: int
    n_tests: int
    cand_leader: I64
    cand_follower: I64
    cand_lag: I64
    cand_u: F32


def scan_block(
    block: int,
    zl: F32,
    zf: F32,
    leaders: I64,
    followers: I64,
    lags: I64,
    positions: I64,
    u_keep: float,
) -> BlockScan:
    """Scan leaders ``zl`` (global ids ``leaders``) against followers ``zf`` (ids ``followers``).

    Pairs with the same global id (a series against itself) are skipped (NaN).
    Candidate pair-lags with ``u >= u_keep`` are kept for Benjamini-Hochberg;
    the rest can never be rejected (the caller checks ``p(u_keep) > alpha``).
    """
    t = zl.shape[1]
    max_lag = int(lags.max())
    r = lagged_ccf(zl, zf, lags)  # (b, n, L)
    same = leaders[:, None] == followers[None, :]
    fl = sfft.rfft(zl, axis=1, workers=-1).astype(np.complex64)
    ff = sfft.rfft(zf, axis=1, workers=-1).astype(np.complex64)
    b, n = len(leaders), len(followers)
    sigma = np.empty((b, n), dtype=np.float32)
    hist = np.zeros(HIST_BINS, dtype=np.int64)
    pi, pj = np.nonzero(~same)
    lo, hi = max_lag + 1, t - max_lag  # null region of shifts
    offsets = lags - 1  # window covers shifts s+1..s+L for lags 1..L (sparse lags: subset)
    dense = len(lags) == max_lag
    full = bool(positions[0] == 0 and positions[-1] == len(positions) - 1)
    for start in range(0, len(pi), FFT_PAIRS):
        ii, jj = pi[start : start + FFT_PAIRS], pj[start : start + FFT_PAIRS]
        region = circular_ccf(fl[ii], ff[jj], t)[:, lo:hi]
        sig = np.sqrt(np.mean(np.square(region, dtype=np.float64), axis=1)).astype(np.float32)
        sigma[ii, jj] = sig
        np.abs(region, out=region)
        region /= sig[:, None]
        if dense:
            wmax = window_max(region, max_lag)
            wmax = wmax[:, : len(positions)] if full else wmax[:, positions]
        else:
            wmax = region[:, positions[:, None] + offsets[None, :]].max(axis=2)
        wmax = np.ascontiguousarray(wmax)
        wmax *= np.float32(1.0 / HIST_WIDTH)
        np.minimum(wmax, np.float32(HIST_BINS - 1), out=wmax)
        hist += np.bincount(wmax.astype(np.int32).ravel(), minlength=HIST_BINS)
    sigma[same] = np.nan
    u: F32 = (np.abs(r) / sigma[:, :, None]).astype(np.float32)
    r[same] = np.nan
    u[same] = np.nan
    best = np.argmax(np.where(np.isnan(u), -1.0, u), axis=2)
    best_r = np.take_along_axis(r, best[:, :, None], axis=2)[:, :, 0]
    best_u = np.take_along_axis(u, best[:, :, None], axis=2)[:, :, 0]
    scale = pairwise_scale(zl, zf, lags[best])
    best_r = (best_r * scale).astype(np.float32)
    sigma = (sigma * scale).astype(np.float32)
    ci, cj, ck = np.nonzero(u >= u_keep)
    return BlockScan(
        block=block,
        leaders=leaders,
        best_lag=lags[best].astype(np.int64),
        best_r=best_r,
        best_u=np.asarray(best_u, dtype=np.float32),
        sigma=sigma,
        hist=hist,
        n_null=len(pi) * len(positions),
        n_tests=len(pi) * len(lags),
        cand_leader=leaders[ci].astype(np.int64),
        cand_follower=followers[cj].astype(np.int64),
        cand_lag=lags[ck].astype(np.int64),
        cand_u=np.asarray(u[ci, cj, ck], dtype=np.float32),
    )


def pairwise_scale(zl: F32, zf: F32, lag: I64, *, chunk: int = FFT_PAIRS) -> F32:
    """``(b, n)`` factors turning ``sum z_i z_j / T`` at ``lag[i, j]`` into a pairwise correlation.

    ``r / T`` divides by every row, including rows where a series has no
    return (0 after :func:`standardise`), so a series that starts late, or a
    pair with many missing returns, looks weaker than it is. The battery's
    correlation (:mod:`leadwatch.analysis.leadlag.ccf`) uses only the pairs
    where both returns exist: ``S_xy / sqrt(S_xx S_yy)`` with ``S_xx =
    sum z_i[t]^2 [z_j[t+k] present]``; the factor is ``T / sqrt(S_xx S_yy)``.
    A missing return is the exact 0 of :func:`standardise`.

    Examples
    --------
    >>> z = standardise(np.array([[1.0, np.nan, 3.0, 2.0, 0.5], [2.0, 1.0, np.nan, 4.0, 1.0]]))
    >>> f = pairwise_scale(z[:1], z[1:], np.array([[1]]))
    >>> r = lagged_ccf(z[:1], z[1:], np.array([1]))[0, 0, 0] * f[0, 0]
    >>> a, b = z[0, [0, 2, 3]], z[1, [1, 3, 4]]  # the pairs present at lag 1
    >>> bool(abs(r - a @ b / np.sqrt((a**2).sum() * (b**2).sum())) < 1e-6)
    True
    """
    b, n = lag.shape
    t = zl.shape[1]
    out = np.ones((b, n), dtype=np.float32)
    ml, mf = (zl != 0).astype(np.float32), (zf != 0).astype(np.float32)
    zl2, zf2 = np.square(zl), np.square(zf)
    for k in np.unique(lag).tolist():
        ii, jj = np.nonzero(lag == k)
        for start in range(0, len(ii), chunk):
            i, j = ii[start : start + chunk], jj[start : start + chunk]
            sxx = np.einsum("pt,pt->p", zl2[i, : t - k], mf[j, k:], dtype=np.float64)
            syy = np.einsum("pt,pt->p", ml[i, : t - k], zf2[j, k:], dtype=np.float64)
            den = np.sqrt(sxx * syy)
            out[i, j] = np.where(den > 0, t / np.where(den > 0, den, 1.0), np.nan)
    return out


def tail_counts(hist: I64) -> I64:
    """``counts[i]`` = null maxima in bins ``>= i`` (conservative: includes the whole bin)."""
    return np.cumsum(hist[::-1])[::-1].astype(np.int64)


def pvalues(u: npt.ArrayLike, tail: I64, n_null: int) -> F64:
    """Max-over-lags p-values ``(1 + #{null >= u}) / (1 + n_null)`` from the pooled histogram."""
    arr = np.asarray(u, dtype=np.float64)
    idx = np.clip(np.floor(np.nan_to_num(arr, nan=0.0) / HIST_WIDTH), 0, HIST_BINS - 1)
    out = (1.0 + tail[idx.astype(np.int64)]) / (1.0 + n_null)
    return np.where(np.isnan(arr), np.nan, out)


def bh_reject(p: F64, m: int, alpha: float) -> tuple[npt.NDArray[np.bool_], F64]:
    """Benjamini-Hochberg over ``m`` tests given the (possibly partial) smallest p-values ``p``.

    Untested p-values are taken as larger than every given one; returns the
    rejection mask and BH-adjusted q-values of ``p`` (exact where ``q <= alpha``
    when ``p`` holds every p-value <= alpha).
    """
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, len(p) + 1)
    q_sorted = np.minimum(1.0, np.minimum.accumulate(ranked[::-1])[::-1])
    q = np.empty_like(q_sorted)
    q[order] = q_sorted
    return q <= alpha, q
