"""A move over one session, graded as stated: a close-to-close change, a bound ("more
than 4%"), or an extreme reached within the session ("as much as 6%": the day's low or
high against the close before) (pure).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.closeness import round_the_clock
from leadwatch.claims.dating import event_day
from leadwatch.claims.extract import Claim
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.movetolerance import MOVE_TOLERANCE_WORDS
from leadwatch.claims.sessions import reached_in_session

__all__ = [
    "closes_only_gap",
    "day_move",
    "fits_either_reading",
    "fits_relative",
    "session_direction",
]


_BOUNDS = {"more": " or more", "less": " or less"}


def _fmt(market: Market, asset: str, x: float) -> str:
    return f"{x:+.2f} pp" if market.is_rate(asset) else f"{x:+.1%}"


def day_move(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """A move over one session: the close before -> the close of the day (or, for "today"
    and no day named, of the trading day before it: the source may close before the text;
    for crypto also on a named day: its quotes are rolling 24 hours).
    A move said of the futures ("August gold was last up $3.80") is graded on them; where
    they do not fit it, on the asset's own closes too (a quote taken mid-session may sit
    nearer the fix than the futures' settlement)."""
    assert c.asset is not None
    on = event_day(c.when, day)
    series = _series(c, on, market)  # "closing the session down 8.7%": the futures
    found = _on_series(c, day, on, series, market)
    if (
        found[0] in ("contradicted", "inconclusive")
        and series != c.asset
        and "futures" not in c.qualifiers
    ):
        own = _on_series(c, day, on, c.asset, market)
        return own if own[0] == "confirmed" else found
    return found


def _on_series(
    c: Claim, day: pd.Timestamp, on: pd.Timestamp, series: str, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """:func:`day_move` on the closes of ``series``."""
    assert c.asset is not None
    closes = market.close(series).loc[:on]
    # a named day's session; but a crypto quote is a rolling 24 hours, which a quote taken
    # on that day shares with the UTC day before it ("down 13% at 9 a.m. on Monday")
    named = c.when is not None and c.when[0] in ("weekday", "yesterday")
    named = named and not round_the_clock(market, series)
    if c.window == "prev":  # "in the previous session": the one before the day spoken of
        closes = closes.iloc[:-1]
    if len(closes) < 2:
        return "not checkable", f"no {c.asset} closes before {on.date()}", {}
    ends = [len(closes) - 1] if named else [len(closes) - 1, len(closes) - 2]
    stated = (c.pct or 0.0) / 100 * (1 if c.op == "up" else -1)
    extreme = "extreme" in c.qualifiers and not market.is_rate(c.asset)
    swing = "swing" in c.qualifiers and not market.is_rate(c.asset)
    tries = []
    for end in ends:
        if end < 1:
            continue
        v0, v1 = float(closes.iloc[end - 1]), float(closes.iloc[end])
        rng = market.range_on(c.asset, closes.index[end]) if extreme or swing else None
        if rng is not None:  # "as much as 6%": the day's low (high) against the close before
            v1 = rng[0] if stated < 0 else rng[1]
            base = _range_base(market, c.asset, closes.index[end])
            v0 = v0 if base is None or swing else base
        if rng is not None and swing:  # "10% in minutes": from the day's high to its low
            v0 = rng[1] if stated < 0 else rng[0]
        ch = v1 - v0 if market.is_rate(c.asset) else v1 / v0 - 1.0
        fit = fits_stated(ch, stated, c.qualifiers)
        tries.append(
            (not fit, abs(ch - stated), ch, closes.index[end - 1], v0, closes.index[end], v1)
        )
    miss, _, ch, d0, v0, d1, v1 = min(tries, key=lambda t: t[:2])
    ok = not miss
    bound = _BOUNDS.get(c.qualifiers[0] if c.qualifiers else "", "")
    what = "the day's extreme" if extreme and market.range_on(c.asset, d1) else "the close"
    what = "the day's high to low" if swing and market.range_on(c.asset, d1) else what
    source = market.source(series)
    ranged = market.range_on(c.asset, d1) is not None  # (a fix after the futures end: no)
    if extreme and not swing and ranged and _range_base(market, c.asset, d1) is not None:
        source = market.range_names.get(c.asset, source)
    unit = "1 bp" if market.is_rate(c.asset) else "1 pp"  # rates move in points of a percent
    text = (
        f"{source} {v0:,.2f} on {d0.date()} -> {v1:,.2f} on {d1.date()} ({what}): "
        f"{_fmt(market, c.asset, ch)} against the stated "
        f"{_fmt(market, c.asset, stated)}{bound} over a session (tolerance: "
        f"{MOVE_TOLERANCE_WORDS.format(unit=unit)})"
    )
    stated_rel = stated / 100
    for *_, t0, w0, t1, w1 in tries if not ok and "or_rel" in c.qualifiers else []:
        rel = w1 / w0 - 1.0 if w0 else 0.0  # "4.61% (+0.44%)": maybe a relative change
        if fits_relative(rel, stated):
            ok = True
            text += (
                f"; read as a relative change, {rel:+.2%} ({w0:,.2f} on {t0.date()} -> "
                f"{w1:,.2f} on {t1.date()}) against the stated {stated_rel:+.2%}"
            )
            break
    if not ok and not {"less", "extreme", "swing"} & set(c.qualifiers):  # held mid-session?
        note = reached_in_session(market, c.asset, closes.index[-1], closes.iloc[-2], stated)
        ok, text = note is not None, text + (note or "")
    data = {"change": ch, "stated": stated}
    if (
        not ok
        and not ranged
        and (usual := closes_only_gap(closes, ch, stated, market.is_rate(c.asset)))
    ):
        return "inconclusive", text + usual, data  # quoted mid-session on a closes-only series
    return ("confirmed" if ok else "contradicted"), text, data


#: Sessions the usual move is averaged over, and how many usual moves a quote may stand off.
_SESSIONS, _SPAN = 20, 2.0


def closes_only_gap(closes: pd.Series, change: float, stated: float, rate: bool) -> str | None:
    """A note when the close-to-close ``change`` (points for a rate, else a share) went past
    a stated session move on its side, by no more than twice the usual session's move (the
    mean absolute change of the 20 sessions before): the text may quote the move before the
    close, which a series of closes cannot show; else ``None``.

    >>> closes = pd.Series([4.30, 4.36, 4.31, 4.37, 4.33, 4.36, 4.55])
    >>> closes_only_gap(closes, 0.19, 0.15, rate=True) is not None
    True
    >>> closes_only_gap(closes, -0.19, 0.15, rate=True) is None  # the other way
    True
    >>> closes_only_gap(closes, 0.11, 0.15, rate=True) is None  # short of the move
    True
    """
    steps = closes.diff() if rate else closes.pct_change()
    usual = float(steps.iloc[-_SESSIONS - 1 : -1].abs().mean())
    if not change * stated > 0 or not usual > 0 or abs(change - stated) > _SPAN * usual:
        return None
    if abs(stated) >= abs(change):  # the close fell short of the move: not one it went past
        return None
    return (
        f"; closes only: the text may quote the move before the close (the usual session's "
        f"move: {usual * (1 if rate else 100):.2f}{' pp' if rate else '%'})"
    )


def fits_relative(rel: float, stated: float) -> bool:
    """A rate's relative change ``rel`` fits a move told in percent (``stated``: the figure
    read as points, so ``stated / 100`` is the share): the same sign, and within a quarter
    of it or 0.05% ("the 10-year yield rose 1.1%" from 3.97 to 4.01 is +1.0%).

    >>> fits_relative(0.0101, 1.1), fits_relative(0.0101, 5.0), fits_relative(-0.01, 1.1)
    (True, False, False)
    """
    share = stated / 100
    return rel * share > 0 and abs(rel - share) <= max(5e-4, 0.25 * abs(share))


def fits_either_reading(
    ch: float, v0: float, v1: float, stated: float, quals: tuple[str, ...]
) -> tuple[bool, str]:
    """Whether change ``ch`` (``v0`` to ``v1``) fits the ``stated`` move, and a note when it
    fits only as a relative change (qualifier ``or_rel``: a rate's move told in percent).

    >>> fits_either_reading(0.04, 3.97, 4.01, 1.1, ("bp", "or_rel"))[0]
    True
    >>> fits_either_reading(0.04, 3.97, 4.01, 1.1, ("bp",))[0]
    False
    """
    if fits_stated(ch, stated, quals):
        return True, ""
    rel = v1 / v0 - 1.0 if "or_rel" in quals and v0 else float("nan")
    if not fits_relative(rel, stated):
        return False, ""
    return True, f"; read as a relative change, {rel:+.2%} against {stated / 100:+.2%}"


def _range_base(market: Market, asset: str, day: pd.Timestamp) -> float | None:
    """The close before ``day`` of the series whose range the store holds for ``asset``:
    a metal's range is its futures' session, so an intraday "as much as 16%" runs from the
    futures' last settlement, not from the London fix (two series, two clocks)."""
    fut = FUTURES.get(asset, "")
    if not market.has(fut) or "futures" not in market.range_names.get(asset, "futures").lower():
        return None
    before = market.close(fut).loc[: day - pd.Timedelta(days=1)]
    return float(before.iloc[-1]) if len(before) else None


def _series(c: Claim, on: pd.Timestamp, market: Market) -> str:
    """The series a one-session move is graded on: the futures for a settlement
    (``futures``) or a move said of the futures (``of_futures``), only where the futures
    have that day; a move on a named day (yesterday, Monday) with no close of its own goes to the
    futures too, not to two earlier closes."""
    assert c.asset is not None
    fut = FUTURES.get(c.asset, "")
    if not market.has(fut):
        return c.asset
    said = "futures" in c.qualifiers or "of_futures" in c.qualifiers
    if said and _recent(market.close(fut).loc[:on].index, on):
        return fut  # "silver futures settled 8% lower", "August gold was last up $3.80"
    if on not in market.close(fut).index:
        return c.asset
    gap = on not in market.close(c.asset).index  # a named day with no fix (Easter Monday):
    named = c.when is not None and c.when[0] in ("weekday", "yesterday", "date")  # futures
    if gap and named:
        return fut
    one = named or c.window == "day"  # "on the day", "Monday"
    return fut if one and _after_gap(market, c.asset, fut, on) else c.asset


def _recent(days: pd.Index, on: pd.Timestamp) -> bool:
    """Whether the last of ``days`` is ``on`` or a session of the few days before it: an
    article dated on a holiday or a weekend speaks of the futures' last session."""
    return len(days) > 0 and (on - days[-1]).days <= 4


def _after_gap(market: Market, asset: str, fut: str, on: pd.Timestamp) -> bool:
    """Whether the close of ``asset`` before ``on`` is older than that of its futures: the
    first fix after a London holiday (24-28 December) spans sessions the futures traded."""
    own = market.close(asset).loc[: on - pd.Timedelta(days=1)]
    other = market.close(fut).loc[: on - pd.Timedelta(days=1)]
    return len(own) > 0 and len(other) > 0 and own.index[-1] < other.index[-1]


#: A move of a fixed series and its futures both smaller than this has no sign to read at
#: another hour of the day ("gold slipped on Wednesday": fix +0.16%, futures +0.08%).
_NO_SIGN = 0.0025
_TOO_SMALL = (
    f"; the futures moved less than {_NO_SIGN:.2%} too: a move this small can turn at another"
    " hour of the session"
)


def session_direction(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """A move stated with no figure and no window ("gold fell sharply", "rallied on
    Tuesday"): the direction of one session's close-to-close change, on the day named, else
    on the article day or the session before it (the source may close before the text)."""
    assert c.asset is not None
    on = event_day(c.when, day)
    found = _direction_on(c, on, c.asset, market)
    fut = FUTURES.get(c.asset, "")
    if found[0] != "contradicted" or not market.has(fut) or on not in market.close(fut).index:
        return found
    timed = _direction_on(c, on, fut, market)  # the fix, taken at noon, missed the move?
    note = " (the noon London fix is taken at another hour than the move: read on the futures)"
    if timed[0] == "confirmed":
        return timed[0], timed[1] + note, timed[2]
    if max(abs(found[2]["change"]), abs(timed[2].get("change", 1.0))) < _NO_SIGN:
        return "inconclusive", found[1] + _TOO_SMALL, found[2]
    return found


def _direction_on(
    c: Claim, on: pd.Timestamp, series: str, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """:func:`session_direction` on the closes of ``series``."""
    assert c.asset is not None
    closes = market.close(series).loc[:on]
    if len(closes) < 2:
        return "not checkable", f"no {c.asset} closes before {on.date()}", {}
    named = c.when is not None and c.when[0] in ("weekday", "yesterday", "date")
    ends = [len(closes) - 1] if named else [len(closes) - 1, len(closes) - 2]
    sign = 1.0 if c.op == "up" else -1.0
    tries = []
    for end in (e for e in ends if e >= 1):
        v0, v1 = float(closes.iloc[end - 1]), float(closes.iloc[end])
        ch = v1 - v0 if market.is_rate(c.asset) else v1 / v0 - 1.0
        tries.append((sign * ch > 0, ch, closes.index[end - 1], v0, closes.index[end], v1))
    ok, ch, d0, v0, d1, v1 = max(tries, key=lambda t: t[0])
    text = (
        f"{market.source(series)} {v0:,.2f} on {d0.date()} -> {v1:,.2f} on {d1.date()}: "
        f"{_fmt(market, c.asset, ch)} over the session ({c.op} stated, no figure)"
    )
    return ("confirmed" if ok else "contradicted"), text, {"change": ch}
