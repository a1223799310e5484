"""The prices claims are checked against, and when a stated level or record held (pure).

A :class:`Market` holds, per asset, the primary daily close (LBMA silver/gold at the
noon London fix, Bitcoin's 00:00 UTC close, the dollar index, real yields) and
optionally a daily range (COMEX futures' US-session high/low for the metals, Bitcoin's
UTC-day high/low), because articles quote intraday and spot prices the fix may miss.

Tolerances (stated in every piece of evidence)
----------------------------------------------
``at $X``
    The close is within ±2% of X, or the day's range contains X (give or take
    :data:`FEED_TOLERANCE`, 0.1%: another feed's high or low; for a London fix, whose
    range is its futures', :data:`BASIS_TOLERANCE`, 0.5%: a spot quote off the futures,
    and above the range a later contract's premium: :mod:`~leadwatch.claims.carry`).
``near/approaching $X``
    The close is within -3%..+2% of X, or the day's range touches that band.
``above $X`` / ``below $X``
    The close is at least X·0.995 / at most X·1.005.
``broke through $X``
    A crossing: the previous close was below X and the close or the day's high reached
    X·0.995; with no day named, the crossing may be up to 4 days old if the price still
    holds within 2% of X.
record ``high``
    The close is at or above every earlier close, or the day's high above every earlier high.

Examples
--------
>>> import pandas as pd
>>> days = pd.bdate_range("2026-01-05", periods=5)
>>> m = Market({"silver": pd.Series([90.0, 95, 99, 101.5, 100], index=days)})
>>> level_days(m, "silver", "at", 101.0).loc["2026-01-07":"2026-01-09"].tolist()
[True, True, True]
>>> record_days(m, "silver", "high").tolist()
[True, True, True, True, False]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from leadwatch.claims.carry import carry_share
from leadwatch.claims.dayextremes import DAY_EXTREME_OPS, day_extreme_days
from leadwatch.claims.movetolerance import move_tolerance
from leadwatch.claims.unrangedfix import close_slack
from leadwatch.errors import DataError

__all__ = [
    "FEED_TOLERANCE",
    "TOLERANCE",
    "Change",
    "Market",
    "change",
    "change_to_date",
    "level_days",
    "plausible",
    "record_days",
    "rescale",
    "running_record_days",
    "session_change",
    "window_change",
    "window_move_days",
]

#: How far a stated level may lie outside the stored day's high-low range and still be in
#: it: feeds differ by a few hundredths of a percent (a coin's low of 97,410 on one is
#: 97,452 on another). Ranges only: close-to-close moves get no extra tolerance.
FEED_TOLERANCE = 0.001
#: The same for a fixed series (a London fix) whose range is its futures': a spot quote
#: sits off the futures' range by the basis (carry to delivery, the roll), up to ~0.5%.
BASIS_TOLERANCE = 0.005
#: The tolerance rules, in words, quoted with the evidence.
TOLERANCE = {
    "at": (
        "close within ±2% of the level, or the day's range (±0.1%, feeds differ; a fix's "
        "futures range ±0.5%, the basis; a futures quote: 3 months' carry above) contains it"
    ),
    "near": "close within -3%..+2% of the level, or the day's range touches that band",
    "above": "close or the day's high at least 0.5% below the level or higher (a fix: 2%)",
    "below": "close or the day's low at most 0.5% above the level or lower (a fix: 2%)",
    "break": (
        "previous close below the level and the close or the day's high within 0.5% of it "
        "or above (up to 4 days earlier when no day is named, if the price still holds)"
    ),
    "high": "close at or above every earlier close, or the day's high above every earlier high",
    "low": "close at or below every earlier close, or the day's low below every earlier low",
    "day:low": "the level in the day's range, within 0.6% (no range or a fix: close 0-3% above)",
    "day:high": "the level in the day's range, within 0.6% (no range or a fix: close 0-3% below)",
}

SOURCE_NAMES = {
    "silver": "LBMA silver (noon London fix)",
    "gold": "LBMA gold (PM fix)",
    "btc": "Bitcoin (00:00 UTC close)",
    "dxy": "ICE dollar index (DXY)",
    "real_yield_10y": "10-year TIPS real yield",
    "fed_funds": "effective fed funds rate",
}


@dataclass(frozen=True, slots=True)
class Market:
    """Daily closes and (optional) daily ranges per asset id.

    ``ranges[asset]`` is a frame with ``low`` and ``high`` columns (dates as index)
    and ``range_names[asset]`` says what it is (e.g. "COMEX silver futures").
    """

    closes: Mapping[str, pd.Series]
    ranges: Mapping[str, pd.DataFrame] = field(default_factory=dict)
    range_names: Mapping[str, str] = field(default_factory=dict)
    rates: frozenset[str] = frozenset({"real_yield_10y", "fed_funds", "yield_10y", "breakeven_10y"})
    names: Mapping[str, str] = field(default_factory=dict)
    #: Series sampled at a fixed time before the US session (the London fixes): a move
    #: reported in a US afternoon shows in the next day's fix.
    fixed: frozenset[str] = frozenset({"gold", "silver"})

    def is_rate(self, asset: str) -> bool:
        """Changes in a rate are differences in points, not returns."""
        return asset in self.rates

    def has(self, asset: str | None) -> bool:
        return asset is not None and asset in self.closes and len(self.closes[asset].dropna()) > 0

    def close(self, asset: str) -> pd.Series:
        return self.closes[asset].dropna().sort_index()

    def span(self) -> tuple[pd.Timestamp, pd.Timestamp]:
        """First and last date of any close."""
        firsts = [s.dropna().index.min() for s in self.closes.values() if len(s.dropna())]
        lasts = [s.dropna().index.max() for s in self.closes.values() if len(s.dropna())]
        if not firsts:
            raise DataError(
                "the store holds none of the series the claim checker reads (gold, silver, "
                "btc, dxy, yields, ...), so nothing can date or grade the article",
                fix="import them first: leadwatch data import ../shared/data",
            )
        return pd.Timestamp(min(firsts)), pd.Timestamp(max(lasts))

    def asof(self, asset: str, day: pd.Timestamp) -> tuple[pd.Timestamp, float] | None:
        """The last close on or before ``day``."""
        s = self.close(asset).loc[:day]
        return (pd.Timestamp(s.index[-1]), float(s.iloc[-1])) if len(s) else None

    def range_on(self, asset: str, day: pd.Timestamp) -> tuple[float, float] | None:
        frame = self.ranges.get(asset)
        if frame is None or day not in frame.index:
            return None
        lo, hi = float(frame["low"].loc[day]), float(frame["high"].loc[day])
        return None if np.isnan(lo) or np.isnan(hi) else (lo, hi)

    def source(self, asset: str) -> str:
        return SOURCE_NAMES.get(asset) or self.names.get(asset, asset)


def _range(market: Market, asset: str) -> pd.DataFrame | None:
    frame = market.ranges.get(asset)
    if frame is None:
        return None
    return frame[["low", "high"]].dropna().sort_index()


def level_days(
    market: Market, asset: str, op: str, level: float, *, recent: int = 0, later: bool = False
) -> pd.Series:
    """Boolean series over the asset's trading days: did ``op $level`` hold that day?
    (``later``: a futures quote, maybe of a later contract than the front month.)"""
    c = market.close(asset)
    r = _range(market, asset)
    if op in DAY_EXTREME_OPS:  # "its intraday low of $X": the day's low, not the close
        return day_extreme_days(c, r, op, level, proxy=asset in market.fixed)
    if r is not None and op in ("at", "near", "above", "below"):  # another feed's range
        slack = BASIS_TOLERANCE if asset in market.fixed else FEED_TOLERANCE
        later = later and asset in market.fixed and op in ("at", "near")
        lift = slack + (carry_share(market.closes.get("fed_funds"), r.index) if later else 0.0)
        r = r.assign(low=r["low"] * (1 - slack), high=r["high"] * (1 + lift))
    if op == "at":
        ok = (c / level - 1.0).abs() <= 0.02
        extra = None if r is None else (r["low"] <= level) & (r["high"] >= level)
    elif op == "near":
        ok = (c >= level * 0.97) & (c <= level * 1.02)
        extra = None if r is None else (r["low"] <= level * 1.02) & (r["high"] >= level * 0.97)
    elif op == "above":
        ok = c >= level * (1 - close_slack(asset in market.fixed, c, r))
        extra = None if r is None else r["high"] >= level * 0.995
    elif op == "below":  # a high (low) gets the close's slack: the range may be one session's
        ok = c <= level * (1 + close_slack(asset in market.fixed, c, r))
        extra = None if r is None else r["low"] <= level * 1.005
    else:  # a fix, sampled at noon, may sit on the level the spot crossed (the basis)
        below = level * (1 + BASIS_TOLERANCE) if asset in market.fixed else level
        ok = (c.shift(1) < below) & (c >= level * 0.995)
        extra = None
        if r is not None:
            prev = c.reindex(r.index.union(c.index)).ffill().shift(1).reindex(r.index)
            extra = (prev < below) & (r["high"] >= level * 0.995)
        if recent:
            assert r is not None or extra is None
            crossing = _union(ok, extra)
            high = None if r is None else r["high"] >= level * 0.98
            still = _union(c >= level * 0.98, high)
            spread = crossing.astype(float).rolling(f"{recent + 1}D").max().fillna(0) > 0
            return spread & still.reindex(spread.index, fill_value=False)
    return _union(ok, extra)


def _union(a: pd.Series, b: pd.Series | None) -> pd.Series:
    if b is None:
        return a.astype(bool)
    index = a.index.union(b.index)
    return a.reindex(index, fill_value=False).astype(bool) | b.reindex(
        index, fill_value=False
    ).astype(bool)


def record_days(market: Market, asset: str, hl: str = "high") -> pd.Series:
    """Boolean series over trading days: a record close (or a record intraday range) that day."""
    c = market.close(asset)
    r = _range(market, asset)
    if hl == "low":
        ok = c <= c.cummin().shift(1).fillna(float("inf"))
        extra = None if r is None else r["low"] < r["low"].cummin().shift(1)
    else:
        ok = c >= c.cummax().shift(1).fillna(-float("inf"))
        extra = None if r is None else r["high"] > r["high"].cummax().shift(1)
        if r is not None and extra is not None:  # an intraday high must beat every close too
            prior = c.cummax().reindex(r.index.union(c.index)).ffill().shift(1).reindex(r.index)
            extra = extra & (r["high"] > prior)
    return _union(ok, extra)


def prior_record(
    market: Market, asset: str, day: pd.Timestamp, hl: str = "high"
) -> tuple[pd.Timestamp | None, float]:
    """``(date, value)`` of the record close before ``day`` (or ``(None, nan)``)."""
    s = market.close(asset).loc[: day - pd.Timedelta(days=1)]
    if s.empty:
        return None, float("nan")
    pos = int(np.argmin(s.to_numpy()) if hl == "low" else np.argmax(s.to_numpy()))
    return pd.Timestamp(s.index[pos]), float(s.iloc[pos])


#: (change, first date, first value, last date, last value)
Change = tuple[float, pd.Timestamp | None, float, pd.Timestamp | None, float]


def change(market: Market, asset: str, start: pd.Timestamp, end: pd.Timestamp) -> Change:
    """(change, first date, first value, last date, last value): simple return, or points."""
    a, b = market.asof(asset, start), market.asof(asset, end)
    if a is None or b is None or a[0] >= b[0]:
        return (float("nan"), None, float("nan"), None, float("nan"))
    diff = b[1] - a[1] if market.is_rate(asset) else b[1] / a[1] - 1.0
    return (diff, a[0], a[1], b[0], b[1])


def change_to_date(
    market: Market,
    asset: str,
    start: pd.Timestamp,
    end: pd.Timestamp,
    day: pd.Timestamp,
    stated: float | None,
    rolling: bool = False,
) -> Change:
    """The change over a window; one that runs to the article date ("up 8% this year") may
    end on the trading day before it too (the source may close before the text is written):
    the end that fits the stated move better is kept. A ``rolling`` window ("week on week",
    "over the past month") moves back with its end: the same span to the day before."""
    found = change(market, asset, start, end)
    if end != day or stated is None or found[3] is None:
        return found
    seen = market.asof(asset, found[3] - pd.Timedelta(days=1))
    back = found[3] - seen[0] if rolling and seen is not None else pd.Timedelta(0)
    before = change(market, asset, start - back, found[3] - pd.Timedelta(days=1))
    if not np.isfinite(before[0]) or not np.isfinite(found[0]):
        return found
    return min((found, before), key=lambda ch: abs(ch[0] - stated))


def plausible(market: Market, asset: str, level: float) -> bool:
    """Whether ``level`` could be a price of ``asset`` at all (within 2/3 of its lowest and
    1.5 times its highest close): "silver below $5,600" took gold's figure."""
    c = market.close(asset)
    lo, hi = float(c.min()), float(c.max())
    if market.is_rate(asset):
        return lo - 5.0 <= level <= hi + 5.0
    return 0.67 * lo <= level <= 1.5 * hi


def rescale(
    market: Market, asset: str, level: float, day: pd.Timestamp, words: str
) -> tuple[float, str | None]:
    """``(level, None)`` for a level that is within a factor 2.5 of the asset's last close
    by ``day``, or that is once read with its dot as a thousands separator ("$122.494" is
    122,494); else ``(level, why)``: no price of the asset near the date (a ratio, an
    index's P/E, another asset's figure). A rate is far when it lies more than a point
    outside the range of its closes over the 3 months to ``day`` (1.70% for the 10-year
    Treasury at 4.1%: another country's yield or another maturity)."""
    seen = market.asof(asset, day)
    if seen is None:
        return level, None
    if market.is_rate(asset):
        recent = market.close(asset).loc[day - pd.Timedelta(days=91) : day]
        if recent.empty or float(recent.min()) - 1.0 <= level <= float(recent.max()) + 1.0:
            return level, None
        return level, (
            f"{level:.2f}% is far from {asset} near the date ({recent.min():.2f}-"
            f"{recent.max():.2f}% over the 3 months to {seen[0].date()}): probably another "
            "country's rate or another maturity"
        )
    close = seen[1]
    if 1 / 2.5 <= level / close <= 2.5:
        return level, None
    if re.search(r"\d\.\d{3}(?![\d,])", words) and 1 / 1.5 <= level * 1000 / close <= 1.5:
        return level * 1000, None
    why = (
        f"{level:,.2f} is far from any price of {asset} near the date (close {close:,.2f} on "
        f"{seen[0].date()}): probably another quantity"
    )
    return level, why


def session_change(market: Market, asset: str) -> pd.Series:
    """Per trading day, the change from the previous close (points for rates)."""
    c = market.close(asset)
    return c.diff() if market.is_rate(asset) else c.pct_change()


def running_record_days(
    market: Market, asset: str, hl: str, days: int = 0, since: pd.Timestamp | None = None
) -> pd.Series:
    """Trading days whose close (or range) beats every close of the ``days`` before it
    (or every close from ``since`` on)."""
    c = market.close(asset)
    r = _range(market, asset)
    low = hl == "low"
    if since is not None:
        base = c.where(c.index >= since)
        prior = (base.cummin() if low else base.cummax()).shift(1)
        start = since + pd.Timedelta(days=183)
    else:
        roll = c.shift(1).rolling(f"{days}D")
        prior = roll.min() if low else roll.max()
        start = c.index.min() + pd.Timedelta(days=days)
    ok = c <= prior if low else c >= prior
    extra = None
    if r is not None:
        p = prior.reindex(r.index.union(prior.index)).ffill().reindex(r.index)
        extra = r["low"] <= p if low else r["high"] >= p
    out = _union(ok, extra)
    return out & (out.index >= start)


def window_move_days(market: Market, asset: str, stated: float, code: str) -> pd.Series:
    """Trading days on which the change over window ``code`` (``ytd``, ``mtd``, ``week``, ``month``,
    ``months`` (three), ``year``, ``years:N``) matches ``stated`` within the move tolerance."""
    ch = window_change(market, asset, code)
    return ((ch - stated).abs() <= move_tolerance(stated)).fillna(False)


def window_change(market: Market, asset: str, code: str) -> pd.Series:
    """Per trading day, the change over window ``code`` (see :func:`window_move_days`)."""
    c = market.close(asset)
    if code in ("ytd", "mtd"):  # from the last close of the year (month) before
        idx = pd.DatetimeIndex(c.index)
        period = idx.year if code == "ytd" else idx.year * 12 + idx.month - 1
        period_end = c.groupby(period).last()
        base = pd.Series(period - 1, index=c.index).map(period_end)
    else:
        span = {"week": 7, "month": 30, "months": 91, "year": 365}.get(code)
        if span is None:
            n = int(code.split(":")[1])
            span = n if code.startswith("days:") else 365 * n
        shifted = c.copy()
        shifted.index = shifted.index + pd.Timedelta(days=span)
        base = shifted.reindex(shifted.index.union(c.index)).ffill().reindex(c.index)
    return c - base if market.is_rate(asset) else c / base - 1.0


def last_beyond(
    market: Market, asset: str, hl: str = "high", *, series: pd.Series | None = None
) -> pd.Series:
    """For each trading day, the date of the last earlier close above it (below it for
    ``low``), or of the last earlier of ``series`` (the day's highs or lows) beyond the
    day's; ``NaT`` when there is none (an all-time record)."""
    c = market.close(asset) if series is None else series
    values = c.to_numpy() if hl != "low" else -c.to_numpy()
    out = np.full(len(values), np.datetime64("NaT"), dtype="datetime64[ns]")
    dates = c.index.to_numpy()
    stack: list[int] = []  # indices with decreasing values: the previous-greater chain
    for i, v in enumerate(values):
        while stack and values[stack[-1]] <= v:
            stack.pop()
        if stack:
            out[i] = dates[stack[-1]]
        stack.append(i)
    return pd.Series(out, index=c.index)
