"""Comparisons of an asset with its own past level (pure): "sits 7% over its March 3
level", "a touch under its Labor Day price of $2,410", "under where it began the
year", "right back where it stood on March 4" (level with that day: within 2% of its close).

A comparison names a reference day (a date without its year: the last one before the
article; a US holiday, from pandas' holiday rules; the year's start: the last close
of the year before) and a side (above/below), optionally a size ("3%", "slightly") and the
reference level itself. "Now" is the close of the article day or of the trading day
before, or a price inside that day's range; the reference is that day's close or the
close before it (a level "at January 1" is the close that stood when the day began). The
claim is confirmed when the side holds and the size is within the move tolerance (1 pp
or a quarter of it; "slightly": within 3%); a quoted reference level must be within 2%
of the reference close.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Ether is now 7% above its March 3 level."
>>> [(a, op, pct, ref) for a, op, pct, ref, _, _ in past_levels(s, find_assets(s), None)]
[('eth', 'above', 7.0, 'March 3')]
>>> reference_day("Memorial Day", pd.Timestamp("2025-08-30")).date()
datetime.date(2025, 5, 26)
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd
from pandas.tseries import holiday

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.market import Market
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.movetolerance import move_tolerance
from leadwatch.claims.ratios import check_ratio
from leadwatch.claims.vocabulary import MONTH_RE, PRICE_NUM_RE, YEAR_RE, month_number

__all__ = [
    "check_past_level",
    "check_session_comparison",
    "is_session_comparison",
    "past_level_days",
    "past_levels",
    "reference_day",
]

_HOLIDAYS: dict[str, holiday.Holiday] = {
    "memorial day": holiday.USMemorialDay,
    "labor day": holiday.USLaborDay,
    "thanksgiving": holiday.USThanksgivingDay,
    "presidents day": holiday.USPresidentsDay,
    "martin luther king day": holiday.USMartinLutherKingJr,
    "independence day": holiday.Holiday("July 4th", month=7, day=4),
    "christmas": holiday.Holiday("Christmas", month=12, day=25),
    "new year's day": holiday.Holiday("New Year's Day", month=1, day=1),
}
_REF = (
    rf"(?P<ref>(?:{MONTH_RE})\.? [0-3]?\d(?:st|nd|rd|th)?"
    r"|Memorial Day|Labor Day|Thanksgiving|Presidents['\u2019]? Day|Independence Day|Christmas"
    r"|New Year['\u2019]s(?: Day)?|start[- ]of[- ](?:the[- ])?year|year[- ]end|year[- ]start"
    rf"|(?:end[- ](?:of[- ])?)?{YEAR_RE}(?:[- ](?:year[- ])?end)?)"
)
_SIZE = (
    r"(?:(?P<pct>\d+(?:\.\d+)?)\s?(?:%|percent|per cent)"
    r"|(?P<slight>slightly|marginally|a touch|just))"
)
# "7% away from setting a fresh peak", "shy of a new record": the words before it
_TO_A_RECORD = r"(?:its|the|their|an?|new|fresh|reaching|hitting|setting|making|printing)"
# "under its June 9, 2024 record high": the day the peak was set, named before it
_PEAK_DAY = rf"(?P<peakday>(?:{MONTH_RE})\.? [0-3]?\d(?:st|nd|rd|th)?(?:,? {YEAR_RE})?)"
_PAST_LEVEL_RE = re.compile(
    rf"(?:{_SIZE}\s+)?(?:(?:just|still|now|only|about|roughly)\s+)*"
    rf"(?P<side>above|below|under|over|higher than|lower than)\s+"
    rf"(?:its|the|their)\s+{_REF}(?:['\u2019]s)?\s+(?:level|price|close|value|mark)"
    rf"(?:\s+of\s+(?:US)?\$\s?(?P<level>{PRICE_NUM_RE}))?"
    r"|(?P<side2>above|below|under) where (?:it|they) (?:started|began) the year"
    rf"|(?:{_SIZE.replace('pct', 'ppct').replace('slight', 'pslight')}\s+)?"
    r"(?:(?:just|still|now|only|about|roughly|some)\s+)*"
    r"\b(?P<side3>below|under|off|short of|shy of|beneath|lower than|down from|away from|behind)"
    r"\s+"
    rf"(?:(?:{_TO_A_RECORD}\s+)+(?:{_PEAK_DAY},?\s+)?|(?=ATH\b))"  # "4% below ATH" bare
    r"(?P<peak>(?:all-time|record|recent|previous|prior)\s+(?:closing\s+|intraday\s+)?"
    r"(?:high|peak)s?|record|peak|(?-i:ATH)\b)"
    rf"(?:\s+(?:of|above|near|around)\s+(?:US)?\$\s?(?P<plevel>{PRICE_NUM_RE}))?"
    # "within 2% of its all-time highs", "less than 1% away from its March record high"
    r"|\b(?P<within>within|less than|no more than)\s+(?P<wpct>\d+(?:\.\d+)?)\s?(?:%|percent"
    rf"|per cent)\s+(?:of|away from|below|off|from|short of|behind)\s+(?:{_TO_A_RECORD}\s+)+"
    rf"(?:(?:{MONTH_RE})\s+)?(?P<wpeak>(?:all-time|record)\s+(?:closing\s+|intraday\s+)?"
    r"(?:high|peak)s?|record|peak)s?\b",
    re.IGNORECASE,
)
#: A distance told as a bound ("within 2% of its record"): at most the stated size.
_BOUND = re.compile(r"(?:within|less than|no more than)\b", re.IGNORECASE)
# "right back where it stood on May 6", "much the same level as on March 2": level with that day
_SAME_RE = re.compile(
    r"\b(?:back\s+)?(?:to\s+)?(?:(?:about|roughly|around|nearly|near|close to|right|much)\s+)?"
    r"(?:back\s+)?(?:to\s+)?(?:where (?:it|they|prices?|the (?:price|metal|coin|index)) "
    r"(?:was|were|stood|traded|had been|had traded)(?: trading)?|the same (?:level|price) as)"
    + rf"\s+(?:on|at)\s+{_REF.replace('?P<ref>', '')}\b",
    re.IGNORECASE,
)
#: Level with a past day ("back where it stood on ..."): within this of its close.
_SAME = 0.02
#: "Slightly above/below", "a touch under its peak": within this of the reference.
_SLIGHT = 0.05

PastLevel = tuple[str, str, float | None, str, float | None, str]


def past_levels(s: str, mentions: list[AssetMention], subject: str | None) -> list[PastLevel]:
    """``(asset, side, pct, reference, level, words)`` of every comparison of an asset with
    its own past level in sentence ``s`` (the asset named last before it, else ``subject``)."""
    out: list[PastLevel] = []
    for m in _PAST_LEVEL_RE.finditer(s):
        before = [x for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1].asset if before else subject
        if asset is None:
            continue
        side = (m.group("side") or m.group("side2") or m.group("side3") or "below").lower()
        side = "above" if side in ("above", "over", "higher than") else "below"
        peak = m.group("peak") or m.group("wpeak")  # "within 2% of its record": a bound
        ref = "peak" if peak else m.group("ref") or "start of the year"
        size = m.group("pct") or m.group("ppct") or m.group("wpct")
        slight = m.group("slight") or m.group("pslight")
        pct = float(size) if size else (-1.0 if slight else None)  # -1: "slightly", no number
        quoted = m.group("level") or m.group("plevel")
        level = float(quoted.replace(",", "")) if quoted else None
        end = m.start("peak") if m.group("peakday") else m.end()  # "its May 2 peak of $X"
        out.append((asset, side, pct, ref, level, s[m.start() : end].strip()))
    for m in _SAME_RE.finditer(s):
        before = [x for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1].asset if before else subject
        day = re.search(rf"(?:{MONTH_RE})\.? [0-3]?\d", m.group(0), re.IGNORECASE)
        if asset is not None and day is not None:
            out.append((asset, "at", None, day.group(0), None, m.group(0).strip()))
    return out


def reference_day(ref: str, day: pd.Timestamp) -> pd.Timestamp | None:
    """The last day named by ``ref`` before article date ``day`` (``None``: unreadable)."""
    words = re.sub(r"\s+", " ", ref.lower().replace("\u2019", "'").replace("-", " ")).strip()
    if words in ("start of the year", "start of year", "year end", "year start"):
        return pd.Timestamp(year=day.year - 1, month=12, day=31)
    closing = re.fullmatch(rf"(?:end (?:of )?)?({YEAR_RE})(?: (?:year )?end)?", words)
    if closing is not None:  # "its 2024 close", "its end-2024 level": that year's last day
        end = pd.Timestamp(year=int(closing.group(1)), month=12, day=31)
        return end if end < day else None
    if words.startswith(("new year", "presidents")):
        words = "new year's day" if words.startswith("new") else "presidents day"
    rule = _HOLIDAYS.get(words)
    if rule is not None:
        found = rule.dates(day - pd.DateOffset(years=1, days=1), day - pd.Timedelta(days=1))
        return pd.Timestamp(found[-1]) if len(found) else None
    m = re.match(rf"({MONTH_RE})\.? ([0-3]?\d)", ref.strip(), re.IGNORECASE)
    if m is None:
        return None
    month, dom = month_number(m.group(1)), int(m.group(2))
    for year in (day.year, day.year - 1):
        try:
            on = pd.Timestamp(year=year, month=month, day=dom)
        except ValueError:
            return None
        if on < day:
            return on
    return None


def against_level(c: Claim) -> bool:
    """Is ``c`` a comparison with a stated level: a past level of its asset (window
    ``ref:...``) or the ratio of two assets' prices (op ``ratio:...``,
    :mod:`leadwatch.claims.ratios`)?"""
    return (c.window or "").startswith("ref:") or (c.op or "").startswith("ratio:")


def check_past_level(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Grade a comparison with a past level (rules in the module docstring), or a ratio's
    stated value (:func:`leadwatch.claims.ratios.check_ratio`)."""
    if (c.op or "").startswith("ratio:"):
        return check_ratio(c, day, market)
    assert c.asset is not None and c.window is not None
    closes = market.close(c.asset)
    now = closes.loc[:day].iloc[-2:]
    if c.window == "ref:peak":  # the highest close or intraday high up to the day
        ref, base = _peak(market, c.asset, day)
    else:
        found = reference_day(c.window.removeprefix("ref:"), day)
        if found is None:
            return "not checkable", f"the reference day {c.window[4:]!r} cannot be read", {}
        ref = found
        base = pd.concat([closes.loc[: ref - pd.Timedelta(days=1)].iloc[-1:], closes.loc[ref:ref]])
    if now.empty or base.empty or now.index[0] <= ref:
        return "not checkable", f"no {c.asset} closes around {ref.date()} and {day.date()}", {}
    tries = []
    for d0, v0 in base.items():
        for d1, close in zip(pd.DatetimeIndex(now.index), now.to_numpy(), strict=True):
            span = market.range_on(c.asset, d1)  # "now": the close or inside the day's range
            for v1 in (close,) if span is None else (close, *_inside(c, v0, *span)):
                gap = v1 - v0 if market.is_rate(c.asset) else v1 / v0 - 1.0
                tries.append((_error(c, gap), gap, str(d0)[:10], v0, str(d1)[:10], v1))
    err, gap, start, v0, end, v1 = min(tries, key=lambda t: t[0])
    ok = err <= 0.0
    quoted = ""
    if c.level is not None:
        off = min(abs(v / c.level - 1.0) for v in base.to_numpy())
        ok = ok and off <= 0.02
        quoted = f"; the quoted {c.level:,.2f} is {off:.1%} from the reference close"
    text = (
        f"{market.source(c.asset)} {v1:,.2f} on {end} against {v0:,.2f} on {start} "
        f"(the reference {c.window[4:]!r} = {ref.date()}): {gap:+.1%}; stated: {c.describe()}"
        f"{quoted}"
    )
    data = {"reference": str(ref.date()), "gap": float(gap), "stated": c.pct}
    return ("confirmed" if ok else "contradicted"), text, data


def _peak(market: Market, asset: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Series]:
    """The record up to ``day``: the highest close, or intraday high where there is one."""
    highs = market.close(asset).loc[:day]
    frame = market.ranges.get(asset)
    if frame is not None:
        highs = pd.concat([highs, frame["high"].dropna().loc[:day]])
    at = pd.DatetimeIndex(highs.index)[int(np.argmax(highs.to_numpy()))]
    return at, pd.Series([float(highs.max())], index=[at])


def _inside(c: Claim, base: float, low: float, high: float) -> tuple[float, ...]:
    """The day's low, high, and the stated level clipped into that range."""
    pct = 0.0 if c.pct is None or c.pct < 0 else c.pct / 100
    target = base * (1 + pct if c.op == "above" else 1 - pct)
    return low, high, min(max(target, low), high)


def _error(c: Claim, gap: float) -> float:
    """How far ``gap`` is outside what the claim allows (0: inside)."""
    if c.op == "at":  # "back where it stood on March 2": level with that day's close
        return float(max(0.0, abs(gap) - _SAME))
    sign = 1.0 if c.op == "above" else -1.0
    if sign * gap < 0:
        return float(abs(gap)) + 1.0  # the wrong side
    if c.pct is None:
        return 0.0
    if c.pct < 0:  # "slightly"
        return float(max(0.0, abs(gap) - _SLIGHT))
    stated = c.pct / 100
    if _BOUND.match(c.words):  # "within 2% of its record": any distance up to it
        return float(max(0.0, abs(gap) - stated - max(0.005, 0.25 * stated)))
    return float(max(0.0, abs(abs(gap) - stated) - move_tolerance(stated)))


def past_level_days(c: Claim, market: Market) -> pd.Series:
    """Over the asset's trading days: would comparison ``c`` hold (on closes) if the
    article were dated that day? (For dating; the reference moves with the date.)"""
    assert c.asset is not None and c.window is not None
    closes = market.close(c.asset)
    ref = c.window.removeprefix("ref:")
    if ref == "peak":
        return _below_peak_days(c, market)
    years = range(closes.index[0].year, closes.index[-1].year + 1)
    found = {reference_day(ref, pd.Timestamp(year=y + 1, month=1, day=1)) for y in years}
    refs = pd.DatetimeIndex(sorted(d for d in found if d is not None))
    held = pd.Series(False, index=closes.index)
    if len(refs) == 0:
        return held
    days = pd.DatetimeIndex(closes.index)
    last = refs[np.clip(refs.searchsorted(days, side="left") - 1, 0, None)]
    frame = market.ranges.get(c.asset)
    now = closes.to_numpy(dtype=float)
    lo, hi = now, now
    if frame is not None:  # "now" may be any price inside the day's range
        lo = frame["low"].reindex(days).fillna(closes).to_numpy(dtype=float)
        hi = frame["high"].reindex(days).fillna(closes).to_numpy(dtype=float)
    for shift in (pd.Timedelta(0), pd.Timedelta(days=1)):  # that day's close, the one before
        v0 = np.asarray(closes.asof(last - shift), dtype=float)
        pct = 0.0 if c.pct is None or c.pct < 0 else c.pct / 100
        target = np.clip(v0 * (1 + pct if c.op == "above" else 1 - pct), lo, hi)
        ok = np.zeros(len(days), dtype=bool)
        for v1 in (now, target):
            gap = v1 - v0 if market.is_rate(c.asset) else v1 / v0 - 1
            ok |= np.array([_error(c, float(g)) <= 0.0 for g in gap])
        ok &= (last < days) & np.isfinite(v0)  # no close before the reference: no claim
        if c.level is not None:
            ok &= np.abs(v0 / c.level - 1.0) <= 0.02
        held |= pd.Series(ok, index=closes.index)
    return held


def _below_peak_days(c: Claim, market: Market) -> pd.Series:
    """Trading days whose close sits where ``c`` puts it against the record so far."""
    closes = market.close(c.asset or "")
    peak = closes.cummax().to_numpy(dtype=float)
    frame = market.ranges.get(c.asset or "")
    if frame is not None:
        highs = frame["high"].reindex(closes.index).fillna(closes).cummax()
        peak = np.maximum(peak, highs.to_numpy(dtype=float))
    gap = closes.to_numpy(dtype=float) / peak - 1.0
    ok = np.array([_error(c, float(g)) <= 0.0 for g in gap]) & (gap < 0)
    if c.level is not None:
        ok &= np.abs(peak / c.level - 1.0) <= 0.02
    return pd.Series(ok, index=closes.index)


def is_session_comparison(c: Claim) -> bool:
    """Is ``c`` a comparison of two assets over one session ("fell more than gold on
    Tuesday", "outpaced bitcoin today")?"""
    day_word = c.when is not None and c.when[0] in ("today", "weekday", "yesterday")
    return (
        c.kind == "comparison"
        and c.other is not None
        and (c.window == "day" or (day_word and c.window is None))
    )


def check_session_comparison(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """Grade "silver fell more than gold on Tuesday": the two assets' moves over the one
    session the claim names (its weekday, yesterday, else the article day or the trading
    day before), the asset ``c.op`` says led or lagged strictly ahead or behind."""
    assert c.asset is not None and c.other is not None
    if not market.has(c.other):
        return "not checkable", f"not in the store: {c.other} (no data to compare with)", {}
    when = c.when or ("today", 0)
    if when[0] == "weekday":
        days = [day - pd.Timedelta(days=(day.weekday() - int(when[1])) % 7)]
    elif when[0] == "yesterday":
        days = [day - pd.Timedelta(days=1)]
    else:
        days = [day, day - pd.Timedelta(days=1)]
    tries = []
    for d in days:
        first, second = _session(market, c.asset, d), _session(market, c.other, d)
        if first is None or second is None:
            continue
        (mine, at), (theirs, _) = first, second
        ok = mine > theirs if c.op == "outperforms" else mine < theirs
        tries.append((ok, mine, theirs, at))
    if not tries:
        return "not checkable", f"no session of both assets around {day.date()}", {}
    ok, mine, theirs, at = max(tries, key=lambda t: t[0])
    text = (
        f"over the session of {at.date()}: {c.asset} {mine:+.2%} against {c.other} "
        f"{theirs:+.2%} (the claim: {c.asset} {c.op} {c.other})"
    )
    data = {"session": str(at.date()), "return": mine, "other_return": theirs}
    return ("confirmed" if ok else "contradicted"), text, data


def _session(market: Market, asset: str, day: pd.Timestamp) -> tuple[float, pd.Timestamp] | None:
    closes = market.close(asset).loc[:day]
    if len(closes) < 2 or (day - closes.index[-1]).days > 3:
        return None
    v0, v1 = float(closes.iloc[-2]), float(closes.iloc[-1])
    return (v1 - v0 if market.is_rate(asset) else v1 / v0 - 1.0), pd.Timestamp(closes.index[-1])
