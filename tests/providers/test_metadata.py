"""Defaults of a new series from what providers say, checked on the real captures."""

from __future__ import annotations

import json
import random
from pathlib import Path

import httpx
import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.cli import app
from leadwatch.errors import BadResponse
from leadwatch.providers import metadata
from leadwatch.providers.http import HttpFetcher, RetryPolicy
from tests.paths import SHARED

CAPTURES = SHARED / "fixtures" / "providers"
TODAY = pd.Timestamp("2026-04-20")
pytestmark = pytest.mark.skipif(not CAPTURES.is_dir(), reason="shared captures not present")


def _http(status: int, body: bytes, log: list[httpx.Request] | None = None) -> HttpFetcher:
    def handler(request: httpx.Request) -> httpx.Response:
        if log is not None:
            log.append(request)
        return httpx.Response(status, content=body)

    policy = RetryPolicy(attempts=2, base_delay=0.0, max_delay=0.0, total_seconds=5.0)
    client = httpx.Client(transport=httpx.MockTransport(handler))
    return HttpFetcher(client, policy=policy, sleep=lambda s: None, rng=random.Random(0))


def _meta(name: str) -> dict[str, object]:
    payload = json.loads((CAPTURES / "yahoo" / name).read_bytes())
    meta: dict[str, object] = payload["chart"]["result"][0]["meta"]
    return meta


def test_yahoo_defaults_from_the_real_es_future_and_aapl_metadata() -> None:
    es = metadata.yahoo_defaults(_meta("openbb_ESF_chart_1d_2025-12-23_TRIMMED_last4.json"))
    assert (es["calendar"], es["observed"]) == ("weekdays", "17:00 America/New_York")
    assert es["name"] == "E-Mini S&P 500 Mar 26" and es["unit"] == "USD"
    aapl = metadata.yahoo_defaults(_meta("aapl_chart_5d_1d_2026-07-24.json"))
    assert (aapl["calendar"], aapl["observed"]) == ("weekdays", "16:00 America/New_York")
    assert aapl["name"] == "Apple Inc."


@pytest.mark.parametrize(
    ("name", "symbol", "calendar"),
    [("acc102_DGS10.csv", "DGS10", "weekdays"), ("acc102_FEDFUNDS.csv", "FEDFUNDS", "monthly")],
)
def test_fred_defaults_read_the_calendar_off_the_real_csv(
    name: str, symbol: str, calendar: str
) -> None:
    log: list[httpx.Request] = []
    body = (CAPTURES / "fred" / name).read_bytes()
    found = metadata.fred_defaults(symbol, _http(200, body, log), TODAY)
    assert found["calendar"] == calendar and found["release_on_weekdays"] is True
    assert "accept" not in log[0].headers  # the keyless CSV goes without an Accept header


def test_unknown_fred_id_is_a_bad_response_with_freds_words() -> None:
    body = (CAPTURES / "fredapi" / "fredr_error400_bad_series_id.json").read_bytes()
    with pytest.raises(BadResponse, match="Series IDs should be 25 or less"):
        metadata.fred_defaults("NOT A SERIES", _http(400, body), TODAY)


def test_coinbase_defaults_from_the_real_candles() -> None:
    body = (CAPTURES / "coinbase" / "treble_btc_usd_candles_2026-07-31.json").read_bytes()
    found = metadata.coinbase_defaults("SOL-USD", _http(200, body), TODAY)
    assert (found["calendar"], found["observed"], found["observed_day_offset"]) == (
        "24/7",
        "00:00 UTC",
        1,
    )
    assert found["unit"] == "USD"
    with pytest.raises(BadResponse, match="NotFound"):
        metadata.coinbase_defaults("NOPE-USD", _http(404, b'{"message": "NotFound"}'), TODAY)


def test_cli_series_add_fred_uses_the_probe_and_refuses_an_unknown_id(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    csv = (CAPTURES / "fred" / "acc102_FEDFUNDS.csv").read_bytes()
    error = (CAPTURES / "fredapi" / "fredr_error400_bad_series_id.json").read_bytes()

    def handler(request: httpx.Request) -> httpx.Response:
        known = request.url.params.get("id") == "FEDFUNDS"
        return httpx.Response(200, content=csv) if known else httpx.Response(400, content=error)

    monkeypatch.setattr(
        "leadwatch.providers.http.cached_client",
        lambda *a, **k: httpx.Client(transport=httpx.MockTransport(handler)),
    )
    runner = CliRunner()
    result = runner.invoke(app, ["series", "add", "ff", "--fred", "FEDFUNDS", "--json"])
    assert result.exit_code == 0, result.stdout
    added = json.loads(result.stdout)["series"]
    assert added["calendar"] == "monthly" and added["providers"] == {"fred": "FEDFUNDS"}
    catalog = tmp_path / "user-series.toml"
    before = catalog.read_bytes()
    result = runner.invoke(app, ["series", "add", "bad", "--fred", "NOT_A_SERIES"])
    assert result.exit_code == 2 and "Series IDs should be 25 or less" in result.stderr
    assert catalog.read_bytes() == before
