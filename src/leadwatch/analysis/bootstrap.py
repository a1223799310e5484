"""Vectorised stationary block bootstrap (Politis-Romano), checked against arch.

The stationary bootstrap resamples a series in blocks of geometric random
length (mean ``block``), wrapping around the end. It keeps each series' short-
range autocorrelation and volatility clustering inside blocks; resampling two
series *independently* breaks any dependence between them, which is the null
hypothesis of a lead-lag test.

arch's :class:`arch.bootstrap.StationaryBootstrap` draws one replicate at a
time in a loop. :func:`stationary_sample` does the same recursion for a whole
batch of replicates at once with NumPy: given the same uniform draws and block
starts it returns *identical* indices to arch's compiled sampler
(``arch.bootstrap._samplers.stationary_bootstrap_sample``), which the tests
assert.

Examples
--------
>>> import numpy as np
>>> from leadwatch.analysis.bootstrap import stationary_indices
>>> idx = stationary_indices(10, n_boot=2, block=3.0, rng=np.random.default_rng(0))
>>> idx.shape
(2, 10)
>>> bool(((idx >= 0) & (idx < 10)).all())
True
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

from leadwatch.analysis._common import I32, Floats, check_int
from leadwatch.errors import DataError

__all__ = ["block_length", "stationary_indices", "stationary_sample"]


def stationary_sample(starts: npt.NDArray[np.integer[Any]], u: Floats, p: float) -> I32:
    """Stationary-bootstrap indices from block starts and uniforms, batched over rows.

    Parameters
    ----------
    starts
        ``(n_boot, n)`` (or ``(n,)``) integers in ``[0, n)``: the candidate start
        of a new block at each position.
    u
        Uniforms of the same shape; position ``i > 0`` continues the previous
        block when ``u[i] > p`` (arch's convention), else starts a new one.
    p
        Probability of a new block, ``1 / block``.

    Returns
    -------
    I32
        Indices (int32) of the same shape, identical to arch's sampler row by row.

    Examples
    --------
    >>> starts = np.array([4, 1, 3, 2, 0])
    >>> u = np.array([0.0, 0.9, 0.9, 0.1, 0.9])
    >>> stationary_sample(starts, u, 0.5).tolist()
    [4, 0, 1, 2, 3]
    """
    starts = np.asarray(starts)
    if starts.shape != np.shape(u):
        raise DataError("starts and u have different shapes", fix="draw both with shape (B, n)")
    n = starts.shape[-1]
    if n * max(1, starts.size // n) >= 2**31:
        raise DataError("too many bootstrap cells at once", fix="draw fewer replicates per batch")
    pos = np.arange(n, dtype=np.int32)
    new = np.asarray(u) <= p
    new[..., 0] = True
    # position where the current block began: running max of the block-start positions
    last = np.maximum.accumulate(np.where(new, pos, np.int32(0)), axis=-1)
    rows = starts.reshape(-1, n)
    offsets = (np.arange(rows.shape[0], dtype=np.int32) * np.int32(n))[:, None]
    first = rows.ravel()[(last.reshape(-1, n) + offsets).ravel()].reshape(starts.shape)
    out: I32 = first.astype(np.int32, copy=False) + (pos - last)
    out[out >= n] -= n  # first < n and pos - last < n, so one wrap at most
    return out


def stationary_indices(n: int, n_boot: int, block: float, rng: np.random.Generator) -> I32:
    """``(n_boot, n)`` stationary-bootstrap indices with mean block length ``block``.

    Draws block starts and uniforms in arch's order (``integers`` then
    ``random``) and applies :func:`stationary_sample`.
    """
    n = check_int(n, "n", 2)
    n_boot = check_int(n_boot, "n_boot", 1)
    if not (math.isfinite(block) and block >= 1.0):
        raise DataError(f"block={block!r} must be a number >= 1", fix="pass e.g. block=20.0")
    starts = rng.integers(0, n, size=(n_boot, n), dtype=np.int32)
    u = rng.random((n_boot, n))
    return stationary_sample(starts, u, 1.0 / block)


def block_length(*series: Floats, lo: float = 5.0, hi_share: float = 0.1) -> float:
    """Mean block length: Politis-White optimal length of squared returns, the max over series.

    Uses :func:`arch.bootstrap.optimal_block_length` on each series' squared
    (demeaned, non-missing) returns, so volatility clustering sets the block;
    the result is clipped to ``[lo, hi_share * n]``.

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> 5.0 <= block_length(rng.standard_normal(500)) <= 50.0
    True
    """
    from arch.bootstrap import optimal_block_length

    best = lo
    n_min = min(len(s) for s in series)
    for s in series:
        x = s[np.isfinite(s)]
        sq = (x - x.mean()) ** 2
        est = float(optimal_block_length(sq)["stationary"].iloc[0])
        if math.isfinite(est):
            best = max(best, est)
    return float(min(best, max(lo, hi_share * n_min)))
