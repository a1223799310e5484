"""The scan on a real dask.distributed LocalCluster: identical results, survives a killed worker."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("distributed")

from leadwatch.analysis.scan import scan_returns
from leadwatch.distributed import dask_scan

# distributed may warn about closing comms and process teardown when a worker is killed.
pytestmark = [
    pytest.mark.filterwarnings("ignore:.*[Cc]los.*:ResourceWarning"),
    pytest.mark.filterwarnings("ignore:.*unclosed.*:ResourceWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:distributed.*"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:tornado.*"),
]


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    """Keys, lags and decisions exactly equal; floats to float32 rounding.

    Workers run one BLAS thread, this process two: float32 GEMM sums can differ in
    the last bit, which can move a statistic across one histogram bin (p +- 1e-3).
    """
    exact = [c for c in ("leader", "follower", "lag", "significant", "n_sig_lags") if c in a]
    pd.testing.assert_frame_equal(a[exact], b[exact], check_exact=True)
    floats = [c for c in a.columns if c not in exact and c not in ("pvalue", "qvalue")]
    pd.testing.assert_frame_equal(a[floats], b[floats], check_exact=False, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(a["pvalue"], b["pvalue"], atol=1e-3)


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


def test_killed_worker_loses_and_duplicates_nothing(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    frame = _frame(40, 1500)
    kwargs = {"lags": range(1, 61), "block_size": 1}
    local = scan_returns(frame, **kwargs)
    pids = list(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_later() -> None:
        time.sleep(0.8)
        os.kill(pids[0], signal.SIGKILL)
        killed.append(pids[0])

    import threading

    killer = threading.Thread(target=kill_later)
    killer.start()
    remote = dask_scan(frame, client=client, parquet=tmp_path / "k.parquet", **kwargs)
    killer.join()
    assert killed  # the worker really died mid-scan (the nanny restarts it)
    assert len(remote.pairs) == 40 * 39
    assert not remote.pairs.duplicated(["leader", "follower"]).any()
    _same(local.pairs, remote.pairs)
