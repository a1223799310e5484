"""A move stated by its two prices: "gold slid from about $2,450 to $2,380" (pure).

:func:`from_to_moves` reads it as a move of the asset (window ``from:<first price>``, the
second price being the level claim the sentence states anyway); :func:`check_from_level`
measures it from the last day the price stood near the first price (within 2%, or inside
that day's range, over the 3 months to the date) to the date: the direction must hold (the
second price is graded as a level of its own).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Ether slid from nearly $3,900 to $3,650 over the weekend."
>>> [(c.kind, c.asset, c.op, c.window) for c in from_to_moves(s, 0, find_assets(s))]
[('move', 'eth', 'down', 'from:3900')]
>>> s = "The 10-year yield eased to 4.05% from 4.2%."
>>> [(c.asset, c.op, c.window) for c in from_to_moves(s, 0, find_assets(s))]
[('yield_10y', 'down', 'from:4.2')]
>>> s = "The dollar index rose from 99.10 to 99.65."
>>> [(c.asset, c.op, c.window) for c in from_to_moves(s, 0, find_assets(s))]
[('dxy', 'up', 'from:99.1')]
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.destination import arrival_day
from leadwatch.claims.market import Market, change
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.vocabulary import NO_DOLLAR, PRICE_NUM_RE, YIELDS

__all__ = ["check_from_level", "from_to_moves"]

_PRICE = r"(?:about |around |nearly |almost |roughly |some |over |under |just )?(?:US)?\$\s?"
_NUM = rf"({PRICE_NUM_RE})(k\b)?"
_VERB = (
    r"\b(?:(?P<up>rose|rallied|climbed|jumped|surged|soared|advanced|rebounded|gained|rising"
    r"|climbing|surging|rallying)|(?P<down>fell|dropped|slid|slipped|declined|plunged|tumbled"
    r"|sank|retreated|eased|falling|dropping|sliding|slipping|declining|plunging|tumbling))"
)
_FROM_TO = re.compile(rf"{_VERB}\s+from\s+{_PRICE}{_NUM}\s+to\s+{_PRICE}{_NUM}", re.IGNORECASE)
# The wire order: "rose to $98,000 from $91,000", "fell to $2,380 from $2,450 on Friday".
_TO_FROM = re.compile(rf"{_VERB}\s+to\s+{_PRICE}{_NUM}\s+from\s+{_PRICE}{_NUM}", re.IGNORECASE)
# A rate's two levels: "the 10-year yield fell from 4.3% to 4.1%", "... to 3.87 percent from
# 3.95 percent" (a yield only: the figures are the rate, not a price).
_RATE = (
    r"(?:about |around |nearly |almost |roughly |some |just "
    r"|(?:less|more) than |below |above |under |over )?"
)
_PCT = r"(\d{1,2}(?:\.\d{1,3})?)(k\b)?\s?(?:%|percent\b)"
_RATE_FROM_TO = re.compile(rf"{_VERB}\s+from\s+{_RATE}{_PCT}\s+to\s+{_RATE}{_PCT}", re.I)
_RATE_TO_FROM = re.compile(rf"{_VERB}\s+to\s+{_RATE}{_PCT}\s+from\s+{_RATE}{_PCT}", re.I)
# An index's or the dollar's two levels, with no "$" nor "%": "the dollar index fell from
# 104.20 to 103.84" (read for the series quoted as plain numbers only).
_IDX = r"(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(k\b)?(?![\d%]|\s?percent\b|\s?(?:bp|basis)\b)"
_IDX_FROM_TO = re.compile(rf"{_VERB}\s+from\s+{_RATE}{_IDX}\s+to\s+{_RATE}{_IDX}", re.I)
_IDX_TO_FROM = re.compile(rf"{_VERB}\s+to\s+{_RATE}{_IDX}\s+from\s+{_RATE}{_IDX}", re.I)


def _value(num: str, k: str | None) -> float:
    return float(num.replace(",", "")) * (1000.0 if k else 1.0)


def from_to_moves(s: str, index: int, mentions: list[AssetMention]) -> list[Claim]:
    """A ``move`` claim for each "<verb> from $X to $Y" (or "<verb> to $Y from $X") of ``s``
    (sentence ``index``) whose asset is named before it."""
    out = []
    found = [(m, 3, 5) for m in _FROM_TO.finditer(s)] + [(m, 5, 3) for m in _TO_FROM.finditer(s)]
    rates = [(m, 3, 5) for m in _RATE_FROM_TO.finditer(s)]
    rates += [(m, 5, 3) for m in _RATE_TO_FROM.finditer(s)]
    points = [(m, 3, 5) for m in _IDX_FROM_TO.finditer(s)]
    points += [(m, 5, 3) for m in _IDX_TO_FROM.finditer(s)]
    for m, a, b in found + rates + points:
        named = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        if named and any(m is p[0] for p in points):
            if named[-1] not in NO_DOLLAR:
                continue  # plain numbers are an index's points, not a price nor a rate
        elif named and (named[-1] in YIELDS) != any(m is r[0] for r in rates):
            continue  # a price's figures for a yield, or percents for a price: not read
        first, second = _value(m.group(a), m.group(a + 1)), _value(m.group(b), m.group(b + 1))
        up = bool(m.group("up"))
        if not named or first <= 0 or (second > first) != up:
            continue  # no asset, or the prices contradict the verb: not read
        op = "up" if up else "down"
        out.append(Claim(index, "move", named[-1], m.group(0), op, window=f"from:{first:g}"))
    return out


def _fmt(market: Market, asset: str, x: float) -> str:
    return f"{x:+.2f} pp" if market.is_rate(asset) else f"{x:+.1%}"


def _session_start(market: Market, asset: str, first: float, day: pd.Timestamp) -> Any:
    """The close before ``day`` when it stood within 0.5% (a rate: 0.02 points) of the first
    price: a small move of one session ("the dollar index fell from 104.20 to 103.84"),
    whose end is too near its start for :func:`arrival_day`; else ``None``."""
    before = market.close(asset).loc[: day - pd.Timedelta(days=1)].tail(1)
    if before.empty:
        return None
    value = float(before.iloc[-1])
    gap = abs(value - first) if market.is_rate(asset) else abs(value / first - 1.0)
    return before.index[-1] if gap <= (0.02 if market.is_rate(asset) else 0.005) else None


def check_from_level(
    c: Claim, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]]:
    """The move from the last day near the first price to the date (module doc)."""
    assert c.asset is not None
    first = float((c.window or "from:0")[5:])
    start = arrival_day(market, c.asset, first, day - pd.Timedelta(days=91), day)
    start = start if start is not None else _session_start(market, c.asset, first, day)
    if start is None:
        return "not checkable", f"{c.asset} was not near {first:,.4g} in the 3 months before", {}
    ch, d0, v0, d1, v1 = change(market, c.asset, start, day)
    if d0 is None or d1 is None:
        return "not checkable", f"not enough {c.asset} data after {start.date()}", {}
    ok = ch > 0 if c.op == "up" else ch < 0
    text = (
        f"{market.source(c.asset)} {v0:,.2f} on {d0.date()} (the last close near {first:,.4g})"
        f" -> {v1:,.2f} on {d1.date()}: {_fmt(market, c.asset, ch)}"
    )
    return ("confirmed" if ok else "contradicted"), text, {"change": ch, "start": str(d0.date())}
