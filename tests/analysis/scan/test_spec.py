"""ScanSpec: one set of scan settings for every runner; keywords override it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.scan.spec import ScanSpec
from leadwatch.analysis.scan.universe import plan_scan, scan_returns
from leadwatch.api.scan import scan
from leadwatch.errors import DataError


def _returns() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    x = rng.standard_normal((600, 4))
    x[2:, 3] = 0.3 * x[2:, 3] + 0.9 * x[:-2, 0]
    return pd.DataFrame(x, columns=["a", "b", "c", "d"])


def test_spec_and_keywords_give_the_same_scan() -> None:
    rets = _returns()
    spec = ScanSpec(follower="d", lags=range(1, 11), n_boot=40, seed=2, block_size=2)
    by_spec = scan_returns(rets, spec)
    by_keywords = scan_returns(rets, follower="d", lags=range(1, 11), n_boot=40, seed=2)
    pd.testing.assert_frame_equal(by_spec.pairs, by_keywords.pairs)
    assert by_spec.scan_id == by_keywords.scan_id
    assert by_spec.to_frame().iloc[0]["leader"] == "a"


def test_keywords_override_the_spec() -> None:
    rets = _returns()
    spec = ScanSpec(follower="d", lags=range(1, 11), seed=1, n_boot=30)
    assert plan_scan(rets, spec, seed=9).digest == plan_scan(rets, spec, seed=9).digest
    assert plan_scan(rets, spec, seed=9).digest != plan_scan(rets, spec).digest
    assert scan_returns(rets, spec, follower=None).mode == "all-pairs"
    assert spec.seed == 1, "the spec itself is frozen"


def test_api_scan_takes_a_spec_and_refuses_anything_else() -> None:
    prices = np.exp(_returns().cumsum() * 0.01)
    spec = ScanSpec(follower="d", lags=range(1, 11))
    assert scan(prices, spec).follower == "d"
    with pytest.raises(DataError, match="is not a ScanSpec"):
        scan(prices, "d")  # type: ignore[arg-type]
