"""Tests of leadwatch.analysis.correlation.rolling_correlation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose

from leadwatch.analysis.correlation import pair_name, rolling_correlation
from leadwatch.errors import DataError

#: Agreement with a direct numpy computation on the same window (pure rounding).
EXACT = 1e-12
#: Agreement with pandas' one-pass rolling corr (it subtracts products of means).
PANDAS = 1e-9


def _planted(n: int, rho: float, seed: int) -> pd.DataFrame:
    """Two Gaussian return series whose true correlation is ``rho``."""
    rng = np.random.default_rng(seed)
    z = rng.standard_normal((n, 2))
    x = z[:, 0]
    y = rho * z[:, 0] + np.sqrt(1.0 - rho**2) * z[:, 1]
    index = pd.date_range("2000-01-07", periods=n, freq="W-FRI")
    return pd.DataFrame({"silver": 0.03 * x, "btc": 0.10 * y}, index=index)


def _returns(n: int = 300, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    common = rng.standard_normal(n)
    index = pd.date_range("2015-01-02", periods=n, freq="W-FRI")
    return pd.DataFrame(
        {
            "silver": 0.02 * (common + rng.standard_normal(n)),
            "gold": 0.01 * (common + 2 * rng.standard_normal(n)),
            "btc": 0.08 * (0.3 * common + rng.standard_normal(n)),
        },
        index=index,
    )


PAIRS = [("silver", "btc"), ("gold", "btc"), ("silver", "gold")]


def test_matches_numpy_corrcoef_on_every_full_window() -> None:
    returns = _returns()
    window = 13
    corr = rolling_correlation(returns, PAIRS, window=window)
    assert list(corr.columns) == ["silver~btc", "gold~btc", "silver~gold"]
    assert corr.index.equals(returns.index)
    assert corr.iloc[: window - 1].isna().all().all()
    for first, second in PAIRS:
        expected = [
            np.corrcoef(
                returns[first].iloc[end - window : end], returns[second].iloc[end - window : end]
            )[0, 1]
            for end in range(window, len(returns) + 1)
        ]
        got = corr[pair_name(first, second)].iloc[window - 1 :].to_numpy()
        assert_allclose(got, expected, rtol=0, atol=EXACT)


@pytest.mark.parametrize(("rho", "seed"), [(0.6, 11), (0.0, 12)])
def test_recovers_planted_correlation(rho: float, seed: int) -> None:
    n, window = 5200, 52
    returns = _planted(n, rho, seed)
    corr = rolling_correlation(returns, [("silver", "btc")], window=window)["silver~btc"]
    # One window over the whole sample: standard error of r is (1 - rho^2) / sqrt(n).
    whole = rolling_correlation(returns, [("silver", "btc")], window=n)["silver~btc"].iloc[-1]
    assert abs(whole - rho) < 4 * (1 - rho**2) / np.sqrt(n)
    # The average 52-week correlation is centred on rho (its small-sample bias is
    # about -rho(1 - rho^2) / (2 window) ~ -0.002 here).
    assert abs(corr.mean() - rho) < 0.02
    # And individual windows scatter as the sampling theory says they should.
    assert 0.5 * (1 - rho**2) / np.sqrt(window) < corr.std() < 1.5 * (1 - rho**2) / np.sqrt(window)


def test_nan_is_missing_not_zero_pairwise() -> None:
    returns = _returns(120, seed=3)
    returns.loc[returns.index[[5, 6, 40, 41, 42, 90]], "silver"] = np.nan
    returns.loc[returns.index[[6, 7, 60, 100]], "btc"] = np.nan
    returns.loc[returns.index[::3], "gold"] = np.nan  # must not touch silver~btc
    window, min_periods = 13, 10
    corr = rolling_correlation(returns, PAIRS, window=window, min_periods=min_periods)
    x = returns["silver"].to_numpy()
    y = returns["btc"].to_numpy()
    for end in range(1, len(returns) + 1):
        xs, ys = x[max(0, end - window) : end], y[max(0, end - window) : end]
        both = ~np.isnan(xs) & ~np.isnan(ys)
        got = corr["silver~btc"].iloc[end - 1]
        if both.sum() < min_periods:
            assert np.isnan(got), end
        else:
            assert_allclose(got, np.corrcoef(xs[both], ys[both])[0, 1], rtol=0, atol=EXACT)
    # Filling with zeros would give a different (wrong) answer.
    zero_filled = rolling_correlation(returns.fillna(0.0), PAIRS, window=window)
    assert not np.allclose(corr["silver~btc"].iloc[20:], zero_filled["silver~btc"].iloc[20:])
    # silver~btc is the same whether or not gold has holes.
    without_gold = rolling_correlation(
        returns[["silver", "btc"]], [("silver", "btc")], window=window, min_periods=min_periods
    )
    assert_allclose(corr["silver~btc"], without_gold["silver~btc"], rtol=0, atol=0)


def test_full_window_default_drops_windows_with_any_missing_pair() -> None:
    returns = _returns(60, seed=4)
    returns.iloc[30, 0] = np.nan  # silver
    corr = rolling_correlation(returns, [("silver", "btc")], window=10)["silver~btc"]
    assert corr.iloc[30:40].isna().all()
    assert corr.iloc[9:30].notna().all() and corr.iloc[40:].notna().all()


def test_agrees_with_pandas_rolling_corr_including_partial_windows() -> None:
    returns = _returns(200, seed=5)
    returns.iloc[[3, 50, 51, 120], 0] = np.nan
    for min_periods in (5, 13, None):
        ours = rolling_correlation(returns, [("silver", "btc")], 13, min_periods)["silver~btc"]
        theirs = returns["silver"].rolling(13, min_periods=min_periods).corr(returns["btc"])
        assert_allclose(ours.to_numpy(), theirs.to_numpy(), rtol=0, atol=PANDAS)


def test_constant_window_is_nan_without_warnings() -> None:
    returns = _returns(40, seed=6)
    returns.iloc[10:30, 0] = 0.1  # silver flat for 20 weeks (a stale feed)
    corr = rolling_correlation(returns, [("silver", "btc")], window=13)["silver~btc"]
    assert corr.iloc[22:30].isna().all()
    assert corr.iloc[12:22].notna().all() and corr.iloc[35:].notna().all()


def test_works_on_range_index_and_keeps_values_in_bounds() -> None:
    rng = np.random.default_rng(7)
    x = rng.standard_normal(80)
    returns = pd.DataFrame({"a": x, "b": 2 * x + 1, "c": -3 * x})
    corr = rolling_correlation(returns, [("a", "b"), ("a", "c")], window=5)
    assert_allclose(corr["a~b"].iloc[4:], 1.0, atol=EXACT)
    assert_allclose(corr["a~c"].iloc[4:], -1.0, atol=EXACT)
    assert (corr.iloc[4:].abs() <= 1.0).all().all()


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"pairs": [("silver", "bitcoin")]}, r"pairs: unknown column 'bitcoin'.*silver, gold, btc"),
        ({"window": 2}, r"window=2 is too small.*window >= 3"),
        ({"window": 13.0}, r"window must be an integer"),
        ({"window": 13, "min_periods": 14}, r"min_periods=14 is larger than window=13"),
        ({"window": 13, "min_periods": 2}, r"min_periods=2 is too small"),
        ({"pairs": []}, r"pairs must be a non-empty sequence"),
        ({"pairs": ["silver"]}, r"is not a \(first, second\) pair"),
        ({"pairs": [("btc", "btc")]}, r"correlates a column with itself"),
        ({"pairs": [("btc", "gold"), ("btc", "gold")]}, r"listed twice"),
    ],
)
def test_bad_arguments_raise_data_error_naming_parameter(
    kwargs: dict[str, object], match: str
) -> None:
    args: dict[str, object] = {"pairs": PAIRS, "window": 13} | kwargs
    with pytest.raises(DataError, match=match) as info:
        rolling_correlation(_returns(30), **args)  # type: ignore[arg-type]
    assert info.value.fix


def test_bad_frames_raise_data_error() -> None:
    returns = _returns(30)
    with pytest.raises(DataError, match="sorted and unique"):
        rolling_correlation(returns.iloc[::-1], PAIRS, window=5)
    with pytest.raises(DataError, match="must be a pandas DataFrame"):
        rolling_correlation(returns["silver"], PAIRS, window=5)  # type: ignore[arg-type]
    bad = returns.assign(btc=returns["btc"].astype(str))
    with pytest.raises(DataError, match="'btc' is not numeric"):
        rolling_correlation(bad, PAIRS, window=5)
    bad = returns.copy()
    bad.iloc[3, 0] = np.inf
    with pytest.raises(DataError, match="'silver' holds an infinite value"):
        rolling_correlation(bad, PAIRS, window=5)
    dup = pd.concat([returns, returns[["btc"]]], axis=1)
    with pytest.raises(DataError, match="'btc' appears more than once"):
        rolling_correlation(dup, PAIRS, window=5)


def test_long_series_are_processed_in_chunks_consistently() -> None:
    returns = _returns(9000, seed=8)  # 9000 windows of 500 rows: several chunks
    corr = rolling_correlation(returns, [("silver", "btc")], window=500)["silver~btc"]
    theirs = returns["silver"].rolling(500).corr(returns["btc"])
    assert_allclose(corr.to_numpy(), theirs.to_numpy(), rtol=0, atol=PANDAS)
