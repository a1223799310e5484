"""The universe scan on Dask: blocks of leaders as tasks, data from Parquet.

The returns matrix is exported once to a Parquet file (one column per series,
float64) that every worker reads; workers never open the DuckDB store, so a
cluster with shared storage (local disk, NFS or an object store path that
pyarrow can read) is enough. Each block of leaders is one task
(:meth:`ScanPlan.run_block`); tasks are pure and keyed by block index, so a
task lost with a killed worker is recomputed by Dask (``retries``) and the
merge checks that every block arrived exactly once. Results equal the
single-process run bit for bit: same blocks, same kernels, one BLAS thread per
block in both runners (:func:`leadwatch.analysis.scan.universe.one_blas_thread`) and
integer histogram counts merged in block order.

If the *scheduler* dies the client's futures are lost and the call raises;
nothing partial is written to the store (it is written only after the merge),
so re-running the scan is safe. Dask is optional: ``pip install
'leadwatch[scale]'``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from leadwatch.analysis.scan.kernels import BlockScan, standardise
from leadwatch.analysis.scan.spec import ScanOptions, ScanSpec
from leadwatch.analysis.scan.universe import ScanPlan, ScanResult, merge_blocks, plan_scan
from leadwatch.errors import DataError, LeadwatchError

if TYPE_CHECKING:
    from typing import Unpack

__all__ = ["dask_scan", "export_returns", "run_parquet_block"]

_Z_CACHE: dict[str, np.ndarray] = {}

#: A task: (Parquet path, plan, block index) -> the block's scan.
BlockTask = Callable[[str, ScanPlan, int], BlockScan]


def export_returns(returns: pd.DataFrame, path: Path | str) -> Path:
    """Write the returns matrix (rows = time, one column per series) to Parquet."""
    target = Path(path)
    frame = returns.copy()
    frame.columns = [str(c) for c in frame.columns]
    frame.reset_index(drop=True).to_parquet(target, index=False)
    return target


def run_parquet_block(path: str, plan: ScanPlan, block: int) -> BlockScan:
    """Worker task: read the Parquet returns (cached per worker process) and scan one block."""
    z = _Z_CACHE.get(path)
    if z is None:
        frame = pd.read_parquet(path, columns=list(plan.names))
        z = standardise(frame.to_numpy(dtype=np.float64).T)
        _Z_CACHE.clear()
        _Z_CACHE[path] = z
    return plan.run_block(z, block)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise LeadwatchError(
            "dask.distributed is not installed", fix="pip install 'leadwatch[scale]'"
        ) from exc
    return distributed


@contextlib.contextmanager
def _client(scheduler: str | None, n_workers: int) -> Iterator[Any]:
    distributed = _import_distributed()
    if scheduler is not None:
        if not scheduler.startswith(("tcp://", "tls://", "inproc://")):
            raise DataError(f"scheduler={scheduler!r} is not an address", fix="use tcp://HOST:PORT")
        with distributed.Client(scheduler) as client:
            yield client
        return
    with (
        distributed.LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):  # fmt: skip
        yield client


def dask_scan(
    returns: pd.DataFrame,
    spec: ScanSpec | None = None,
    *,
    parquet: Path | str | None = None,
    scheduler: str | None = None,
    client: Any = None,
    n_workers: int = 2,
    retries: int = 3,
    task: BlockTask = run_parquet_block,
    **fields: Unpack[ScanOptions],
) -> ScanResult:
    """:func:`leadwatch.analysis.scan.universe.scan_returns` with each block of leaders a Dask task.

    ``spec`` and ``fields`` are the scan's settings, as there.

    ``parquet`` is where the returns are exported (default beside a temporary
    directory; with a remote ``scheduler`` pass a path the workers can read).
    ``client`` reuses a connected ``distributed.Client``; else ``scheduler``
    (``tcp://HOST:PORT``) connects to a cluster, else a LocalCluster with
    ``n_workers`` processes on 127.0.0.1 is started for the call. ``task``
    runs one block on a worker (default :func:`run_parquet_block`); a wrapper
    of it can add logging or, in tests, fault injection.
    """
    import tempfile

    plan = plan_scan(returns, spec, **fields)
    with contextlib.ExitStack() as stack:
        if parquet is None:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="leadwatch-scan-"))
            parquet = Path(tmp) / f"returns-{plan.digest}.parquet"
        path = str(export_returns(returns, parquet))
        if client is None:
            client = stack.enter_context(_client(scheduler, n_workers))
        futures = [
            client.submit(
                task,
                path,
                plan,
                i,
                key=f"scan-{plan.digest}-{i}",
                retries=retries,
                pure=False,
            )
            for i in range(plan.n_blocks)
        ]
        blocks = client.gather(futures)
        client.cancel(futures)
    return merge_blocks(plan, blocks)
