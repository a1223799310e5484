"""Universe scan: kernels against naive loops, planted leaders, null FDR, store and CLI."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose
from typer.testing import CliRunner

from leadwatch.analysis.scan import kernels as K
from leadwatch.analysis.scan.universe import merge_blocks, scan_returns
from leadwatch.errors import DataError, InfeasibleTest

TOL_F32 = 1e-5


def _universe(n: int, t: int, seed: int, plant: dict[tuple[int, int], int] | None = None):
    rng = np.random.default_rng(seed)
    x = rng.standard_t(5, (t, n)) * 0.01
    for (lead, foll), k in (plant or {}).items():
        x[k:, foll] = 0.6 * x[k:, foll] + 0.8 * x[:-k, lead]
    return pd.DataFrame(x, columns=[f"s{i:02d}" for i in range(n)])


def test_lagged_ccf_equals_loop() -> None:
    rng = np.random.default_rng(0)
    z = K.standardise(rng.standard_normal((6, 400)))
    lags = np.array([1, 2, 5, 9])
    got = K.lagged_ccf(z[:3], z, lags, chunk=2)
    ref = [[[z[i, : 400 - k] @ z[j, k:] / 400 for k in lags] for j in range(6)] for i in range(3)]
    assert_allclose(got, np.array(ref), atol=TOL_F32)


def test_circular_ccf_holds_every_shift() -> None:
    rng = np.random.default_rng(1)
    z = K.standardise(rng.standard_normal((2, 256)))
    spec = np.fft.rfft(z, axis=1).astype(np.complex64)
    got = K.circular_ccf(spec[:1], spec[1:], 256)[0]
    ref = [z[0] @ np.roll(z[1], -m) / 256 for m in range(256)]
    assert_allclose(got, ref, atol=TOL_F32)


def test_window_max_equals_loop() -> None:
    a = np.random.default_rng(2).standard_normal((3, 50))
    for w in (1, 2, 3, 7, 8, 13):
        ref = np.array([[row[i : i + w].max() for i in range(50 - w + 1)] for row in a])
        assert_allclose(K.window_max(a, w), ref)


def test_bh_matches_textbook() -> None:
    p = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205])
    reject, q = K.bh_reject(p, 8, 0.05)
    assert reject.tolist() == [True, True, False, False, False, False, False, False]
    assert_allclose(q[:2], [0.008, 0.032])


def test_planted_leaders_found_at_their_lags() -> None:
    frame = _universe(12, 1500, 3, {(0, 11): 7, (4, 11): 23})
    res = scan_returns(frame, follower="s11", lags=range(1, 41))
    top = res.to_frame().head(2).set_index("leader")
    assert set(top.index) == {"s00", "s04"}
    assert top.loc["s00", "lag"] == 7 and top.loc["s04", "lag"] == 23
    assert top["significant"].all()
    assert set(res.discoveries["leader"]) == {"s00", "s04"}
    assert (top["r_lo"] < top["r"]).all() and (top["r"] < top["r_hi"]).all()


def test_all_pairs_matrix_finds_planted_direction() -> None:
    frame = _universe(8, 1200, 4, {(2, 5): 3})
    res = scan_returns(frame, lags=range(1, 21), block_size=3)
    mat = res.matrix("significant")
    assert mat.shape == (8, 8) and mat.isna().to_numpy().diagonal().all()
    assert bool(mat.loc["s02", "s05"]) and not bool(mat.loc["s05", "s02"])
    assert res.matrix("lag").loc["s02", "s05"] == 3
    assert len(res.pairs) == 8 * 7


def test_blocks_do_not_change_results() -> None:
    frame = _universe(9, 800, 5, {(1, 2): 4})
    a = scan_returns(frame, lags=range(1, 16), block_size=2)
    b = scan_returns(frame, lags=range(1, 16), block_size=9)
    # Different blocks are different GEMM shapes: OpenBLAS picks other kernels (its small-matrix
    # path) whose float32 sums can differ in the last bit, so only the same blocks are
    # bit-identical (the local thread pool and Dask, see test_same_blocks_are_bit_identical...).
    pd.testing.assert_frame_equal(a.pairs, b.pairs, check_exact=False, rtol=1e-4, atol=1e-6)
    assert a.discoveries[["leader", "follower", "lag"]].equals(
        b.discoveries[["leader", "follower", "lag"]]
    )
    assert a.scan_id == b.scan_id


def test_same_blocks_are_bit_identical_in_any_thread_layout() -> None:
    from threadpoolctl import threadpool_info

    from leadwatch.analysis.scan.universe import local_blocks, plan_scan

    frame = _universe(9, 800, 5, {(1, 2): 4})
    plan = plan_scan(frame, lags=range(1, 16), block_size=2)
    before = [i["num_threads"] for i in threadpool_info()]
    serial = merge_blocks(plan, local_blocks(plan, frame, range(plan.n_blocks), threads=1))
    pooled = merge_blocks(plan, local_blocks(plan, frame, range(plan.n_blocks), threads=2))
    pd.testing.assert_frame_equal(serial.pairs, pooled.pairs, check_exact=True)
    pd.testing.assert_frame_equal(serial.discoveries, pooled.discoveries, check_exact=True)
    assert [i["num_threads"] for i in threadpool_info()] == before  # BLAS limit restored


@pytest.mark.slow
def test_null_universes_control_false_discoveries() -> None:
    # FDR under the complete null = P(any discovery); across 30 null universes <= alpha + noise.
    any_disc, pvals = 0, []
    for seed in range(30):
        res = scan_returns(_universe(10, 700, 100 + seed), follower="s09", lags=range(1, 31))
        any_disc += len(res.discoveries) > 0
        pvals.append(res.pairs["pvalue"].to_numpy())
    assert any_disc <= 5  # expected 1.5 at alpha = 0.05; P(X > 5) < 0.005 under Binomial(30, .05)
    frac = float((np.concatenate(pvals) < 0.1).mean())
    assert 0.03 < frac < 0.18  # max-over-lags p-values are near uniform under the null


def test_drawn_shifts_are_seeded() -> None:
    frame = _universe(5, 700, 6)
    a = scan_returns(frame, follower="s04", lags=range(1, 11), n_boot=50, seed=1)
    b = scan_returns(frame, follower="s04", lags=range(1, 11), n_boot=50, seed=1)
    assert a.n_null == 50 * 4
    pd.testing.assert_frame_equal(a.pairs, b.pairs)


def test_bad_arguments_name_the_fix() -> None:
    frame = _universe(4, 300, 7)
    with pytest.raises(DataError, match="follower"):
        scan_returns(frame, follower="nope", lags=range(1, 11))
    with pytest.raises(InfeasibleTest, match="fewer lags"):
        scan_returns(frame, lags=range(1, 121))
    with pytest.raises(DataError, match="lags"):
        scan_returns(frame, lags=[0, 1])


def test_api_saves_to_store_and_cli_reads_universe(tmp_path: Path) -> None:
    import leadwatch
    from leadwatch.cli import app
    from leadwatch.store import Store

    frame = _universe(5, 700, 8, {(0, 4): 2})
    prices = np.exp(frame.cumsum())
    prices.index = pd.bdate_range("2020-01-01", periods=len(prices))
    store = tmp_path / "s.duckdb"
    res = leadwatch.scan(prices, follower="s04", lags=range(1, 11), store=store, save=True)
    with Store(store, read_only=True) as opened:
        saved = opened.scan_pairs(res.scan_id)
        assert opened.scans()["scan_id"].tolist() == [res.scan_id]
    assert saved.iloc[0]["leader"] == "s00" and len(saved) == 4
    folder = tmp_path / "universe"
    folder.mkdir()
    for col in prices:
        pd.DataFrame({"date": prices.index.date, "value": prices[col]}).to_csv(
            folder / f"{col}.csv", index=False
        )
    runner = CliRunner()
    args = ["--store", str(store), "scan", "--universe", str(folder), "--follower", "s04"]
    done = runner.invoke(app, [*args, "--lags", "1..10", "--json"])
    assert done.exit_code == 0, done.output
    payload = json.loads(done.stdout)
    assert payload["scan_id"] == res.scan_id and payload["top"][0]["leader"] == "s00"
    bad = runner.invoke(app, ["--store", str(store), "scan", "--universe", str(folder), "--json"])
    assert bad.exit_code == 2 and json.loads(bad.stdout)["error"] == "DataError"


def test_cli_lists_and_shows_saved_scans(tmp_path: Path) -> None:
    import leadwatch
    from leadwatch.cli import app
    from leadwatch.store import Store

    store = tmp_path / "s.duckdb"
    with Store(store):
        pass
    runner = CliRunner()
    empty = runner.invoke(app, ["--store", str(store), "scan", "list", "--json"])
    assert empty.exit_code == 0 and json.loads(empty.stdout) == []
    prices = np.exp(_universe(5, 700, 8, {(0, 4): 2}).cumsum())
    res = leadwatch.scan(prices, follower="s04", lags=range(1, 11), store=store, save=True)
    listed = runner.invoke(app, ["--store", str(store), "scan", "list", "--json"])
    assert listed.exit_code == 0, listed.output
    (row,) = json.loads(listed.stdout)
    assert row["scan_id"] == res.scan_id and row["follower"] == "s04" and row["lags"] == [1, 10]
    table = runner.invoke(app, ["--store", str(store), "scan", "list"])
    assert table.exit_code == 0 and res.scan_id in table.stdout
    shown = runner.invoke(app, ["--store", str(store), "scan", "show", res.scan_id, "--json"])
    assert shown.exit_code == 0, shown.output
    payload = json.loads(shown.stdout)
    assert payload["scan_id"] == res.scan_id and payload["pairs"][0]["leader"] == "s00"
    text = runner.invoke(app, ["--store", str(store), "scan", "show", res.scan_id])
    assert text.exit_code == 0 and "s00" in text.stdout and f"Scan {res.scan_id}" in text.stdout
    missing = runner.invoke(app, ["--store", str(store), "scan", "show", "nope", "--json"])
    assert missing.exit_code != 0 and json.loads(missing.stdout)["error"] == "DataError"
    no_universe = runner.invoke(app, ["--store", str(store), "scan", "--json"])
    assert no_universe.exit_code == 2 and json.loads(no_universe.stdout)["error"] == "DataError"
