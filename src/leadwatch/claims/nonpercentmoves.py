"""Moves told without a percentage: in currency ("adding $0.85", "lost almost $2,500",
"down $12"), in index points ("the VIX rose 1.4 points", "the Dow shed 300 pts") or as no
move at all ("was flat", "little changed", "held steady") (pure).

Both readers return :data:`Move` tuples ``(asset, op, size, window, words, qualifiers)``
that :func:`leadwatch.claims.extract.extract_claims` turns into claims.

A dollar change is a move of the asset's price: :func:`dollar_moves` reads it as a
``move`` claim whose ``pct`` is the amount in the asset's unit, marked by the qualifier
``usd`` (so dating, which reads percentages, leaves it out); :func:`as_percent` turns it
into a ``percent`` claim, a percentage of the price the move started from (the close on
the day, less the move), before it is graded like any other move, so the window rules
and tolerances stay one. A move in points of an index quoted in points (:func:`point_moves`)
is the same: an amount in the index's unit, marked ``usd`` and ``points``.

A flat move is a percentage move of 0 with the qualifier ``flat``: it is confirmed when the
data moved by no more than :data:`FLAT_TOLERANCE` (half a percent; a rate, 3 basis points:
:data:`~leadwatch.claims.clauses.FLAT_RATE_TOLERANCE`) over the window (a session unless the
clause names another). "Steady" that holds a named level ("held steady at $2,650") is a
level, not a move, and is left to the level readers.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold closed the week at $3,912, adding $41.50."
>>> dollar_moves(s, find_assets(s), None)
[('gold', 'up', 41.5, 'week', '$41.50', ('usd',))]
>>> s = "Silver gave up about $1.20 on Tuesday."
>>> dollar_moves(s, find_assets(s), None)
[('silver', 'down', 1.2, 'day', '$1.20', ('usd',))]
>>> s = "The US dollar index was little changed on the day."
>>> flat_moves(s, find_assets(s), None)
[('dxy', 'flat', 0.0, 'day', 'little changed', ('flat',))]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import pandas as pd

from leadwatch.claims.amountnouns import noun_amount_moves
from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import FLAT_TOLERANCE, hypothetical, qualifiers
from leadwatch.claims.market import Market
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.pastgaps import dollar_gaps
from leadwatch.claims.vocabulary import NO_DOLLAR, YIELDS, ending
from leadwatch.claims.windows import window_near

#: Resolves a claim's window at a date: ``(start, end, label)`` or ``None``.
Span = Callable[[Claim, pd.Timestamp], "tuple[pd.Timestamp, pd.Timestamp, str] | None"]
#: Windows without a first close of their own (a session, a peak, a "from" level, a streak).
_OWN_START = ("day", "prev", "peak", "low", "from", "streak")

__all__ = ["FLAT_TOLERANCE", "Move", "as_percent", "dollar_moves", "flat_moves", "point_moves"]

#: ``(asset, op, size, window, words, qualifiers)``: a move read without a percentage.
Move = tuple[str, str, float, str | None, str, tuple[str, ...]]

_UP = (
    r"r[io]s(?:e|en|es|ing)|climb\w*|gain\w*|add(?:s|ed|ing)?|jump\w*|soar\w*|surg\w*|rall\w*"
    r"|advanc\w*|rebound\w*|up|higher|ahead|tack(?:ed|ing|s)? on|pick(?:ed|ing|s)? up|increas\w*"
)
_DOWN = (
    r"f[ae]ll(?:s|ing|en)?|drop\w*|declin\w*|slid(?:e|es|ing)?|slump\w*|plung\w*|tumbl\w*"
    r"|slipp?\w*|los(?:e|es|t|ing)|shed\w*|sank|sink\w*|retreat\w*|eas(?:ed|es|ing)|dipp?\w*"
    r"|down|lower|off|gave up|giv(?:es|ing) up|shav(?:ed|es|ing)|decreas\w*"
)
_HEDGE = (
    r"(?:more than|less than|nearly|almost|about|around|roughly|some|over|just over|just under"
    r"|close to|as much as|approximately|an estimated)"
)
_MOVE_RE = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?: (?:by|a further|another))?(?: {_HEDGE})?"
    r" (?P<amount>(?:US)?\$\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<k>k\b| thousand\b)?"
    r"|(?P<word>\d[\d,]*(?:\.\d+)?) (?:US |U\.S\. )?dollars\b)"
    r"(?!\d|[,.]\d)(?!\s?[-\u2013]\s?\$?\d)(?P<unit>/oz| (?:an|per) (?:ounce|oz|coin|barrel))?"
    r"(?! (?:billion|million|trillion|bn|mn|in (?:market|inflows|outflows)))",
    re.IGNORECASE,
)
# A dollar figure that a percentage restates ("$41.50 (+1.1%)") is read from the percentage.
_RESTATED = re.compile(r"^[^.;]{0,6}[+-]?\d+(?:\.\d+)?\s?(?:%|percent)")
# "added $3,000 to its market value", "shed $2 billion", "lost $40 a share": not the price.
_NOT_PRICE = re.compile(r"^ (?:to|from) (?:its|the) (?:market|value|capitali)|^ (?:a|per) share")

# "coming off $2,980 support", "above $70,000 resistance": a level named, not a move's size.
_LEVEL_NAMED = re.compile(
    r"^\s*(?:support|resistance|lows?|highs?|levels?|mark|area|zone|floor|ceiling|handle)\b",
    re.IGNORECASE,
)
_BOUNCED = ending(
    *(r"bounc\w*", r"rebound\w*", "com(?:e|es|ing)", "came", r"lift\w*", r"push\w*"),
    *(r"spring\w*", "sprang", r"launch\w*"),
    gap=r"\s+",
)
_INFINITIVE = re.compile(r"\bto $")

#: Series whose moves are told in index points: the amount is in the series' own unit.
POINT_INDICES = NO_DOLLAR - {"eurusd"}
_POINTS_RE = re.compile(
    rf"(?:\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?: (?:by|a further|another))?(?: {_HEDGE})?"
    r" (?P<amount>(?P<num>\d[\d,]*(?:\.\d+)?)[\s-]?(?:index[\s-])?(?:points?|pts?)\b\.?)"
    r"|(?P<signed>(?P<sign>[+\u2212-])(?P<snum>\d[\d,]*(?:\.\d+)?)\s?(?:points?|pts?)\b\.?)"
    # the way after the amount: "closed 38 points lower", "stood 9 points ahead"
    r"|\b(?P<post>(?P<pnum>\d[\d,]*(?:\.\d+)?)[\s-]?(?:index[\s-])?(?:points?|pts?))\s+"
    r"(?:(?P<pup>higher|ahead|up|stronger)|lower|down|behind|weaker)\b(?!\s+(?:than|from)\b)"
    # a bare amount between "by" and the level it took the index to: "rose by 67 to 6,092"
    rf"|\b(?:(?P<bup>{_UP}|(?:sky)?rocket\w*|leap\w*|vault\w*|zoom\w*)|{_DOWN})\b"
    r" by (?P<bare>\d[\d,]*(?:\.\d+)?)(?= to \d))",
    re.IGNORECASE,
)


def point_moves(s: str, mentions: list[AssetMention], carried: str | None) -> list[Move]:
    """``(asset, op, points, window, words, qualifiers)`` for each move of an index told in
    points ("the VIX rose 1.4 points", "Dow -310 pts"); the index is the one named nearest
    before it (else ``carried``); a price or a rate ("yields rose 6 points") is not read.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "The VIX climbed about 2.5 points on Friday."
    >>> point_moves(s, find_assets(s), None)
    [('vix', 'up', 2.5, 'day', '2.5 points', ('usd', 'points'))]
    >>> s = "The S&P 500 rose by 67 to 6,092."
    >>> point_moves(s, find_assets(s), None)
    [('spx', 'up', 67.0, None, '67', ('usd', 'points'))]
    """
    out: list[Move] = []
    for m in _POINTS_RE.finditer(s):
        before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1] if before else carried
        if _RESTATED.match(s[m.end() :]):
            continue  # "lost 95 points, or 1.6%": read from the percentage
        if asset not in POINT_INDICES or hypothetical(s, m.start(), m.end()):
            continue
        assert asset is not None
        num, key = (m.group("snum"), "signed") if m.group("signed") else (m.group("num"), "amount")
        up = m.group("sign") == "+" if m.group("signed") else bool(m.group("up"))
        if m.group("bare"):
            num, key, up = m.group("bare"), "bare", bool(m.group("bup"))
        elif m.group("post"):
            num, key, up = m.group("pnum"), "post", bool(m.group("pup"))
        quals = (*qualifiers(s, m.start(key)), "usd", "points")
        words = m.group(key).rstrip(".")
        amount = float(num.replace(",", ""))
        out.append((asset, "up" if up else "down", amount, window_near(s, m.start()), words, quals))
    return out


_PRICE = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)(?![\d,]| ?(?:k|thousand|[mb]illion|trillion|bn)\b)")


def _priced_above(s: str, amount: str | None) -> bool:
    """Whether sentence ``s`` quotes a price above ``amount`` ("began at $3,217 but has since
    lost $800 in value": the coin's price, so the loss is per coin)."""
    size = float((amount or "0").replace(",", ""))
    return size > 0 and any(float(p.replace(",", "")) > size for p in _PRICE.findall(s))


def dollar_moves(s: str, mentions: list[AssetMention], carried: str | None) -> list[Move]:
    """``(asset, op, amount, window, words, qualifiers)`` for each move stated in dollars
    (a gap against a past time too: :func:`leadwatch.claims.pastgaps.dollar_gaps`); the
    asset is the one named nearest before it (else ``carried``)."""
    out: list[Move] = []
    for m in _MOVE_RE.finditer(s):
        after = s[m.end() :]
        if _RESTATED.match(after) or _NOT_PRICE.match(after) or _LEVEL_NAMED.match(after):
            continue
        if after.lower().startswith(" in value") and not _priced_above(s, m.group("num")):
            continue  # "lost $2 in value": a price's share only beside a higher price
        if m.group(0).lower().startswith("off") and _BOUNCED.search(s[: m.start()]):
            continue  # "bounced off $60,000": the level it turned at, not a fall of $60,000
        before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1] if before else carried
        if (
            asset is None
            or hypothetical(s, m.start(), m.end())
            or _INFINITIVE.search(s[: m.start()])
        ):
            continue  # "expects silver to climb $38": a forecast
        num = m.group("num") or m.group("word")  # "$120", "120 dollars"
        amount = float(num.replace(",", "")) * (1000.0 if m.group("k") else 1.0)
        op = "up" if m.group("up") else "down"
        quals = (*qualifiers(s, m.start("amount")), "usd")
        out.append((asset, op, amount, window_near(s, m.start()), m.group("amount"), quals))
    out += dollar_gaps(s, mentions, carried)  # "$300 under where it stood a year ago"
    told = {(a, size) for a, _, size, *_ in out}
    nouns = noun_amount_moves(s, mentions, carried)  # "a $324 gain", "Up $120 this week, ..."
    return out + [m for m in nouns if (m[0], m[2]) not in told]


def as_percent(
    c: Claim, day: pd.Timestamp, market: Market, window: Span | None = None
) -> tuple[Claim, str]:
    """A dollar move as a percentage of the price it started from (the close by ``day``
    less the move; for a stated window that ``window`` resolves, its first close: "rose
    $530 in 2024" is a share of the price at the end of 2023), with a note for the
    evidence; other claims unchanged. A rise more than doubling the price to the close
    ("the VIX rose 34 points" to a close of 38.6, an intraday surge) starts from the close
    before it instead."""
    if "usd" not in c.qualifiers or c.pct is None or c.asset is None:
        return c, ""
    if not market.has(c.asset):
        return c, ""  # not in the store: reported as such
    last = market.asof(c.asset, day)
    signed = c.pct if c.op == "up" else -c.pct
    head = (c.window or "day").split(":")[0]
    month = c.when is not None and c.when[0] == "month"  # "in August"
    span = None if window is None or (head in _OWN_START and not month) else window(c, day)
    if span is not None:  # the window's first close
        last, signed = market.asof(c.asset, span[0]), 0.0
    base = float("nan") if last is None or market.is_rate(c.asset) else last[1] - signed
    if span is None and last is not None and base < 0.5 * last[1]:  # a rise past the close
        before = market.asof(c.asset, last[0] - pd.Timedelta(days=1))  # (intraday): from
        base = float("nan") if before is None else before[1]  # the close before it
    if not base > 0:  # no price to scale by: the direction alone is graded
        return replace(c, pct=None, qualifiers=()), f" (stated ${c.pct:,.2f}, not scaled)"
    pct = 100.0 * c.pct / base
    quals = tuple(q for q in c.qualifiers if q not in ("usd", "points"))
    told = f"{c.pct:,.2f} points" if "points" in c.qualifiers else f"${c.pct:,.2f}"
    note = f" (stated {told}: {pct:.2f}% of {base:,.2f})"
    return replace(c, kind="percent", pct=pct, qualifiers=quals), note


_FLAT_HEDGE = (
    r"(?:(?:nearly|virtually|essentially|largely|broadly|roughly|mostly|about|little|all but) )?"
)
_FLAT_RE = re.compile(
    r"\b(?P<w>(?:(?:was|were|is|are|been|be|ended|closed|finished|traded|trading|stayed|remained"
    r"|held|holding|hovered|sat|kept|looked|ending|closing|finishing|last) )"
    + _FLAT_HEDGE
    + r"(?:flat|unchanged|steady)"
    r"|(?:held|holding|stayed|remained|kept) steady"
    r"|little[- ]changed|unchanged (?=at \d[\d.]*%)"  # a rate: "10Y unchanged at 4.57%"
    r"|(?:barely|hardly|scarcely) (?:moved|budged|changed|moving|budging)"
    r"|(?:did not|didn't|failed to) (?:move|budge) much)\b"
    r"(?! (?:at|near|around|just|above|below|under|over|in the|within|from)\b)",
    re.IGNORECASE,
)
#: What may stand before a flat phrase whose asset is carried from the sentence before: a
#: pronoun or a plain noun for it ("It was flat", "The index was little changed"), not
#: another subject ("Stock futures held steady").
_CARRIED_SUBJECT = re.compile(
    r"^\s*(?:(?:and|but|while) )?(?:it|prices?|the (?:index|metal|coin|token|currency"
    r"|greenback|yield|price|rate)s?)(?: (?:was|were|is|are|has been|have been|ended|closed))?\s*$",
    re.IGNORECASE,
)


def flat_moves(s: str, mentions: list[AssetMention], carried: str | None) -> list[Move]:
    """``(asset, "flat", 0.0, window, words, ("flat",))`` for each flat move in ``s``.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Gold held steady at $2,650 an ounce."
    >>> flat_moves(s, find_assets(s), None)
    []
    >>> flat_moves("It was little changed.", [], "gold")[0][0]
    'gold'
    >>> flat_moves("Stock futures held steady.", [], "gold")
    []
    """
    out: list[Move] = []
    for m in _FLAT_RE.finditer(s):
        before = [
            x.asset
            for x in mentions
            if x.start < m.start() and x.asset not in GROUPS and x.words != "(carried)"
        ]
        asset = before[-1] if before else None
        if not before and _CARRIED_SUBJECT.match(s[: m.start()]):
            asset = carried  # "It was little changed": the subject carried
        if asset is None or hypothetical(s, m.start(), m.end()):
            continue
        window = window_near(s, m.start())
        quals = ("flat", "rate") if asset in YIELDS else ("flat",)  # 3 bp, not 0.5%
        out.append((asset, "flat", 0.0, window, str(m.group("w")), quals))
    return out


def session_amount(c: Claim) -> bool:
    """Whether ``c`` is a one-session move told as an amount ("closed 38 points lower",
    "rose $30 an ounce"): it dates an article as a percentage move does."""
    return (
        c.kind == "move"
        and "usd" in c.qualifiers
        and c.pct is not None
        and c.op in ("up", "down")
        and c.window in (None, "day")
    )


def signed_share(c: Claim, market: Market) -> float | pd.Series:
    """The signed one-session change ``c`` states, as a share of the price: its percentage,
    or for an amount (:func:`session_amount`) the amount over each day's previous close.

    >>> days = pd.bdate_range("2026-01-05", periods=3)
    >>> m = Market({"spx": pd.Series([5000.0, 5050.0, 5000.0], index=days)})
    >>> c = Claim(0, "move", "spx", "50 points", "down", pct=50.0, qualifiers=("usd", "points"))
    >>> [round(float(x), 4) for x in signed_share(c, m).dropna()]
    [-0.01, -0.0099]
    """
    sign = 1.0 if c.op == "up" else -1.0
    if c.kind == "percent" or c.asset is None:
        return (c.pct or 0.0) / 100 * sign
    return sign * (c.pct or 0.0) / market.close(c.asset).shift(1)
