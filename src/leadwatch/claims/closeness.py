"""How closely an article's quoted figures fit each day: a graded measure for dating (pure).

Whether a claim *holds* on a day is a yes or no with a tolerance (:mod:`~leadwatch.claims.market`),
so several days can satisfy every claim at once. Among those, the day on which the quoted
figures are closest is the better explanation of the article:

- a quoted price ("at $101.33") is as far from a day as its nearest close: the asset's own
  close or, where the store holds them, its futures' settlement (a wire quotes spot or
  futures, not the London fix). A quote inside the day's high-low range fits it (it can
  be intraday), unless the range is a wide one (over 5 times the asset's usual width, the
  median of the past year): on a crash day whose range spans 40%, every price is
  "inside", which says little about any one of them, so such a range is credited only a
  quarter of its width. A "near" quote ("approaching $40") names a band, not a price
  (-3%..+2%, the ``near`` tolerance): a close anywhere inside it fits;
- a stated move ("down 1.7%") is as far as the day's change (of the asset or its
  futures) is from it, in units of the move tolerance (a quarter of the move, at least 1
  point), scaled so that a move at the edge of its tolerance counts like a price 2% away
  (the edge of the ``at`` tolerance). A session move told with the price it reached ("up
  4.9%, reaching $75.18") runs from the close before to that price; a move told of the
  futures is measured on the futures alone.

:func:`quote_fit` averages these per calendar day (lower is better); the dating breaks
near-ties with the prices' fit, then the moves' fit, instead of taking the earliest day.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> days = pd.bdate_range("2026-01-05", periods=30)
>>> close = pd.Series(100.0, index=days)
>>> close.iloc[-1] = 80.0  # a crash day: the range spans 70..130
>>> r = pd.DataFrame({"low": close - 1, "high": close + 1})
>>> r.iloc[-1] = [70.0, 130.0]
>>> m = Market({"silver": close}, {"silver": r})
>>> level_closeness(m, "silver", 100.5).round(4).tolist()[-2:]  # the wide range counts less
[0.0, 0.1154]
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market, level_days, session_change, window_change
from leadwatch.claims.model import Claim
from leadwatch.claims.movetolerance import move_tolerance

#: The price a session move's claim says it reached, if any.
Quoted = Callable[[Claim], float | None]

__all__ = [
    "NEAR_BAND",
    "WINDOWS",
    "level_closeness",
    "move_error",
    "quote_fit",
    "quoted_level_days",
    "round_the_clock",
    "spell_min",
]

#: A move at the edge of its tolerance counts like a price this far off (the ``at`` band).
_MOVE_SCALE = 0.02
#: A far-off (misread) figure does not dominate the mean.
_CAP = 0.05
#: Share of a day's high-low width a quote inside it may be off by (a wide range says less).
_RANGE_SHARE = 0.25
#: A range wider than this many times the asset's usual width (median over the past
#: year) is a wide one: a quote inside it is credited a share of its width, not 0.
_WIDE = 5.0
_USUAL_DAYS = 250
#: The band "near $X" stands for (shares below and above X: the ``near`` tolerance).
NEAR_BAND = (0.03, 0.02)
#: Windows of moves that are graded over that window (see :func:`move_error`).
WINDOWS = ("ytd", "mtd", "week", "month", "months", "year")


def round_the_clock(market: Market, asset: str) -> bool:
    """Whether ``asset`` trades around the clock (closes on weekends: crypto)."""
    return bool((pd.DatetimeIndex(market.close(asset).index).day_of_week >= 5).any())


def _series(market: Market, asset: str) -> list[str]:
    """``asset`` and, where the store holds them, its futures (a wire quotes either)."""
    fut = FUTURES.get(asset)
    return [asset, fut] if fut is not None and market.has(fut) else [asset]


def quoted_level_days(
    market: Market, asset: str, op: str, level: float, later: bool = False
) -> pd.Series:
    """Days on which a quoted price ``op level`` ("at", "near") holds on the asset or, where
    the store holds them, on its futures: a wire quotes spot or a futures contract (the
    futures trade at a premium a spot-only check would miss by a few tenths).

    >>> import pandas as pd
    >>> days = pd.bdate_range("2026-01-05", periods=2)
    >>> m = Market({"gold": pd.Series([2700.0, 2787.0], index=days),
    ...             "gold_fut": pd.Series([2710.0, 2823.0], index=days)})
    >>> quoted_level_days(m, "gold", "at", 2845.0).tolist()
    [False, True]
    """
    held = [level_days(market, name, op, level, later=later) for name in _series(market, asset)]
    index = held[0].index.union(held[-1].index)
    return held[0].reindex(index, fill_value=False) | held[-1].reindex(index, fill_value=False)


def level_closeness(
    market: Market, asset: str, level: float, band: tuple[float, float] = (0.0, 0.0)
) -> pd.Series:
    """Per trading day, how far ``level`` is from the nearest close of ``asset`` (or of its
    futures), relative; a day whose high-low range holds ``level`` fits it (0) unless the
    range is a wide one, which counts a quarter of its relative width. ``band`` (shares
    below and above ``level``) widens the level to a band ("near $40": -3%..+2%, see
    :data:`NEAR_BAND`): a close anywhere inside it fits.

    >>> import pandas as pd
    >>> days = pd.bdate_range("2026-01-05", periods=2)
    >>> m = Market({"silver": pd.Series([39.0, 41.0], index=days)})
    >>> level_closeness(m, "silver", 40.0, NEAR_BAND).round(4).tolist()
    [0.0, 0.005]
    """
    lo, hi = level * (1 - band[0]), level * (1 + band[1])
    closes = [market.close(a) for a in _series(market, asset)]
    devs = [((lo - c).clip(lower=0.0) + (c - hi).clip(lower=0.0)) / level for c in closes]
    dev = pd.concat(devs, axis=1, sort=True).min(axis=1) if len(devs) > 1 else devs[0]
    frame = market.ranges.get(asset)
    if frame is not None:
        r = frame[["low", "high"]].dropna()
        inside = (r["low"] <= hi) & (r["high"] >= lo)
        width = (r["high"] - r["low"]) / r["high"]
        usual = width.rolling(_USUAL_DAYS, min_periods=20).median().bfill()
        wide = width > _WIDE * usual
        credit = (width * _RANGE_SHARE).where(wide, 0.0).where(inside)
        dev = pd.concat([dev, credit], axis=1, sort=True).min(axis=1)
    return dev.sort_index()


def move_error(
    market: Market,
    asset: str,
    stated: float,
    window: str | None,
    price: float | None = None,
    names: list[str] | None = None,
) -> pd.Series:
    """Per trading day, how far the change over ``window`` (one session when ``None`` or
    ``day``) is from ``stated`` (a fraction, or points for rates), in price-equivalent
    units: 0.02 at the edge of the move tolerance (a quarter of the move, at least 1 point).
    A session move told with the ``price`` it reached ("up 4.9%, reaching $75.18") runs
    from the close before to that price; ``names`` are the series to try (the asset and
    its futures by default).

    >>> import pandas as pd
    >>> days = pd.bdate_range("2026-01-05", periods=3)
    >>> m = Market({"spx": pd.Series([100.0, 98.3, 97.0], index=days)})
    >>> move_error(m, "spx", -0.017, None).round(4).tolist()
    [nan, 0.0, 0.0076]
    >>> move_error(m, "spx", -0.017, None, price=98.3).round(4).tolist()  # to 98.3
    [nan, 0.0, 0.034]
    """
    tol = move_tolerance(stated)
    errs = []
    for name in names or _series(market, asset):
        if window in (None, "day") and price is not None:
            before = market.close(name).shift(1)
            ch = price - before if market.is_rate(name) else price / before - 1.0
        elif window in (None, "day"):
            ch = session_change(market, name)
        else:
            ch = window_change(market, name, window)
        errs.append((ch - stated).abs() / tol * _MOVE_SCALE)
    return pd.concat(errs, axis=1, sort=True).min(axis=1) if len(errs) > 1 else errs[0]


def _dated_today(c: Claim) -> bool:
    return c.when is None or c.when[0] == "today"


def _of_the_day(c: Claim) -> bool:
    """A price of the article's day: said of no day, of today, or of a weekday named ("at
    $115,171 early Monday"), counted for the articles of that weekday or the next."""
    return _dated_today(c) or (c.when is not None and c.when[0] == "weekday")


def _claim_fit(c: Claim, market: Market, quoted: Quoted | None = None) -> pd.Series | None:
    """Per trading day, the claim's distance (``None``: not a quoted figure); ``quoted``
    gives the price a session move says it reached, if any."""
    asset = c.asset or ""
    if c.kind == "level" and c.op in ("at", "near") and c.level is not None and _of_the_day(c):
        return level_closeness(market, asset, c.level, NEAR_BAND if c.op == "near" else (0, 0))
    if c.kind == "percent" and c.pct is not None:
        window = c.window
        graded = window in (None, "day", *WINDOWS) or (window or "").startswith("years:")
        if not graded or (window in (None, "day") and not _dated_today(c)):
            return None
        stated = c.pct / 100 * (1 if c.op == "up" else -1)
        price = quoted(c) if quoted is not None and window in (None, "day") else None
        err = move_error(market, asset, stated, window, price, _told_series(c, market))
        if window in (None, "day") and (asset in market.fixed or round_the_clock(market, asset)):
            err = pd.Series(np.fmin(err.to_numpy(), err.shift(-1).to_numpy()), index=err.index)
        return err
    return None


def _told_series(c: Claim, market: Market) -> list[str] | None:
    """The futures alone for a move told of them ("Comex silver rose 3%", qualifier
    ``futures`` or ``of_futures``) where the store holds them, else ``None`` (either)."""
    fut = FUTURES.get(c.asset or "")
    said = {"futures", "of_futures"} & set(c.qualifiers)
    return [fut] if said and fut is not None and market.has(fut) else None


def quote_fit(
    claims: list[Claim],
    market: Market,
    calendar: pd.DatetimeIndex,
    kinds: tuple[str, ...] = ("level", "percent"),
    quoted: Quoted | None = None,
) -> pd.Series:
    """Mean distance of the quoted prices and stated moves from each calendar day (the
    better of the day and the day before, for the source's close time; lower is better;
    1.0 when the text quotes none): see :func:`level_closeness` and :func:`move_error`.
    ``quoted`` gives the price a session move says it reached ("up 1.3% at $4,062")."""
    devs = []
    for c in claims:
        if not market.has(c.asset) or c.kind not in kinds:
            continue
        if c.when is not None and c.when[0] in ("date", "month"):
            continue  # "at 14.5 on Jan. 1", "52.3 in April 2025": a price of another day
        dev = _claim_fit(c, market, quoted)
        if dev is None:
            continue
        dev = dev.groupby(pd.DatetimeIndex(dev.index).normalize()).min()
        daily = dev.reindex(dev.index.union(calendar)).ffill(limit=4).reindex(calendar)
        best = np.fmin(daily.to_numpy(), daily.shift(1).to_numpy())
        if c.when is not None and c.when[0] == "weekday":  # "early Monday": of a Monday article
            named = int(c.when[1])  # type: ignore[call-overload]
            on_day = daily.where(calendar.day_of_week == named)  # that weekday's, not Sunday's
            best = on_day.ffill(limit=1).to_numpy(copy=True)
            best[~np.isin(calendar.day_of_week, (named, (named + 1) % 7))] = np.nan
        devs.append(np.fmin(best, _CAP))
    if not devs:
        return pd.Series(1.0, index=calendar)
    stack = np.vstack(devs)
    seen = (~np.isnan(stack)).sum(axis=0)
    total = np.where(np.isnan(stack), 0.0, stack).sum(axis=0)
    mean = np.divide(total, seen, out=np.ones_like(total), where=seen > 0)
    return pd.Series(mean, index=calendar)


def spell_min(values: pd.Series, mask: pd.Series) -> pd.Series:
    """Per day of ``mask``, the least of ``values`` over its spell (its run of consecutive
    days in ``mask``); NaN off the mask. A spell is judged by its best day: a quote that
    fits the day before also fits the article date after it.

    >>> days = pd.date_range("2026-01-05", periods=5)
    >>> v = pd.Series([0.3, 0.1, 0.5, 0.2, 0.4], index=days)
    >>> spell_min(v, pd.Series([True, True, False, True, True], index=days)).tolist()
    [0.1, 0.1, nan, 0.2, 0.2]
    """
    on = mask.to_numpy(dtype=bool)
    run = np.cumsum(np.r_[on[0], on[1:] & ~on[:-1]]) if len(on) else np.zeros(0, dtype=int)
    best = values.where(on).groupby(np.where(on, run, -1)).transform("min")
    return best.where(on)
