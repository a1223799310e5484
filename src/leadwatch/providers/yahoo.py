"""Yahoo Finance through ``yfinance``: crypto, COMEX futures, DXY, VIX, S&P 500.

The network part is one call, :func:`yfinance_download`, injectable as
``YahooProvider(download=...)`` so tests hand in recorded frames (or raise
``YFRateLimitError``) without a network. Parsing (:func:`parse_history`) is pure
and handles the known traps:

* ``auto_adjust``: yfinance's default changed to ``True`` (adjusted OHLC, no
  ``Adj Close``); we always ask for ``auto_adjust=False`` and store the raw
  ``Close``, whichever shape arrives;
* MultiIndex columns (``yf.download`` returns ``(Price, Ticker)`` columns):
  the level holding the symbol is dropped;
* timezone: the index is midnight in the exchange's zone (``America/New_York``
  for COMEX and indices, ``UTC`` for crypto); the date label is the *local*
  date, never the UTC one (a naive UTC conversion would shift every COMEX bar
  to the day before);
* missing crypto days stay missing (gaps are never filled), and today's
  unfinished candle is dropped by :func:`~leadwatch.providers.live.finish_batch`;
* rate limiting (``YFRateLimitError``) is retried with backoff, then reported
  as :class:`~leadwatch.errors.RateLimited`;
* futures trade an evening session: from 18:00 New York the chart's last daily
  bar is the *next* session, still open, stamped on today's date (the ES=F
  capture of 2025-12-23 01:44 UTC ends in a bar stamped 20:34 New York with
  ``regularMarketTime`` equal to it). :func:`drop_open_session` keeps closed
  sessions only: a last bar whose last trade is later than the series' close on
  that date is dropped (it is stored once it has really closed);
* an unknown or delisted symbol (HTTP 404, ``"No data found, symbol may be
  delisted"``) fails at once with Yahoo's own words, never "try again later".

Examples
--------
>>> import pandas as pd
>>> index = pd.DatetimeIndex(["2024-06-10", "2024-06-11"]).tz_localize("America/New_York")
>>> frame = pd.DataFrame({"Open": [29.1, 29.6], "High": [29.9, 30.0], "Low": [29.0, 29.4],
...                       "Close": [29.6, 29.5], "Volume": [100, 120]}, index=index)
>>> parse_history(frame, symbol="SI=F", what="silver_fut (SI=F)")["date"].dt.day.tolist()
[10, 11]
"""

from __future__ import annotations

import contextlib
import io
import logging
import random
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd

from leadwatch.batch import SeriesBatch
from leadwatch.catalog import get_series
from leadwatch.errors import BadResponse, LeadwatchError, RateLimited, Unavailable
from leadwatch.providers.http import Offline, RetryPolicy, retry_call, retryable, scrub
from leadwatch.providers.live import FetchRequest, finish_batch, utc_now

__all__ = [
    "PROVIDER",
    "Download",
    "YahooProvider",
    "classify_error",
    "drop_open_session",
    "parse_history",
    "yfinance_download",
]

PROVIDER = "yahoo"
CHART_URL = "https://query2.finance.yahoo.com/v8/finance/chart/"
Download = Callable[[str, date | None, date], pd.DataFrame]
_SCHEMA_FIX = "Yahoo or yfinance changed the data layout; upgrade: pip install -U yfinance"


def yfinance_download(symbol: str, start: date | None, end: date) -> pd.DataFrame:
    """The network part: daily bars of ``symbol`` from ``start`` (None: all) to ``end``, raw.

    Errors are raised, not logged (``hide_exceptions`` is switched off for the call), and
    yfinance's own prints and log records are kept off the terminal.
    """
    try:
        import yfinance as yf
    except ImportError:  # pragma: no cover - dependency of leadwatch
        raise Unavailable(
            "yahoo: the yfinance package is not installed", fix="pip install yfinance"
        ) from None
    debug = yf.config.debug
    hidden = debug.hide_exceptions
    debug.hide_exceptions = False
    quiet = logging.getLogger("yfinance")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL + 1)  # its own messages would repeat our error, unscrubbed
    try:
        with (
            warnings.catch_warnings(),
            contextlib.redirect_stdout(io.StringIO()),
            contextlib.redirect_stderr(io.StringIO()),
        ):
            warnings.simplefilter("ignore", DeprecationWarning)  # yfinance vs pandas 3
            warnings.simplefilter("ignore", FutureWarning)
            ticker = yf.Ticker(symbol)
            common = {"interval": "1d", "auto_adjust": False, "actions": False, "repair": False}
            if start is None:
                frame = ticker.history(period="max", **common)
            else:
                frame = ticker.history(start=start, end=end + timedelta(days=1), **common)
    finally:
        debug.hide_exceptions = hidden
        quiet.setLevel(level)
    out = pd.DataFrame(frame)
    meta = getattr(ticker, "history_metadata", None) or {}
    out.attrs["last_trade"] = _utc(meta.get("regularMarketTime"))
    out.attrs["meta"] = {k: meta.get(k) for k in _META_KEYS if meta.get(k) is not None}
    return out


# chart ``meta`` fields kept (read one by one: yfinance's metadata mapping fetches
# ``tradingPeriods`` lazily, with an extra intraday request, when it is iterated)
_META_KEYS = (
    "symbol",
    "currency",
    "exchangeName",
    "fullExchangeName",
    "instrumentType",
    "exchangeTimezoneName",
    "shortName",
    "longName",
    "currentTradingPeriod",
)


def _utc(value: object) -> pd.Timestamp | None:
    """A chart-meta time (epoch seconds, or the Timestamp yfinance makes of it) in UTC."""
    if value is None:
        return None
    if isinstance(value, int | float):
        return pd.Timestamp(int(value), unit="s", tz="UTC")
    stamp = pd.Timestamp(value)  # type: ignore[arg-type]
    return stamp.tz_localize("UTC") if stamp.tz is None else stamp.tz_convert("UTC")


def drop_open_session(
    frame: pd.DataFrame, *, last_trade: pd.Timestamp | None, closes_at: pd.Timestamp
) -> pd.DataFrame:
    """Pure: drop the last bar when its last trade came after its own session's close.

    ``frame`` is :func:`parse_history`'s output; ``closes_at`` is the UTC instant
    the session of the last bar's date label closes (the series' observation time).

    Examples
    --------
    >>> frame = pd.DataFrame({"date": pd.to_datetime(["2025-12-19", "2025-12-22"]),
    ...                       "value": [6796.54, 6930.25]})
    >>> evening = pd.Timestamp("2025-12-23 01:34:10", tz="UTC")  # 20:34 New York
    >>> close = pd.Timestamp("2025-12-22 22:00", tz="UTC")  # 17:00 New York
    >>> drop_open_session(frame, last_trade=evening, closes_at=close)["date"].dt.day.tolist()
    [19]
    """
    if last_trade is None or frame.empty or last_trade <= closes_at:
        return frame
    last = frame["date"].max()
    return pd.DataFrame(frame.loc[frame["date"] != last].reset_index(drop=True))


def _flatten(frame: pd.DataFrame, symbol: str) -> pd.DataFrame:
    if not isinstance(frame.columns, pd.MultiIndex):
        return frame
    for level in range(frame.columns.nlevels):
        values = frame.columns.get_level_values(level)
        if symbol in set(values):
            return pd.DataFrame(frame.xs(symbol, axis=1, level=level))
    if frame.columns.nlevels == 2 and frame.columns.get_level_values(1).nunique() == 1:
        return frame.droplevel(1, axis=1)
    return frame.droplevel(0, axis=1)


def parse_history(frame: pd.DataFrame, *, symbol: str, what: str) -> pd.DataFrame:
    """Pure: a yfinance history frame -> ``date`` (local exchange date), ``value`` (= raw Close),
    OHLCV."""
    if frame is None or len(frame) == 0:
        raise BadResponse(f"{what}: empty answer (no prices)", fix="try again later")
    flat = _flatten(frame, symbol)
    columns = {str(c).strip().lower().replace(" ", "_"): c for c in flat.columns}
    if "close" not in columns:
        found = ", ".join(str(c) for c in flat.columns)
        raise BadResponse(f"{what}: no 'Close' column (found: {found})", fix=_SCHEMA_FIX)
    if not isinstance(flat.index, pd.DatetimeIndex):
        raise BadResponse(f"{what}: index is not dates", fix=_SCHEMA_FIX)
    index = flat.index
    if index.tz is not None:
        index = index.tz_localize(None)  # wall-clock time in the exchange's zone
    out = pd.DataFrame({"date": index.normalize()})
    for name in ("open", "high", "low", "close", "volume"):
        source = columns.get(name)
        series = flat[source] if source is not None else pd.Series(float("nan"), index=flat.index)
        out[name] = pd.to_numeric(series, errors="coerce").to_numpy(dtype=float)
    out["value"] = out["close"]
    return out.loc[:, ["date", "value", "open", "high", "low", "close", "volume"]]


def classify_error(exc: Exception, what: str) -> Exception:
    """Map a yfinance/curl error to a (retryable) leadwatch error."""
    name = type(exc).__name__
    text = scrub(str(exc))[:200]
    missing = _missing_symbol(exc, name, text)
    if missing is not None:
        return BadResponse(
            f"{what}: Yahoo does not know this symbol ({missing})",
            fix="check the symbol on finance.yahoo.com (it may be delisted or mistyped)",
        )
    if name == "YFRateLimitError":
        return retryable(
            RateLimited(f"{what}: Yahoo rate limit (too many requests)", fix="wait, then rerun")
        )
    if name in ("YFPricesMissingError", "YFInvalidPeriodError"):
        return BadResponse(f"{what}: Yahoo returned no prices ({text})", fix="try again later")
    if "Timeout" in name or "timed out" in text.lower():
        return retryable(Unavailable(f"{what}: timed out", fix="try again later"))
    if "Connection" in name or "Connect" in name or "resolve" in text.lower():
        return retryable(
            Offline(
                f"{what}: cannot connect to Yahoo ({name})",
                fix="check the internet connection; stored data is unchanged",
            )
        )
    if name == "JSONDecodeError" or isinstance(exc, ValueError | KeyError | TypeError):
        return BadResponse(
            f"{what}: unreadable answer from Yahoo ({name}: {text})", fix="try again later"
        )
    return retryable(Unavailable(f"{what}: {name}: {text}", fix="try again later"))


def _missing_symbol(exc: Exception, name: str, text: str) -> str | None:
    """Yahoo's words when ``exc`` says the symbol does not exist (HTTP 404), else None."""
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    if status == 404:
        said = _chart_error(getattr(response, "text", ""))
        return said or f"HTTP 404: {text}"
    if name == "YFTzMissingError" or "delisted" in text.lower():
        return text
    return None


def _chart_error(body: object) -> str | None:
    """``description`` of a chart answer's ``error`` object (the 404 body), if any."""
    import json

    try:
        payload = json.loads(str(body))
        error = payload["chart"]["error"]
        return str(error.get("description") or error.get("code")) if error else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


@dataclass(slots=True)
class YahooProvider:
    """Daily bars from Yahoo Finance (``download`` injectable; default yfinance)."""

    download: Download = yfinance_download
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    rng: random.Random = field(default_factory=random.Random)
    now: Callable[[], pd.Timestamp] = utc_now
    down: LeadwatchError | None = None
    name: str = PROVIDER

    def fetch(self, request: FetchRequest) -> SeriesBatch:
        """Download with retries (extract), then parse (transform)."""
        what = f"{PROVIDER} {request.what}"
        if self.down is not None:
            raise type(self.down)(f"{what}: Yahoo unreachable earlier in this run")

        def once() -> pd.DataFrame:
            try:
                return self.download(request.symbol, request.start, request.end)
            except LeadwatchError:
                raise
            except Exception as exc:
                raise classify_error(exc, what) from None

        try:
            raw = retry_call(
                once, policy=self.policy, sleep=self.sleep, clock=self.clock, rng=self.rng
            )
        except Offline as exc:
            self.down = exc
            raise
        frame = parse_history(raw, symbol=request.symbol, what=what)
        if not frame.empty:
            timing = get_series(request.timing or request.series_id)
            closes_at = timing.observed_at(pd.DatetimeIndex([frame["date"].max()]))[0]
            frame = drop_open_session(
                frame, last_trade=raw.attrs.get("last_trade"), closes_at=closes_at
            )
        digest = pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
        return finish_batch(
            request,
            frame,
            provider=PROVIDER,
            location=f"{CHART_URL}{request.symbol}?interval=1d",
            raw=digest,
            now=self.now(),
        )
