"""A synthetic :class:`~leadwatch.report.data.ReportData` for demos, docs and tests.

Prices are random walks with a shared weekly factor: Bitcoin trades every day,
the metals only on London business days (weekends, 25 December and 1 January
are missing). Provenance is labelled as synthetic so nobody mistakes it for data.

Examples
--------
>>> from leadwatch.report.sample import sample_report_data
>>> data = sample_report_data(seed=1, start="2021-01-01", end="2021-12-31")
>>> data.prices.notna().sum().to_dict()
{'silver': 260, 'gold': 260, 'btc': 365}
>>> str(data.as_of.date()), data.coverage["rows"].tolist()
('2021-12-31', [260, 260, 365])
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import numpy as np
import pandas as pd

from leadwatch.catalog import get_series
from leadwatch.report.data import COVERAGE_COLUMNS, DEFAULT_SERIES, ReportData

__all__ = ["sample_report_data"]

# Daily volatility and loading on the shared factor of each synthetic series.
_VOL: Mapping[str, tuple[float, float]] = {
    "silver": (0.018, 0.45),
    "gold": (0.009, 0.35),
    "btc": (0.035, 0.25),
}
_START: Mapping[str, float] = {"silver": 17.8, "gold": 1520.0, "btc": 7200.0}


def _weekly_log_returns(prices: pd.DataFrame, anchor: str = "W-FRI") -> pd.DataFrame:
    """Log returns between the last prices of consecutive weeks.

    Weeks end on ``anchor`` (Friday by default); a week's price is its last
    available one, so a Good Friday closure uses Thursday's fix. A last week
    that ends after the data does is incomplete and dropped. (Private: the real
    pipeline computes returns outside the report layer.)

    Examples
    --------
    >>> import pandas as pd
    >>> days = pd.date_range("2024-01-01", periods=14, freq="D")
    >>> prices = pd.DataFrame({"x": [100.0] * 5 + [110.0] * 9}, index=days)
    >>> _weekly_log_returns(prices).round(4)
                     x
    2024-01-05     NaN
    2024-01-12  0.0953
    """
    weekly = prices.resample(anchor).last()
    weekly = weekly.loc[weekly.index <= prices.index[-1]]
    returns: pd.DataFrame = np.log(weekly).diff()
    return returns


def sample_report_data(
    *,
    seed: int = 0,
    start: str = "2020-01-01",
    end: str = "2023-12-31",
    names: Mapping[str, str] | None = None,
) -> ReportData:
    """Build a deterministic synthetic report input for silver, gold and Bitcoin.

    Parameters
    ----------
    seed
        Seed of the random walks; the same seed gives the same data.
    start, end
        Calendar span (inclusive).
    names
        Override display names by series id (tests use this for escaping).

    Returns
    -------
    ReportData
        With daily prices, Friday-to-Friday log returns and a coverage table.

    Examples
    --------
    >>> data = sample_report_data()
    >>> data.prices.index.min(), data.prices.index.max()
    (Timestamp('2020-01-01 00:00:00'), Timestamp('2023-12-31 00:00:00'))
    >>> bool(data.prices["btc"].notna().all()), bool(data.prices["gold"].isna().any())
    (True, True)
    """
    rng = np.random.default_rng(seed)
    days = pd.date_range(start, end, freq="D")
    factor = rng.standard_normal(len(days))
    closed = (
        (days.day_of_week >= 5)
        | ((days.month == 12) & (days.day == 25))
        | ((days.month == 1) & (days.day == 1))
    )
    columns: dict[str, np.ndarray] = {}
    for series_id in DEFAULT_SERIES:
        vol, loading = _VOL[series_id]
        shocks = vol * (loading * factor + np.sqrt(1 - loading**2) * rng.standard_normal(len(days)))
        path = _START[series_id] * np.exp(np.cumsum(shocks - 0.5 * vol**2))
        if series_id != "btc":
            path = np.where(closed, np.nan, path)
        columns[series_id] = np.round(path, 4)
    prices = pd.DataFrame(columns, index=days)
    prices.index.name = "date"
    coverage = _coverage(prices, seed, dict(names or {}))
    return ReportData(
        as_of=pd.Timestamp(days[-1]),
        coverage=coverage,
        prices=prices,
        weekly_returns=_weekly_log_returns(prices),
        title="leadwatch report (synthetic sample data)",
    )


def _coverage(prices: pd.DataFrame, seed: int, names: dict[str, str]) -> pd.DataFrame:
    imported_at = (prices.index[-1] + pd.Timedelta(days=1, hours=6)).tz_localize("UTC")
    rows = []
    for series_id in prices.columns:
        spec = get_series(str(series_id))
        values = prices[series_id].dropna()
        digest = hashlib.sha256(values.to_numpy().tobytes()).hexdigest()
        rows.append(
            {
                "id": spec.id,
                "name": names.get(spec.id, spec.name),
                "unit": spec.unit,
                "instrument": spec.instrument,
                "publisher": spec.publisher,
                "rows": len(values),
                "first": values.index[0],
                "last": values.index[-1],
                "source": "synthetic random walk (not market data)",
                "imported_at": imported_at,
                "location": f"leadwatch.report.sample:seed={seed}/{spec.id}",
                "checksum": f"sha256:{digest}",
                "flagged": 0,
            }
        )
    return pd.DataFrame(rows, columns=list(COVERAGE_COLUMNS))
