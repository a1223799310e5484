"""The scan on a dask.distributed LocalCluster: bit-identical results, survives a killed worker."""

from __future__ import annotations

import functools
import os
import signal
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("distributed")

import cloudpickle

from leadwatch.analysis.scan.kernels import BlockScan
from leadwatch.analysis.scan.universe import ScanPlan, scan_returns
from leadwatch.distributed import dask_scan, run_parquet_block

# distributed may warn about closing comms and process teardown when a worker is killed.
pytestmark = [
    pytest.mark.filterwarnings("ignore:.*[Cc]los.*:ResourceWarning"),
    pytest.mark.filterwarnings("ignore:.*unclosed.*:ResourceWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:distributed.*"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:tornado.*"),
]


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Bit-identical: both runners scan the same blocks on one BLAS thread each."""
    pd.testing.assert_frame_equal(a, b, check_exact=True)
    for col in a.columns:
        if a[col].dtype.kind == "f":
            assert np.array_equal(a[col].to_numpy(), b[col].to_numpy()), col


def _frame(n: int, t: int) -> pd.DataFrame:
    rng = np.random.default_rng(11)
    x = rng.standard_normal((t, n))
    x[4:, 1] = 0.5 * x[4:, 1] + 0.8 * x[:-4, 0]
    return pd.DataFrame(x, columns=[f"s{i:02d}" for i in range(n)])


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):  # fmt: skip
        yield c


def test_dask_equals_single_process(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    frame = _frame(14, 900)
    local = scan_returns(frame, lags=range(1, 21), block_size=3)
    remote = dask_scan(
        frame, lags=range(1, 21), block_size=3, client=client, parquet=tmp_path / "r.parquet"
    )
    _same(local.pairs, remote.pairs)
    _same(local.discoveries, remote.discoveries)
    assert remote.scan_id == local.scan_id and remote.n_null == local.n_null


def _hang_on(victim: int, marker: str, path: str, plan: ScanPlan, block: int) -> BlockScan:
    """Task wrapper: on the victim worker, say so and wait to be killed; elsewhere run the block."""
    if os.getpid() == victim:
        Path(marker).write_text(str(block))
        time.sleep(300)  # the test SIGKILLs this process while the task is in flight
    return run_parquet_block(path, plan, block)


def test_killed_worker_loses_and_duplicates_nothing(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    frame = _frame(40, 1500)
    kwargs = {"lags": range(1, 61), "block_size": 1}
    local = scan_returns(frame, **kwargs)
    victim = next(iter(client.run(os.getpid).values()))
    marker = tmp_path / "started"
    killed: list[str] = []

    def kill_when_started() -> None:
        deadline = time.monotonic() + 120
        while not marker.exists():
            if time.monotonic() > deadline:
                return
            time.sleep(0.01)
        killed.append(marker.read_text())  # a block is in flight on the victim
        os.kill(victim, signal.SIGKILL)

    killer = threading.Thread(target=kill_when_started)
    killer.start()
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        task = functools.partial(_hang_on, victim, str(marker))
        remote = dask_scan(
            frame, client=client, parquet=tmp_path / "k.parquet", task=task, **kwargs
        )
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
        killer.join()
    assert killed  # the worker died with a block in flight (the nanny restarts it)
    assert victim not in client.run(os.getpid).values()
    assert len(remote.pairs) == 40 * 39
    assert not remote.pairs.duplicated(["leader", "follower"]).any()
    _same(local.pairs, remote.pairs)
    _same(local.discoveries, remote.discoveries)


def test_dask_leaves_out_the_same_short_series(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    frame = _frame(6, 700)
    frame["new"] = np.nan
    frame.loc[670:, "new"] = np.random.default_rng(3).standard_normal(30)
    local = scan_returns(frame, lags=range(1, 11), block_size=2)
    remote = dask_scan(
        frame, lags=range(1, 11), block_size=2, client=client, parquet=tmp_path / "s.parquet"
    )
    assert local.skipped == remote.skipped and [n for n, _ in local.skipped] == ["new"]
    _same(local.pairs, remote.pairs)
    assert "new" not in set(remote.pairs["leader"]) | set(remote.pairs["follower"])
