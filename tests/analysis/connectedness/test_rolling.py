"""Rolling connectedness: the batched fast path equals a statsmodels VAR refit per window."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from numpy.testing import assert_allclose
from statsmodels.tsa.api import VAR

from leadwatch.analysis.connectedness.rolling import rolling_connectedness, rolling_var
from leadwatch.analysis.connectedness.static import Method, connectedness, connectedness_from_var
from leadwatch.errors import DataError, InfeasibleTest
from tests.paths import REPO

SHARED_REFERENCE = REPO.parent / "shared" / "reference"
#: Batched normal equations vs statsmodels' least squares, in percent shares.
SAME = 1e-8


@pytest.fixture(scope="module")
def dy2012() -> pd.DataFrame:
    path = SHARED_REFERENCE / "dy2012.csv"
    if not path.is_file():
        pytest.fail(f"reference data missing at {path}: tests need ../shared/reference/")
    return pd.read_csv(path, index_col="date", parse_dates=["date"])


@pytest.mark.parametrize("method", ["generalized", "cholesky"])
def test_fast_path_equals_statsmodels_refit(dy2012: pd.DataFrame, method: Method) -> None:
    window, lags = 200, 4
    rolling = rolling_connectedness(dy2012, window=window, lags=lags, horizon=10, method=method)
    assert rolling.fevd.shape == (len(dy2012) - window + 1, 4, 4)
    for w in (0, 777, 1500, len(rolling.index) - 1):
        piece = dy2012.iloc[w : w + window]
        fitted = VAR(piece.to_numpy()).fit(lags, trend="c")
        slow = connectedness_from_var(fitted.coefs, fitted.sigma_u, horizon=10, method=method)
        assert_allclose(rolling.fevd[w], slow.fevd.to_numpy(), rtol=0, atol=SAME)
        assert rolling.index[w] == piece.index[-1]
        assert rolling.starts[w] == piece.index[0]
        same = rolling.at(piece.index[-1])
        assert same.end == piece.index[-1] and same.start == piece.index[0]
        assert same.total == pytest.approx(slow.total, abs=SAME)


def test_rolling_var_coefficients_match_statsmodels(dy2012: pd.DataFrame) -> None:
    coefs, sigma = rolling_var(dy2012.to_numpy()[:260], window=250, lags=3)
    for w in (0, 10):
        fitted = VAR(dy2012.to_numpy()[w : w + 250]).fit(3, trend="c")
        assert_allclose(coefs[w], fitted.coefs, rtol=0, atol=1e-9)
        n = 250 - 3
        assert_allclose(sigma[w], fitted.sigma_u * (n - 1 - 3 * 4) / n, rtol=1e-9)


def test_every_window_equals_the_static_function() -> None:
    rng = np.random.default_rng(3)
    frame = pd.DataFrame(rng.standard_normal((90, 3)).cumsum(axis=0) * 0.1, columns=list("xyz"))
    frame = frame.diff().dropna() + rng.standard_normal((89, 3))
    rolling = rolling_connectedness(frame, window=40, lags=2, horizon=6)
    for w in range(len(rolling.index)):
        static = connectedness(frame.iloc[w : w + 40], lags=2, horizon=6)
        assert_allclose(rolling.fevd[w], static.fevd.to_numpy(), rtol=0, atol=1e-9)


def test_series_over_time(dy2012: pd.DataFrame) -> None:
    rolling = rolling_connectedness(dy2012.iloc[:400], window=200, lags=4)
    assert rolling.total.index.equals(dy2012.index[199:400])
    assert_allclose(rolling.net.sum(axis=1), 0.0, atol=1e-9)
    assert_allclose(rolling.total, rolling.from_others.mean(axis=1), atol=1e-12)
    pair = rolling.pairwise_net("SP500", "USDX")
    assert pair.name == "SP500->USDX"
    assert_allclose(pair, -rolling.pairwise_net("USDX", "SP500"), atol=1e-12)
    last = rolling.at(dy2012.index[399])
    assert pair.iloc[-1] == pytest.approx(last.pairwise_net.to_numpy()[0, 3])
    frame = rolling.to_frame()
    assert (
        list(frame.columns[:2]) == ["date", "total"]
        and "net_USDX" in frame.columns
        and len(frame) == 201
    )
    payload = json.loads(json.dumps(rolling.to_dict()))
    assert payload["index"][0] == dy2012.index[199].date().isoformat()
    assert len(payload["total"]) == 201
    assert set(payload["pairwise_net"]) >= {"SP500->R_10Y", "DJUBSCOM->USDX"}
    text = rolling.summary()
    assert str(rolling) == text and "201 windows" in text and "SP500" in text
    assert "<pre>" in rolling._repr_html_() and "201 windows" in rolling._repr_html_()


def test_rolling_errors(dy2012: pd.DataFrame) -> None:
    piece = dy2012.iloc[:300]
    with pytest.raises(DataError, match="window=301 is longer"):
        rolling_connectedness(piece, window=301)
    with pytest.raises(DataError, match="not sorted by date"):  # a VAR on time run backwards
        rolling_connectedness(piece.iloc[::-1], window=200)
    with pytest.raises(InfeasibleTest, match="too short") as info:
        rolling_connectedness(piece, window=20, lags=4)
    assert "window>=22" in str(info.value)
    rolling = rolling_connectedness(piece, window=200, lags=1)
    with pytest.raises(DataError, match="source='gold'"):
        rolling.pairwise_net("gold", "SP500")
    with pytest.raises(DataError, match="both"):
        rolling.pairwise_net("SP500", "SP500")
    with pytest.raises(DataError, match="no window ends"):
        rolling.at(pd.Timestamp("1990-01-01"))
    flat = piece.copy()
    flat.iloc[:150, 0] = 1.0  # constant in the first windows only
    with pytest.raises(InfeasibleTest):
        rolling_connectedness(flat, window=100, lags=1)
