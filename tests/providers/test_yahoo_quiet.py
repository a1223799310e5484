"""yfinance's own prints and log records never reach the user's terminal (issue 17)."""

from __future__ import annotations

import logging
import sys
from datetime import date

import pandas as pd
import pytest

from leadwatch.providers import yahoo


class _NoisyTicker:
    """Stands in for ``yfinance.Ticker``: talks on stdout, stderr and its logger."""

    def __init__(self, symbol: str) -> None:
        self.symbol = symbol
        self.history_metadata = {"symbol": symbol, "regularMarketTime": 1_767_225_600}

    def history(self, **kwargs: object) -> pd.DataFrame:
        print("1 Failed download: ['HG=F']: possibly delisted")
        print("YFPricesMissingError('$HG=F: possibly delisted')", file=sys.stderr)
        logging.getLogger("yfinance").error("%s: No data found, symbol may be delisted", "HG=F")
        index = pd.DatetimeIndex(["2026-01-02"], tz="America/New_York")
        return pd.DataFrame({"Close": [5.9]}, index=index)


def test_yfinance_noise_is_kept_off_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    import yfinance

    monkeypatch.setattr(yfinance, "Ticker", _NoisyTicker)
    before = logging.getLogger("yfinance").level
    with caplog.at_level(logging.DEBUG):
        frame = yahoo.yfinance_download("HG=F", date(2026, 1, 1), date(2026, 1, 2))
    out, err = capsys.readouterr()
    assert out == "" and err == ""
    assert not [r for r in caplog.records if r.name.startswith("yfinance")]
    assert logging.getLogger("yfinance").level == before  # restored afterwards
    assert frame["Close"].tolist() == [5.9]
    assert frame.attrs["last_trade"] == pd.Timestamp("2026-01-01", tz="UTC")


def test_the_fake_is_noisy_without_the_guard(capsys: pytest.CaptureFixture[str]) -> None:
    """The check above can fail: called directly, the stand-in does print."""
    _NoisyTicker("HG=F").history()
    out, err = capsys.readouterr()
    assert "Failed download" in out and "delisted" in err
