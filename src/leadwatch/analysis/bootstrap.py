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


def block_length(
    *series: Floats,
    lo: float = 5.0,
    hi_share: float = 0.1,
    kind: Literal["stationary", "circular"] = "stationary",
) -> float:
    """Block length: Politis-White optimal length of squared returns, the max over series.

    Uses :func:`arch.bootstrap.optimal_block_length` on each series' squared
    (demeaned, non-missing) returns, so volatility clustering sets the block;
    ``kind`` picks its stationary (mean block) or circular (fixed block)
    estimate. The result is clipped to ``[lo, hi_share * n]``.

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> 5.0 <= block_length(rng.standard_normal(500)) <= 50.0
    True
    """
    from arch.bootstrap import optimal_block_length

    if kind not in ("stationary", "circular"):
        raise DataError(f"kind={kind!r} is unknown", fix="use 'stationary' or 'circular'")
    best = lo
    n_min = min(len(s) for s in series)
    for s in series:
        x = s[np.isfinite(s)]
        sq = (x - x.mean()) ** 2
        est = float(optimal_block_length(sq)[kind].iloc[0])
        if math.isfinite(est):
            best = max(best, est)
    return float(min(best, max(lo, hi_share * n_min)))
