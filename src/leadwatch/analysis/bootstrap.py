"""Block bootstraps: blocks on a grid (the default null), and the stationary bootstrap.

**Block bootstrap on a grid** (:func:`block_grid`, :func:`block_choices`,
:func:`block_indices`; the default null of the cross-correlation test). The
resampled series is cut into ``n_slots`` slots of ``length`` periods; each
slot receives ``length`` consecutive values of the original series starting
at a random point of a grid of spacing ``spacing`` on the circle (wrapping
from the end to the start), independently across slots and replicates. The
default spacing is the block length: Carlstein's (1986) non-overlapping block
bootstrap, the last block circular; ``starts_per_block = length`` gives the
circular block bootstrap of Politis and Romano (1992) with fixed slots. A
grid lets :func:`.kernels.block_null` precompute every (block, slot) pair
once for all replicates; one start per block length keeps those tables small
(the size tests in ``bench/calibration.py`` show no gain from more).

**Stationary bootstrap** (Politis-Romano): blocks of geometric random length
(mean ``block``), wrapping around the end. Both bootstraps keep a series'
short-range autocorrelation and volatility clustering inside blocks;
resampling one series independently of the other breaks any dependence
between them, which is the null hypothesis of a lead-lag test.

arch's :class:`arch.bootstrap.StationaryBootstrap` draws one replicate at a
time in a loop. :func:`stationary_sample` does the same recursion for a whole
batch of replicates at once with NumPy: given the same uniform draws and block
starts it returns *identical* indices to arch's compiled sampler
(``arch.bootstrap._samplers.stationary_bootstrap_sample``), which the tests
assert.

Examples
--------
>>> import numpy as np
>>> from leadwatch.analysis.bootstrap import block_grid, block_indices, stationary_indices
>>> idx = stationary_indices(10, n_boot=2, block=3.0, rng=np.random.default_rng(0))
>>> idx.shape
(2, 10)
>>> bool(((idx >= 0) & (idx < 10)).all())
True
>>> grid = block_grid(40, 8.0, starts_per_block=4)
>>> grid
BlockGrid(n=40, length=8, n_slots=5, spacing=2, n_starts=20)
>>> block_indices(grid, np.array([[0, 19, 3, 10, 5]]))[0, :16].tolist()
[0, 1, 2, 3, 4, 5, 6, 7, 38, 39, 0, 1, 2, 3, 4, 5]
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from leadwatch.analysis.validation import I32, Floats, Ints, check_int
from leadwatch.errors import DataError

__all__ = [
    "BlockGrid",
    "block_choices",
    "block_grid",
    "block_indices",
    "block_length",
    "politis_white",
    "stationary_indices",
    "stationary_sample",
]

#: Block starts per block length in :func:`block_grid`: 1 = non-overlapping blocks.
STARTS_PER_BLOCK = 1


@dataclass(frozen=True, slots=True)
class BlockGrid:
    """Layout of the block bootstrap on a grid of a series of ``n`` periods.

    Slot ``a`` covers periods ``a * length .. min(n, (a + 1) * length) - 1``;
    a block starts at ``q * spacing`` for ``q`` in ``0 .. n_starts - 1``.
    """

    n: int
    length: int
    n_slots: int
    spacing: int
    n_starts: int


def block_grid(n: int, block: float, *, starts_per_block: int | None = None) -> BlockGrid:
    """The grid of a block bootstrap with blocks of about ``block`` periods.

    ``n_slots = round(n / block)`` slots of equal ``length = ceil(n / n_slots)``
    (the last one shorter); block starts every ``ceil(length / starts_per_block)``
    periods around the circle (default :data:`STARTS_PER_BLOCK`).
    """
    n = check_int(n, "n", 8)
    per = STARTS_PER_BLOCK if starts_per_block is None else starts_per_block
    per = check_int(per, "starts_per_block", 1)
    if not (math.isfinite(block) and 1.0 <= block <= n / 4):
        raise DataError(
            f"block={block!r} must be a number between 1 and n/4 = {n / 4:g} (at least 4 blocks)",
            fix="pass a shorter block, e.g. block=20.0, or leave block=None",
        )
    slots = max(4, round(n / block))
    length = -(-n // slots)
    slots = -(-n // length)  # every slot non-empty
    spacing = max(1, -(-length // per))
    return BlockGrid(n, length, slots, spacing, -(-n // spacing))


def block_choices(grid: BlockGrid, n_boot: int, rng: np.random.Generator) -> Ints:
    """``(n_boot, n_slots)`` random block starts (grid indices), one ``integers`` call."""
    n_boot = check_int(n_boot, "n_boot", 1)
    out: Ints = rng.integers(0, grid.n_starts, size=(n_boot, grid.n_slots), dtype=np.int64)
    return out


def block_indices(grid: BlockGrid, choices: Ints) -> Ints:
    """``(n_boot, n)`` resampled positions: period ``a * length + i`` reads ``choices[., a] *
    spacing + i`` (mod ``n``). The slow, explicit form of the replicates of
    :func:`.kernels.block_null`."""
    s = np.arange(grid.n)
    out: Ints = (choices[:, s // grid.length] * grid.spacing + s % grid.length) % grid.n
    return out


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


def politis_white(x: Floats) -> tuple[float, float]:
    """Politis-White (2004, corrected 2009) optimal block lengths of one series.

    The same arithmetic, step by step, as arch's
    ``arch.bootstrap.optimal_block_length`` (``_single_optimal_block``, NCSA
    licence), so the results are identical (the tests compare them); kept
    here because importing arch imports its GARCH models, statsmodels and
    ``scipy.stats`` (half a second at every command line start). Adapted from
    arch, Copyright (c) Kevin Sheppard, under the University of Illinois/NCSA
    Open Source License, whose notice this credit keeps.

    Parameters
    ----------
    x : ndarray
        One series without missing values.

    Returns
    -------
    tuple of float
        ``(stationary, circular)``: the mean block length for the stationary
        bootstrap and the block length for the circular bootstrap.

    Examples
    --------
    >>> sb, cb = politis_white(np.random.default_rng(0).standard_normal(400))
    >>> 0.0 < sb < cb
    True
    """
    nobs = x.shape[0]
    eps = x - x.mean(0)
    b_max = np.ceil(min(3 * np.sqrt(nobs), nobs / 3))
    kn = max(5, int(np.log10(nobs)))
    m_max = int(np.ceil(np.sqrt(nobs))) + kn
    cv = 2 * np.sqrt(np.log10(nobs) / nobs)
    acv = np.zeros(m_max + 1)
    abs_acorr = np.zeros(m_max + 1)
    opt_m: int | None = None
    for i in range(m_max + 1):  # the first kn insignificant autocorrelations in a row
        v1 = eps[i + 1 :] @ eps[i + 1 :]
        v2 = eps[: -(i + 1)] @ eps[: -(i + 1)]
        cross_prod = eps[i:] @ eps[: nobs - i]
        acv[i] = cross_prod / nobs
        abs_acorr[i] = np.abs(cross_prod) / np.sqrt(v1 * v2)
        if i >= kn and opt_m is None and np.all(abs_acorr[i - kn : i] < cv):
            opt_m = i - kn
    m = min(2 * max(opt_m, 1) if opt_m is not None else m_max, m_max)
    g = 0.0
    lr_acv = acv[0]
    for k in range(1, m + 1):
        lam = 1 if k / m <= 1 / 2 else 2 * (1 - k / m)
        g += 2 * lam * k * acv[k]
        lr_acv += 2 * lam * acv[k]
    b_sb = ((2 * g**2) / (2 * lr_acv**2)) ** (1 / 3) * nobs ** (1 / 3)
    b_cb = ((2 * g**2) / (4 / 3 * lr_acv**2)) ** (1 / 3) * nobs ** (1 / 3)
    return float(min(b_sb, b_max)), float(min(b_cb, b_max))


def block_length(
    *series: Floats,
    lo: float = 5.0,
    hi_share: float = 0.1,
    kind: Literal["stationary", "circular"] = "stationary",
) -> float:
    """Block length: Politis-White optimal length of squared returns, the max over series.

    Applies :func:`politis_white` (arch's ``optimal_block_length``) to each
    series' squared (demeaned, non-missing) returns, so volatility clustering
    sets the block; ``kind`` picks its stationary (mean block) or circular
    (fixed block) estimate. The result is clipped to ``[lo, hi_share * n]``.

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> 5.0 <= block_length(rng.standard_normal(500)) <= 50.0
    True
    """
    if kind not in ("stationary", "circular"):
        raise DataError(f"kind={kind!r} is unknown", fix="use 'stationary' or 'circular'")
    best = lo
    n_min = min(len(s) for s in series)
    for s in series:
        x = s[np.isfinite(s)]
        sq = (x - x.mean()) ** 2
        est = politis_white(sq)[0 if kind == "stationary" else 1]
        if math.isfinite(est):
            best = max(best, est)
    return float(min(best, max(lo, hi_share * n_min)))
