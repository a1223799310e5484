"""Against the real services: run by hand with LEADWATCH_LIVE=1; never in CI.

These check that the recorded formats still match what the providers send.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest

from leadwatch.providers.live import FetchRequest

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("LEADWATCH_LIVE") != "1", reason="live test: set LEADWATCH_LIVE=1"
    ),
]

TODAY = date.today()
START = TODAY - timedelta(days=40)


@pytest.mark.parametrize(
    ("provider", "series_id", "symbol"),
    [
        ("yahoo", "btc", "BTC-USD"),
        ("yahoo", "silver_fut", "SI=F"),
        ("fred", "yield_10y", "DGS10"),
        ("fred", "m2", "M2SL"),
        ("coinbase", "btc", "BTC-USD"),
        ("iacoviello", "gpr", "GPRD"),
        ("iacoviello", "gpr_monthly", "GPR"),
        ("worldbank", "gold_monthly", "Gold"),
    ],
)
def test_live_provider_answers(provider: str, series_id: str, symbol: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from leadwatch.providers.updater import build_providers

    providers = build_providers(
        api_key=os.environ.get("FRED_API_KEY") or None, cache_dir=tmp_path / "cache"
    )
    start = START if series_id not in ("gpr_monthly", "gold_monthly") else TODAY - timedelta(150)
    batch = providers[provider].fetch(FetchRequest(series_id, symbol, start=start, end=TODAY))
    assert batch.rows > 0
    assert batch.frame["date"].max() >= start
    assert "api_key" not in batch.location
