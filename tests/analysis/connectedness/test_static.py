"""Diebold-Yilmaz connectedness: published tables, independent implementations, invariants.

Reference numbers live in ``tests/reference/`` (see its README for their source);
the data are read in place from ``../shared/reference/``.
"""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import numpy.typing as npt
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose
from statsmodels.tsa.api import VAR

from leadwatch.analysis.connectedness.static import (
    METHODS,
    ConnectednessResult,
    Method,
    connectedness,
    connectedness_from_var,
    fevd_shares,
    ma_coefficients,
)
from leadwatch.errors import DataError, InfeasibleTest
from tests.paths import REPO

Floats = npt.NDArray[np.float64]
SHARED_REFERENCE = REPO.parent / "shared" / "reference"
EXPECTED = REPO / "tests" / "reference"

#: Published tables are printed with two decimals: agree to half a unit in the last place.
PRINTED = 0.005 + 1e-9
#: Two implementations of the same formula, in floating point.
EXACT = 1e-10


def _shared(name: str) -> pd.DataFrame:
    path = SHARED_REFERENCE / f"{name}.csv"
    if not path.is_file():
        pytest.fail(f"reference data missing at {path}: tests need ../shared/reference/")
    return pd.read_csv(path, index_col="date", parse_dates=["date"])


@pytest.fixture(scope="module")
def dy2012() -> pd.DataFrame:
    return _shared("dy2012")


@pytest.fixture(scope="module")
def dy2009() -> pd.DataFrame:
    return _shared("dy2009")


def _expected(name: str) -> pd.DataFrame:
    return pd.read_csv(EXPECTED / f"{name}.csv", index_col="row")


def _assert_published(result: ConnectednessResult, expected: pd.DataFrame) -> None:
    ours = result.spillover_table()
    assert list(ours.index) == list(expected.index)
    assert list(ours.columns) == list(expected.columns)
    got, want = ours.to_numpy(dtype=float), expected.to_numpy(dtype=float)
    printed = ~np.isnan(want)
    diff = np.where(printed, np.abs(got - want), 0.0)
    row, col = (int(i) for i in np.unravel_index(int(np.argmax(diff)), diff.shape))
    assert diff.max() <= PRINTED, (
        f"cell {expected.index[row]}/{expected.columns[col]}: "
        f"ours {got[row, col]:.4f}, published {want[row, col]:.2f}"
    )
    # and every printed cell is our number rounded to two decimals
    assert (np.round(got[printed], 2) == want[printed]).all()
    # the printed total: NET row, FROM column
    assert abs(result.total - float(want[-1, -1])) <= PRINTED


# -- published tables ---------------------------------------------------------------------------


def test_dy2012_table2_generalized(dy2012: pd.DataFrame) -> None:
    assert dy2012.shape == (2771, 4)
    result = connectedness(dy2012, lags=4, horizon=10, method="generalized")
    _assert_published(result, _expected("dy2012_table2"))
    assert round(result.total, 2) == 12.59
    assert result.nobs == 2771 - 4


def test_dy2009_table3_cholesky(dy2009: pd.DataFrame) -> None:
    assert dy2009.shape == (829, 19)
    result = connectedness(dy2009, lags=2, horizon=10, method="cholesky")
    _assert_published(result, _expected("dy2009_table3"))
    assert round(result.total, 2) == 35.53


def test_horizon_convention_is_psi0_to_psi_h_minus_1(dy2012: pd.DataFrame) -> None:
    """Summing Psi_0..Psi_H (one more term) misses the published table: the test can fail."""
    longer = connectedness(dy2012, lags=4, horizon=11).fevd.round(2)
    assert longer.loc["SP500", "SP500"] != 88.76


# -- independent computations ----------------------------------------------------------------


def test_cholesky_matches_statsmodels_fevd(dy2009: pd.DataFrame) -> None:
    ours = connectedness(dy2009, lags=2, horizon=10, method="cholesky").fevd.to_numpy()
    fitted = VAR(dy2009.to_numpy()).fit(2, trend="c")
    theirs = fitted.fevd(10).decomp[:, -1, :] * 100.0
    assert_allclose(ours, theirs, rtol=0, atol=EXACT)


def _textbook_generalized(coefs: Floats, sigma: Floats, horizon: int) -> Floats:
    """Pesaran-Shin generalized FEVD, element by element, rows normalised (DY 2012 eq. 2-3)."""
    k = sigma.shape[0]
    psi = [np.eye(k)]
    for h in range(1, horizon):
        psi.append(sum(coefs[j] @ psi[h - 1 - j] for j in range(min(h, len(coefs)))))
    theta = np.zeros((k, k))
    for i in range(k):
        e_i = np.eye(k)[i]
        denominator = sum(e_i @ a @ sigma @ a.T @ e_i for a in psi)
        for j in range(k):
            e_j = np.eye(k)[j]
            numerator = sum((e_i @ a @ sigma @ e_j) ** 2 for a in psi) / sigma[j, j]
            theta[i, j] = numerator / denominator
    out: Floats = 100.0 * theta / theta.sum(axis=1, keepdims=True)
    return out


def test_generalized_matches_textbook_on_statsmodels_var(dy2012: pd.DataFrame) -> None:
    fitted = VAR(dy2012.to_numpy()).fit(4, trend="c")
    expected = _textbook_generalized(fitted.coefs, fitted.sigma_u, 10)
    ours = connectedness(dy2012, lags=4, horizon=10).fevd.to_numpy()
    assert_allclose(ours, expected, rtol=0, atol=EXACT)
    # and the from-VAR entry point on statsmodels' own estimates (df-corrected sigma: same shares)
    from_var = connectedness_from_var(fitted.coefs, fitted.sigma_u, horizon=10)
    assert_allclose(from_var.fevd.to_numpy(), expected, rtol=0, atol=EXACT)


def test_horizon_one_generalized_is_squared_correlation() -> None:
    sigma = np.array([[1.0, 0.6, 0.0], [0.6, 2.0, 0.3], [0.0, 0.3, 0.5]])
    sd = np.sqrt(np.diag(sigma))
    corr2 = (sigma / np.outer(sd, sd)) ** 2
    expected = 100.0 * corr2 / corr2.sum(axis=1, keepdims=True)
    result = connectedness_from_var(np.full((1, 3, 3), 0.1), sigma, horizon=1)
    assert_allclose(result.fevd.to_numpy(), expected, rtol=0, atol=EXACT)


# -- invariants -------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["generalized", "cholesky"])
def test_var_without_cross_terms_has_zero_connectedness(method: Method) -> None:
    coefs = np.stack([np.diag([0.5, -0.2, 0.9]), np.diag([0.1, 0.3, -0.05])])
    result = connectedness_from_var(coefs, np.diag([1.0, 4.0, 0.25]), horizon=10, method=method)
    assert_allclose(result.fevd.to_numpy(), 100.0 * np.eye(3), atol=EXACT)
    assert result.total == pytest.approx(0.0, abs=EXACT)
    assert_allclose(result.net.to_numpy(), 0.0, atol=EXACT)


def test_estimated_var_without_cross_terms_is_close_to_zero() -> None:
    rng = np.random.default_rng(7)
    shocks = rng.standard_normal((4000, 3))
    y = np.zeros_like(shocks)
    for t in range(1, len(y)):
        y[t] = np.array([0.5, -0.3, 0.8]) * y[t - 1] + shocks[t]
    result = connectedness(pd.DataFrame(y, columns=list("abc")), lags=1)
    assert result.total < 0.5


def _stable_var(seed: int, k: int, p: int) -> tuple[Floats, Floats]:
    rng = np.random.default_rng(seed)
    coefs = rng.normal(scale=0.25 / (k * p) ** 0.5, size=(p, k, k))
    root = rng.normal(size=(k, k))
    return coefs, root @ root.T + 0.1 * np.eye(k)


@settings(max_examples=40, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    k=st.integers(2, 6),
    p=st.integers(1, 4),
    horizon=st.integers(1, 15),
)
def test_table_identities(seed: int, k: int, p: int, horizon: int) -> None:
    coefs, sigma = _stable_var(seed, k, p)
    for method in METHODS:
        result = connectedness_from_var(coefs, sigma, horizon=horizon, method=method)
        table = result.fevd.to_numpy()
        assert_allclose(table.sum(axis=1), 100.0, atol=1e-9)
        assert (table >= 0).all()
        assert result.to_others.sum() == pytest.approx(result.from_others.sum(), abs=1e-9)
        assert result.net.sum() == pytest.approx(0.0, abs=1e-9)
        assert result.total == pytest.approx(result.from_others.mean(), abs=1e-12)
        pair = result.pairwise_net.to_numpy()
        assert_allclose(pair, -pair.T, atol=EXACT)
        assert_allclose(pair.sum(axis=1), result.net.to_numpy(), atol=1e-9)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), k=st.integers(2, 5), p=st.integers(1, 3))
def test_generalized_is_invariant_to_column_order(seed: int, k: int, p: int) -> None:
    coefs, sigma = _stable_var(seed, k, p)
    perm = np.random.default_rng(seed).permutation(k)
    names = [f"s{i}" for i in range(k)]
    base = connectedness_from_var(coefs, sigma, series=names).fevd
    permuted = connectedness_from_var(
        coefs[:, perm][:, :, perm], sigma[np.ix_(perm, perm)], series=[names[i] for i in perm]
    ).fevd
    assert_allclose(permuted.loc[names, names].to_numpy(), base.to_numpy(), atol=EXACT)


def test_column_order_on_published_data(dy2012: pd.DataFrame) -> None:
    order = ["USDX", "DJUBSCOM", "SP500", "R_10Y"]
    base = connectedness(dy2012, lags=4).fevd
    shuffled = connectedness(dy2012[order], lags=4).fevd.loc[base.index, base.columns]
    assert_allclose(shuffled.to_numpy(), base.to_numpy(), rtol=0, atol=EXACT)
    # Cholesky does depend on the order: the invariance test above can fail.
    chol = connectedness(dy2012, lags=4, method="cholesky").fevd
    chol_shuffled = connectedness(dy2012[order], lags=4, method="cholesky").fevd
    moved = chol_shuffled.loc[chol.index, chol.columns].to_numpy() - chol.to_numpy()
    assert np.abs(moved).max() > 0.1


def test_ma_and_fevd_batch_over_leading_axes() -> None:
    coefs = np.stack([_stable_var(s, 3, 2)[0] for s in range(4)])
    sigma = np.stack([_stable_var(s, 3, 2)[1] for s in range(4)])
    batched = fevd_shares(ma_coefficients(coefs, 8), sigma, "generalized")
    for b in range(4):
        single = fevd_shares(ma_coefficients(coefs[b], 8), sigma[b], "generalized")
        assert_allclose(batched[b], single, atol=1e-14)


# -- result object ----------------------------------------------------------------------------


def test_result_surface(dy2012: pd.DataFrame) -> None:
    result = connectedness(dy2012, lags=4)
    text = result.summary()
    assert str(result) == text
    assert "88.76" in text and "Total connectedness index: 12.59%" in text
    assert "2" in text.splitlines()[0] and "1999-01-25..2010-01-29" in text.splitlines()[0]
    frame = result.to_frame()
    assert list(frame.columns) == ["series", "own", "from_others", "to_others", "net"]
    assert frame["series"].tolist() == ["SP500", "R_10Y", "DJUBSCOM", "USDX"]
    payload = json.loads(json.dumps(result.to_dict()))
    assert payload["total"] == pytest.approx(result.total)
    assert payload["pairwise_net"]["SP500"]["R_10Y"] == pytest.approx(10.21 - 7.29, abs=0.01)
    assert payload["start"] == "1999-01-25"
    html = result._repr_html_()
    assert "<table" in html and "12.59%" in html
    assert result.pairwise_net.loc["SP500", "USDX"] == pytest.approx(5.69 - 3.61, abs=0.01)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.total = 0.0  # type: ignore[misc]


# -- validation -------------------------------------------------------------------------------


def _noise(rows: int = 100, cols: int = 3) -> pd.DataFrame:
    data = np.random.default_rng(0).standard_normal((rows, cols))
    return pd.DataFrame(data, columns=[f"c{i}" for i in range(cols)])


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"lags": 0}, DataError, "lags=0"),
        ({"lags": True}, DataError, "lags=True"),
        ({"horizon": 0}, DataError, "horizon=0"),
        ({"method": "spectral"}, DataError, "method='spectral'"),
        ({"lags": 40}, InfeasibleTest, "needs at least"),
    ],
)
def test_bad_parameters(kwargs: dict[str, object], error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words) as info:
        connectedness(_noise(), **kwargs)  # type: ignore[arg-type]
    assert "Fix:" in str(info.value)


def test_bad_frames() -> None:
    with pytest.raises(DataError, match="pandas DataFrame"):
        connectedness(_noise().to_numpy())  # type: ignore[arg-type]
    with pytest.raises(DataError, match="1 column"):
        connectedness(_noise()[["c0"]])
    gappy = _noise()
    gappy.iloc[[5, 9], 1] = np.nan
    with pytest.raises(DataError, match=r"2 row\(s\) with NaN.*first at 5.*dropna"):
        connectedness(gappy)
    with pytest.raises(DataError, match="not numeric"):
        connectedness(_noise().assign(c1="x"))
    with pytest.raises(InfeasibleTest, match="c2 are constant"):
        connectedness(_noise().assign(c2=1.0))
    with pytest.raises(InfeasibleTest, match="singular"):
        connectedness(_noise().assign(c2=lambda f: f["c0"] + f["c1"]))


def test_bad_var_inputs() -> None:
    with pytest.raises(DataError, match="shape"):
        connectedness_from_var(np.zeros((2, 2)), np.eye(2))
    with pytest.raises(DataError, match="symmetric"):
        connectedness_from_var(np.zeros((1, 2, 2)), np.array([[1.0, 0.5], [0.0, 1.0]]))
    with pytest.raises(InfeasibleTest, match="singular"):
        connectedness_from_var(np.zeros((1, 2, 2)), np.ones((2, 2)))
    with pytest.raises(DataError, match="3 names for 2"):
        connectedness_from_var(np.zeros((1, 2, 2)), np.eye(2), series=["a", "b", "c"])
