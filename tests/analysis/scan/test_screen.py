"""A universe with a nearly empty, constant or stray series: left out and named, not fatal."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.analysis.scan.screen import min_returns, screen_series
from leadwatch.analysis.scan.universe import scan_returns
from leadwatch.errors import DataError


def _universe(t: int = 900, seed: int = 4) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    x = rng.standard_t(5, (t, 5)) * 0.01
    x[3:, 4] = 0.6 * x[3:, 4] + 0.8 * x[:-3, 1]  # s01 leads s04 by 3
    return pd.DataFrame(x, columns=[f"s{i:02d}" for i in range(5)])


def test_screen_names_each_unfit_series_with_its_reason() -> None:
    frame = _universe()
    frame["empty"] = np.nan
    frame["flat"] = 0.0
    frame["short"] = np.nan
    frame.loc[:39, "short"] = np.linspace(-1, 1, 40)
    frame["apart"] = np.nan  # plenty of returns, none on the follower's days
    frame.loc[:, "s04"] = frame["s04"].where(frame.index >= 300)
    frame.loc[:299, "apart"] = np.random.default_rng(0).standard_normal(300)
    names = tuple(frame.columns)
    keep, skipped = screen_series(frame.to_numpy(), names, "s04", max_lag=20)
    assert [names[i] for i in keep] == ["s00", "s01", "s02", "s03", "s04"]
    why = dict(skipped)
    assert why["empty"] == "no returns"
    assert why["flat"] == "constant over its 900 returns"
    assert why["short"] == "40 returns; lags up to 20 need at least 80"
    assert why["apart"].startswith("0 returns on s04's days")
    # without a follower nothing is measured against one: "apart" stays
    keep_all, skipped_all = screen_series(frame.to_numpy(), names, None, max_lag=20)
    assert "apart" in [names[i] for i in keep_all] and len(skipped_all) == 3


def test_threshold_is_the_samples_own_rule() -> None:
    assert min_returns(120) == 3 * 120 + 20 and min_returns(1) == 30
    frame = _universe()
    frame["edge"] = np.nan
    frame.loc[: min_returns(20) - 1, "edge"] = np.random.default_rng(1).standard_normal(80)
    assert scan_returns(frame, follower="s04", lags=range(1, 21)).skipped == ()
    frame.loc[min_returns(20) - 1, "edge"] = np.nan
    res = scan_returns(frame, follower="s04", lags=range(1, 21))
    assert [n for n, _ in res.skipped] == ["edge"]


def test_a_junk_column_changes_nothing_for_the_others() -> None:
    frame = _universe()
    clean = scan_returns(frame, follower="s04", lags=range(1, 21))
    junk = frame.assign(tiny=np.nan)
    junk.loc[[10, 11], "tiny"] = [0.5, -0.4]  # two returns: once gave r = 0.9 and a wider null
    res = scan_returns(junk, follower="s04", lags=range(1, 21))
    pd.testing.assert_frame_equal(res.pairs, clean.pairs)
    assert res.skipped == (("tiny", "2 returns; lags up to 20 need at least 80"),)
    top = res.to_frame().iloc[0]
    assert (top["leader"], int(top["lag"]), bool(top["significant"])) == ("s01", 3, True)
    assert "left out: tiny (2 returns" in res.summary()
    assert res.to_dict()["skipped"] == [{"series": "tiny", "reason": res.skipped[0][1]}]
    assert (
        res.scan_id != clean.scan_id
        and clean.scan_id == scan_returns(frame, follower="s04", lags=range(1, 21)).scan_id
    )


def test_nothing_left_to_scan_is_a_clear_error() -> None:
    frame = _universe()
    frame["s04"] = np.nan
    frame.loc[:9, "s04"] = np.arange(10.0)
    with pytest.raises(DataError, match=r"follower 's04' cannot be scanned: 10 returns") as info:
        scan_returns(frame, follower="s04", lags=range(1, 21))
    assert "fewer lags" in (info.value.fix or "")
    pair = frame[["s00", "s04"]]
    with pytest.raises(DataError, match="1 series fit to scan; s04 left out: 10 returns"):
        scan_returns(pair, lags=range(1, 21))
    with pytest.raises(DataError, match=r"no candidate leaders.*s00 left out: constant"):
        scan_returns(frame[["s00", "s01"]].assign(s00=1.0), follower="s01", lags=range(1, 21))


def test_cli_scan_of_a_store_with_a_new_series(tmp_path: Path) -> None:
    import leadwatch
    from leadwatch.cli import app
    from leadwatch.store import Store

    prices = np.exp(_universe().cumsum())
    prices.index = pd.bdate_range("2020-01-01", periods=len(prices))
    prices["fresh"] = np.nan
    prices.iloc[-5:, -1] = [10.0, 10.5, 10.2, 10.4, 10.1]
    store = tmp_path / "s.duckdb"
    res = leadwatch.scan(prices, follower="s04", lags=range(1, 11), store=store, save=True)
    assert [n for n, _ in res.skipped] == ["fresh"]
    runner = CliRunner()
    shown = runner.invoke(app, ["--store", str(store), "scan", "show", res.scan_id])
    assert shown.exit_code == 0, shown.output
    assert "left out: fresh (4 returns; lags up to 10 need at least 50)" in shown.stdout
    with Store(store, read_only=True) as opened:
        saved = json.loads(opened.scans().iloc[0]["params"])
    assert saved["skipped"] == [{"series": "fresh", "reason": res.skipped[0][1]}]


def test_price_frames_of_any_column_labels_and_bad_shapes() -> None:
    import leadwatch

    prices = np.exp(_universe().cumsum())
    prices.index = pd.bdate_range("2020-01-01", periods=len(prices))
    base = leadwatch.scan(prices, follower="s04", lags=range(1, 11))
    numbered = leadwatch.scan(prices.set_axis(range(5), axis=1), follower="4", lags=range(1, 11))
    assert numbered.pairs["r"].tolist() == base.pairs["r"].tolist()  # labels read as text
    with pytest.raises(DataError, match="column 's00' more than once"):
        leadwatch.scan(pd.concat([prices, prices[["s00"]]], axis=1), lags=range(1, 11))
    with pytest.raises(DataError, match="not sorted by date"):
        leadwatch.scan(prices.iloc[::-1], follower="s04", lags=range(1, 11))
