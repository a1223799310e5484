"""Universe scan: which series lead which, at which lag, with a max-over-lags null and BH.

For every ordered pair (leader, follower) of a universe, or every leader
against one follower, the lead-lag profile ``r(k)`` over the lags, the
studentised statistic ``u(k) = |r(k)| / sigma`` and its max-over-lags p-value
from a circular-shift null pooled over all pairs (see
:mod:`leadwatch.analysis.scan.kernels`); Benjamini-Hochberg then controls the
false discovery rate across all leaders x followers x lags. Sign convention:
k > 0 means the leader's move at t is followed by the follower's move at t+k.

Memory is bounded by blocks of leaders: a block of ``b`` leaders against
``n`` followers holds ``(b, n, L)`` float32 profiles (twice) and one FFT chunk
of ``2048 x T`` floats; across blocks only ``(N_leaders, n)`` pair summaries,
a 40,000-bin histogram and the candidate pair-lags with ``u >= u_keep``
(about 0.6% of pair-lags at L = 120 under the null) are kept. Missing
returns count as no news (0) after standardising each series once.

Examples
--------
>>> import numpy as np, pandas as pd
>>> rng = np.random.default_rng(1)
>>> x = rng.standard_normal((1200, 4))
>>> x[5:, 3] = 0.2 * x[5:, 3] + 0.98 * x[:-5, 0]     # series a leads d by 5
>>> res = scan_returns(pd.DataFrame(x, columns=list("abcd")), follower="d", lags=range(1, 21))
>>> row = res.to_frame().iloc[0]
>>> row["leader"], int(row["lag"]), bool(row["significant"])
('a', 5, True)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from scipy import stats

from leadwatch.analysis.scan.kernels import (
    BlockScan,
    bh_reject,
    null_positions,
    pvalues,
    scan_block,
    standardise,
    tail_counts,
)
from leadwatch.analysis.scan.screen import screen_series
from leadwatch.analysis.scan.spec import ScanOptions, ScanSpec
from leadwatch.analysis.validation import SIGN_CONVENTION, as_lags, check_alpha, check_int
from leadwatch.errors import DataError, InfeasibleTest
from leadwatch.results import Result, frame_records, jsonable

if TYPE_CHECKING:
    from typing import Unpack

__all__ = ["ScanPlan", "ScanResult", "merge_blocks", "plan_scan", "scan_returns"]

BlockFn = Callable[["ScanPlan", int], BlockScan]
Mapper = Callable[["ScanPlan", Sequence[int]], list[BlockScan]]

#: Blocks run at once by the local runner (each on one BLAS thread).
LOCAL_THREADS = 2

_BLAS_LOCK = threading.Lock()
_BLAS_USERS = 0
_BLAS_LIMIT: Any = None


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Limit BLAS to one thread while any caller in this process is inside (re-entrant).

    threadpoolctl's limit is process-wide, so concurrent blocks share one limit:
    the first to enter sets it, the last to leave restores the previous count.
    One thread per block makes a block's float32 GEMM sums independent of the
    machine's thread count, so every runner gives bit-identical results.
    """
    global _BLAS_USERS, _BLAS_LIMIT
    with _BLAS_LOCK:
        if _BLAS_USERS == 0:
            from threadpoolctl import threadpool_limits

            _BLAS_LIMIT = threadpool_limits(limits=1, user_api="blas")
        _BLAS_USERS += 1
    try:
        yield
    finally:
        with _BLAS_LOCK:
            _BLAS_USERS -= 1
            if _BLAS_USERS == 0:
                _BLAS_LIMIT.restore_original_limits()
                _BLAS_LIMIT = None


@dataclass(frozen=True, slots=True)
class ScanPlan:
    """A validated scan: names, which are leaders/followers, lags, null shifts, blocks."""

    names: tuple[str, ...]
    leaders: np.ndarray
    followers: np.ndarray
    lags: np.ndarray
    positions: np.ndarray
    block_size: int
    u_keep: float
    alpha: float
    nobs: int
    digest: str
    skipped: tuple[tuple[str, str], ...] = ()

    @property
    def n_blocks(self) -> int:
        return math.ceil(len(self.leaders) / self.block_size)

    def block_leaders(self, block: int) -> np.ndarray:
        return self.leaders[block * self.block_size : (block + 1) * self.block_size]

    def run_block(self, z: np.ndarray, block: int) -> BlockScan:
        """Scan one block given the standardised rows ``z`` of every series (names order).

        BLAS runs one thread (:func:`one_blas_thread`), so a block's output does
        not depend on where it runs: this process, a thread pool or a Dask worker.
        """
        lead = self.block_leaders(block)
        with one_blas_thread():
            return scan_block(
                block, z[lead], z[self.followers], lead, self.followers, self.lags,
                self.positions, self.u_keep,
            )  # fmt: skip


def _u_keep(n_lags: int) -> float:
    """Studentised level whose Sidak max-over-lags p is 0.5: far below any rejection."""
    q = 1.0 - 0.5 ** (1.0 / n_lags)
    return float(stats.norm.isf(q / 2.0))


def plan_scan(
    returns: pd.DataFrame, spec: ScanSpec | None = None, **fields: Unpack[ScanOptions]
) -> ScanPlan:
    """Validate a scan of the return columns of ``returns`` (rows = time) and fix its blocks."""
    spec = ScanSpec.of(spec, **fields)
    follower, n_boot, seed = spec.follower, spec.n_boot, spec.seed
    if not isinstance(returns, pd.DataFrame):
        raise DataError("returns is not a DataFrame", fix="pass one column of returns per series")
    names = tuple(str(c) for c in returns.columns)
    if len(set(names)) != len(names):
        raise DataError("returns has duplicate column names", fix="name every series once")
    lag_arr = as_lags(spec.lags)
    alpha = check_alpha(spec.alpha)
    block_size = check_int(spec.block_size, "block_size", 1)
    t = len(returns)
    if t - 3 * int(lag_arr.max()) - 1 < 20:
        raise InfeasibleTest(
            f"{t} rows leave too few circular shifts for lags up to {int(lag_arr.max())}",
            fix="use fewer lags (T must exceed 3 x max lag + 20) or a longer sample",
        )
    if n_boot is not None:
        n_boot = check_int(n_boot, "n_boot", 1)
    values = returns.to_numpy(dtype=np.float64)
    if np.isinf(values).any():
        raise DataError("returns has infinite values", fix="replace them with NaN")
    if follower is not None and follower not in names:
        raise DataError(
            f"follower={follower!r} is not a column", fix=f"pick one of {list(names)[:10]}"
        )
    keep, skipped = screen_series(values, names, follower, int(lag_arr.max()))
    names, values = tuple(names[i] for i in keep), values[:, keep]
    if follower is None:
        if len(names) < 2:
            raise DataError(
                f"the universe has {len(names)} series fit to scan"
                + "".join(f"; {n} left out: {why}" for n, why in skipped[:5]),
                fix="pass at least two series with enough returns, or search fewer lags",
            )
        leaders = followers = np.arange(len(names), dtype=np.int64)
    else:
        j = names.index(follower)
        followers = np.array([j], dtype=np.int64)
        leaders = np.array([i for i in range(len(names)) if i != j], dtype=np.int64)
        if len(leaders) == 0:
            raise DataError(
                "no candidate leaders besides the follower"
                + "".join(f"; {n} left out: {why}" for n, why in skipped[:5]),
                fix="add series with enough returns, or search fewer lags",
            )
    positions = null_positions(t, int(lag_arr.max()), n_boot, seed)
    digest = hashlib.sha256()
    digest.update(np.ascontiguousarray(values).tobytes())
    params: list[Any] = [names, follower, lag_arr.tolist(), n_boot, alpha, seed]
    params += [skipped] if skipped else []  # ids of scans with every series kept stay as they were
    digest.update(json.dumps(params).encode())
    return ScanPlan(
        names=names, leaders=leaders, followers=followers, lags=lag_arr, positions=positions,
        block_size=block_size, u_keep=_u_keep(len(lag_arr)), alpha=alpha, nobs=t,
        digest=digest.hexdigest()[:16], skipped=skipped,
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ScanResult(Result):
    """Outcome of a universe scan: pair summaries, BH discoveries at pair-lag level.

    ``pairs`` has one row per ordered pair: ``leader``, ``follower``, ``lag``
    (best lag), ``r`` (lagged correlation there), ``r_lo``/``r_hi`` (``r +- z
    sigma``, the null-scale 95% interval), ``u``, ``pvalue`` (max-over-lags,
    pooled circular-shift null), ``qvalue`` (BH at the best lag),
    ``n_sig_lags`` and ``significant`` (any lag rejected by BH at ``alpha``).
    ``discoveries`` lists every rejected (leader, follower, lag).
    """

    scan_id: str
    names: tuple[str, ...]
    follower: str | None
    lags: tuple[int, ...]
    nobs: int
    n_null: int
    n_tests: int
    alpha: float
    pairs: pd.DataFrame = field(repr=False)
    discoveries: pd.DataFrame = field(repr=False)
    skipped: tuple[tuple[str, str], ...] = ()
    method: str = "circular-shift null, max over lags, pooled studentised; BH over pair-lags"
    null_hypothesis: str = "no leader leads its follower at any searched lag (each pair)"

    @property
    def mode(self) -> str:
        return "all-pairs" if self.follower is None else "follower"

    def matrix(self, value: str = "r") -> pd.DataFrame:
        """N x N leader (rows) x follower (columns) matrix of a ``pairs`` column."""
        return self.pairs.pivot(index="leader", columns="follower", values=value).reindex(
            index=list(self.names), columns=[n for n in self.names if n in set(self.pairs.follower)]
        )

    def to_frame(self) -> pd.DataFrame:
        """Pairs sorted by p-value then by ``u`` (strongest first)."""
        return self.pairs.sort_values(["pvalue", "u"], ascending=[True, False], kind="stable")

    def to_dict(self) -> dict[str, Any]:
        top = self.to_frame().head(50)
        return {
            "scan_id": self.scan_id, "mode": self.mode, "follower": self.follower,
            "n_series": len(self.names), "lags": [min(self.lags), max(self.lags)],
            "nobs": self.nobs, "n_null": self.n_null, "n_tests": self.n_tests,
            "alpha": self.alpha, "method": self.method, "sign_convention": SIGN_CONVENTION,
            "n_significant_pairs": int(self.pairs["significant"].sum()),
            "n_discoveries": len(self.discoveries),
            "skipped": [{"series": n, "reason": why} for n, why in self.skipped],
            "top": frame_records(top),
        }  # fmt: skip

    def summary(self) -> str:
        top = self.to_frame().head(10)
        head = (
            f"Universe scan {self.scan_id} ({self.mode}"
            + (f", follower {self.follower}" if self.follower else "")
            + f"): {len(self.names)} series, {self.nobs} returns, lags "
            f"{min(self.lags)}..{max(self.lags)}, {self.n_tests:,} pair-lags, "
            f"{self.n_null:,} pooled null maxima\n{self.method}; {SIGN_CONVENTION}\n"
            f"{int(self.pairs['significant'].sum())} pairs significant "
            f"({len(self.discoveries)} pair-lags) at FDR {self.alpha}\n"
            + "".join(f"left out: {n} ({why})\n" for n, why in self.skipped)
        )
        cols = ["leader", "follower", "lag", "r", "r_lo", "r_hi", "pvalue", "qvalue"]
        return head + top[cols].to_string(index=False, float_format=lambda v: f"{v:.4g}")

    def heading(self) -> str:
        return f"Universe scan {self.scan_id}"

    def jsonable(self) -> dict[str, Any]:
        return {str(k): jsonable(v) for k, v in self.to_dict().items()}


def merge_blocks(plan: ScanPlan, blocks: Iterable[BlockScan]) -> ScanResult:
    """Combine block outputs (any order, each block once) into p-values, BH and a result."""
    by_block = {b.block: b for b in blocks}
    if sorted(by_block) != list(range(plan.n_blocks)):
        raise InfeasibleTest(
            f"scan got blocks {sorted(by_block)} of {plan.n_blocks}",
            fix="re-run the scan; a worker lost results",
        )
    ordered = [by_block[i] for i in range(plan.n_blocks)]
    hist = np.sum([b.hist for b in ordered], axis=0)
    n_null = int(sum(b.n_null for b in ordered))
    n_tests = int(sum(b.n_tests for b in ordered))
    tail = tail_counts(hist)
    if float(pvalues([plan.u_keep], tail, n_null)[0]) <= plan.alpha:
        raise InfeasibleTest(
            f"the pooled null is too light-tailed for the candidate cut u={plan.u_keep:.2f}",
            fix="use more lags or a larger alpha",
        )
    names = np.asarray(plan.names, dtype=object)
    cand = pd.DataFrame(
        {
            "leader": names[np.concatenate([b.cand_leader for b in ordered])],
            "follower": names[np.concatenate([b.cand_follower for b in ordered])],
            "lag": np.concatenate([b.cand_lag for b in ordered]),
            "u": np.concatenate([b.cand_u for b in ordered]).astype(np.float64),
        }
    )
    cand["pvalue"] = pvalues(cand["u"].to_numpy(), tail, n_null)
    reject, q = bh_reject(cand["pvalue"].to_numpy(), n_tests, plan.alpha)
    cand["qvalue"] = q
    disc = cand.loc[reject].sort_values(["pvalue", "u"], ascending=[True, False], kind="stable")
    z = float(stats.norm.isf(0.025))
    rows = []
    for b in ordered:
        lead = np.repeat(b.leaders, len(plan.followers))
        foll = np.tile(plan.followers, len(b.leaders))
        r = b.best_r.ravel().astype(np.float64)
        sig = b.sigma.ravel().astype(np.float64)
        rows.append(
            pd.DataFrame(
                {
                    "leader": names[lead],
                    "follower": names[foll],
                    "lag": b.best_lag.ravel(),
                    "r": r,
                    "r_lo": r - z * sig,
                    "r_hi": r + z * sig,
                    "u": b.best_u.ravel().astype(np.float64),
                }
            )
        )
    pairs = pd.concat(rows, ignore_index=True)
    pairs = pairs.loc[pairs["leader"] != pairs["follower"]].reset_index(drop=True)
    pairs["pvalue"] = pvalues(pairs["u"].to_numpy(), tail, n_null)
    key = ["leader", "follower", "lag"]
    pairs = pairs.merge(cand[[*key, "qvalue"]], on=key, how="left")
    pairs["qvalue"] = pairs["qvalue"].fillna(1.0)
    n_sig = disc.groupby(["leader", "follower"]).size().rename("n_sig_lags").reset_index()
    pairs = pairs.merge(n_sig, on=["leader", "follower"], how="left")
    pairs["n_sig_lags"] = pairs["n_sig_lags"].fillna(0).astype(np.int64)
    pairs["significant"] = pairs["n_sig_lags"] > 0
    follower = None if len(plan.followers) > 1 else plan.names[int(plan.followers[0])]
    return ScanResult(
        scan_id=plan.digest, names=plan.names, follower=follower,
        lags=tuple(int(k) for k in plan.lags), nobs=plan.nobs, n_null=n_null,
        n_tests=n_tests, alpha=plan.alpha, pairs=pairs, discoveries=disc.reset_index(drop=True),
        skipped=plan.skipped,
    )  # fmt: skip


def local_blocks(
    plan: ScanPlan, returns: pd.DataFrame, blocks: Sequence[int], *, threads: int = LOCAL_THREADS
) -> list[BlockScan]:
    """Run blocks in this process, ``threads`` at a time, each exactly as a Dask task does.

    Every block runs :meth:`ScanPlan.run_block` on one BLAS thread; running
    blocks concurrently keeps the cores busy (the GEMMs release the GIL).
    """
    named = returns.set_axis([str(c) for c in returns.columns], axis=1)  # as the plan names them
    z = standardise(named[list(plan.names)].to_numpy(dtype=np.float64).T)
    threads = check_int(threads, "threads", 1)
    with one_blas_thread():
        if threads == 1 or len(blocks) <= 1:
            return [plan.run_block(z, i) for i in blocks]
        with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="leadwatch-scan") as pool:
            return list(pool.map(lambda i: plan.run_block(z, i), blocks))


def scan_returns(
    returns: pd.DataFrame, spec: ScanSpec | None = None, **fields: Unpack[ScanOptions]
) -> ScanResult:
    """Scan every leader against the follower (or all ordered pairs) on ``returns``.

    Parameters
    ----------
    returns
        One column of returns per series on a common time index (NaN = missing).
    spec, **fields
        The scan's settings (:class:`~leadwatch.analysis.scan.spec.ScanSpec`:
        ``follower``, ``lags``, ``n_boot``, ``alpha``, ``seed``, ``block_size``);
        keywords override the spec's fields.

    Returns
    -------
    ScanResult
    """
    plan = plan_scan(returns, spec, **fields)
    return merge_blocks(plan, local_blocks(plan, returns, range(plan.n_blocks)))
