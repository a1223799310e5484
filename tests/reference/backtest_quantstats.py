"""Reference values for tests/test_backtest.py, from quantstats (not a leadwatch dependency).

Run with a Python that has quantstats installed (e.g. a throwaway venv:
``python -m venv /tmp/qs && /tmp/qs/bin/pip install quantstats``):

    /tmp/qs/bin/python tests/reference/backtest_quantstats.py

and paste the printed dictionary into ``QUANTSTATS`` in tests/test_backtest.py. Produced with
quantstats 0.0.86. The returns are regenerated in the test from the same formula.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def reference_returns() -> pd.Series:
    rng = np.random.default_rng(20140917)
    r = rng.standard_t(4, 1500) * 0.02 + 0.0008
    return pd.Series(r, index=pd.date_range("2020-01-01", periods=1500, freq="D"))


if __name__ == "__main__":
    import quantstats.stats as qs  # only here: collected by pytest --doctest-modules

    r = reference_returns()
    print(
        {
            "sharpe": float(qs.sharpe(r, periods=365)),
            "sortino": float(qs.sortino(r, periods=365)),
            "volatility": float(qs.volatility(r, periods=365)),
            "max_drawdown": float(qs.max_drawdown(r)),
            "psr": float(qs.probabilistic_sharpe_ratio(r, periods=365)),
        }
    )
