"""The grammar of a figure's clause: whose figure it is and how it is stated (pure).

Word classes, each a regular expression below:

unknown subjects
    "China's CSI300 fell 1.5%", "the PCE price index rose 0.4%": a capitalised name the
    asset table does not know, or an economic indicator, heads the figure's clause, so
    the figure is that name's, not the asset named in an earlier clause
    (:func:`unknown_subject`).
qualifiers
    "more than 4%" is a floor, "less than 1%" a ceiling, "as much as 6%" an extreme of
    the session; "2 bps", "0.13 percentage points": a rate's move (:func:`qualifiers`).

Examples
--------
>>> s = "Japan's Nikkei dropped 3%, China's CSI300 fell 1.5%."
>>> unknown_subject(s, s.index("1.5"), [])
'csi300'
>>> qualifiers("Gold fell as much as 6% today", 20), qualifiers("up more than 4%", 13)
(('extreme',), ('more',))
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import GENERIC, AssetMention
from leadwatch.claims.carrywords import DATA_SOURCE, OWN_PROFIT
from leadwatch.claims.conditions import fact_start, threshold_condition
from leadwatch.claims.intraday import extreme_stated, session_swing
from leadwatch.claims.leadverbs import LEAD_VERBS
from leadwatch.claims.movetolerance import move_tolerance
from leadwatch.claims.pacewindows import eyed_pace
from leadwatch.claims.vocabulary import CLAUSE_ADVERBS, PROFIT_RE, TOWARD_RE, any_of, ending

__all__ = [
    "FLAT_RATE_TOLERANCE",
    "FLAT_TOLERANCE",
    "clause_start",
    "fits_stated",
    "fronted_subject",
    "hypothetical",
    "named_after",
    "not_now",
    "past_when",
    "qualifiers",
    "unknown_subject",
    "upper_end",
]

_CLAUSE_CUT = re.compile(
    r"[;:\u2014|\u2022\u00b7]|,(?!\d)|\s\u2013\s|\s-\s|\b(?:and|while|whereas|but|after|before|with)\b"
    r"|(?<!much )(?<!well )(?<!high )(?<!low )\bas\b(?! (?:much|well|high|low|little|of)\b)",
    re.IGNORECASE,
)


def clause_start(s: str, pos: int) -> int:
    """Where the clause holding position ``pos`` starts (after a comma, "and", "while")."""
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(s, 0, pos)]
    return cuts[-1] if cuts else 0


# Economic figures and quantities that are not an asset's price.
_INDICATOR = re.compile(
    r"\b(?:CPI|PCE|PPI|GDP|PMI|inflation|payrolls?|unemployment|jobless|retail sales"
    r"|(?:consumer|producer|import|export|home|house|housing) prices"
    r"|home sales|housing|sales|exports?|imports?|deficit|surplus|output|production|earnings"
    rf"|{PROFIT_RE}|revenues?|P/E|price-to-earnings|CAPE|ratio|sentiment|confidence|wages?"
    r"|spending|(?:personal )?income|volumes?|inflows?|outflows?|liquidations?|open interest"
    r"|probability|odds|chance|likelihood|expectations|bets|approval|growth|yields? on the \d+-year"
    r"|stocks|shares|equities)\b",
    re.IGNORECASE,
)
# The economic data among them, whose figures a sentence naming no asset is about.
_DATA = any_of(
    *("CPI", "PCE", "PPI", "GDP", "PMI", "inflation", "payrolls", "unemployment", "jobless"),
    *("retail sales", "(?:consumer|producer|import|export) prices", "personal income"),
)
# Capitalised words that start a clause without naming anything.
_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "meanwhile",
        "however",
        "also",
        "with",
        "and",
        "but",
        "as",
        "after",
        "before",
        "since",
        "while",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "they",
        "their",
        "prices",
        "price",
        "spot",
        "us",
        "u.s.",
        "markets",
        "market",
        "analysts",
        "investors",
        "traders",
        "overall",
        "elsewhere",
        "still",
        "yet",
        "so",
        "then",
        "now",
        "today",
        "yesterday",
        "earlier",
        "later",
        "separately",
        "by",
        "for",
        "of",
        "from",
        "to",
        "into",
        "over",
        "under",
        "than",
        "during",
        "amid",
    ]
) | frozenset(  # venues, data sources and places: where a price is quoted, not whose it is
    [
        "comex",
        "lbma",
        "cme",
        "nymex",
        "ice",
        "binance",
        "coinbase",
        "kraken",
        "bitstamp",
        "bitfinex",
        "coingecko",
        "coinmarketcap",
        "coindesk",
        "coinglass",
        "bloomberg",
        "reuters",
        "kitco",
        "factset",
        "lseg",
        "refinitiv",
        "new",
        "york",
        "london",
        "asian",
        "european",
        "asia",
        "europe",
        "tokyo",
        "shanghai",
        "singapore",
        "wall",
        "street",
    ]
)
_COMMON |= CLAUSE_ADVERBS | LEAD_VERBS  # "Price: Currently near $2,480", "Gold: Added 1%"
_NAME = re.compile(r"(?<![\w'\u2019])[A-Z][\w&/.-]*(?:\s+[A-Z][\w&/-]*)*")
_CALENDAR = re.compile(  # months, weekdays, periods, time zones: "(YTD gain 70%)", "4 p.m. EDT"
    r"^(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|YoY\b)"
    r"|^(?:[YMQW]TD|E[SD]?T|[CP][SD]T|GMT|UTC|BST|CET|JST|HKT|SGT|AEST)\b"
)


def unknown_subject(s: str, pos: int, mentions: Sequence[AssetMention]) -> str | None:
    """The name heading the clause of the figure at ``pos`` when the asset table does not
    know it (an index outside the store, an economic indicator), lower case; ``None``
    when the clause names a known asset or nothing.

    ``mentions`` are the asset mentions of ``s``.
    """
    lo = clause_start(s, pos)
    if any(lo <= m.start < pos and m.words != "(carried)" for m in mentions):
        return None
    clause = s[lo:pos]
    indicator = _INDICATOR.search(clause)
    if indicator is not None and not OWN_PROFIT.search(clause, 0, indicator.end()):
        return indicator.group(0).lower()
    clause = re.sub(DATA_SOURCE, lambda m: " " * len(m[0]), clause, flags=re.I)  # "LSEG data"
    for m in _NAME.finditer(clause):
        words = m.group(0).split()
        while words and (words[0].lower() in _COMMON or _CALENDAR.match(words[0])):
            words = words[1:]
        tail = clause[m.end() : m.end() + 2]
        if not words or tail[:2] in ("'s", "\u2019s"):
            continue  # "China's CSI300": the country is not the subject
        if lo + m.start() == 0 and len(words) == 1 and words[0][1:].islower():
            continue  # "Tariff fears drove ...": a capital that only starts the sentence
        return " ".join(words).lower()
    return _indicator_head(s, pos, mentions)


_PRONOUN = re.compile(r"\b(?:it|its|they|their|the (?:metal|token|coin|index))\b", re.I)


def _indicator_head(s: str, pos: int, mentions: Sequence[AssetMention]) -> str | None:
    """ "Nonfarm payrolls, a figure the Fed watches, rose 1.2%": an economic indicator
    that opens the sentence before any asset is named heads its unattributed figures."""
    head = _INDICATOR.search(" ".join(s[:pos].split()[:4]))
    first = next((m.start for m in mentions if m.words != "(carried)"), pos)
    if head is None and first >= pos:  # "Forecasts see a 0.1% rise in core PCE, or 2.3% a year"
        head = _DATA.search(s, 0, pos)
        generic = GENERIC.search(s, head.end(), pos) if head is not None else None
        if generic is not None and s[head.end() if head else 0 : generic.start()].strip():
            return None  # "Ahead of the CPI report, prices fell 2%" (not "PCE prices")
    if head is None or head.group(0).lower() in ("stocks", "shares", "equities"):
        return None
    if _PRONOUN.search(s[:pos]):
        return None  # "Inflation data sent it up 2%": the carried asset's move
    return head.group(0).lower() if s.find(head.group(0)) < first else None


_MORE = ending(
    *("more than", "over", "above", "at least", "in excess of", "upwards of", "north of"),
    *("greater than", "exceeding", "surpassing"),
)
_FLOOR_AFTER = re.compile(r"\+(?![\d.])|[- ]plus\b|\s+or (?:more|higher|better)\b", re.I)
_LESS = ending("less than", "under", "below", "just under", "fewer than")
# A move within minutes or hours: a swing inside the session, from its high to its low.
_MINUTES = any_of(
    r"(?:with)?in (?:the space of |a matter of )?(?:a few |several |\d+ )?minutes",
    r"in (?:the space of |a matter of )(?:a few |several |\d+ )?hours",
    r"(?:from )?(?:peak|top|high)[- ]to[- ](?:trough|bottom|low)",  # the session's swing
)
# What may stand between "as much as" and a figure it qualifies: "6.3% and ".
_POINTS = re.compile(r"^\s?(?:bps?|basis points?|percentage points?)\b", re.IGNORECASE)


def qualifiers(s: str, pos: int, end: int | None = None) -> tuple[str, ...]:
    """How the figure at ``pos`` (ending at ``end``) is stated: ``more`` (a floor),
    ``less`` (a ceiling), ``extreme`` (reached within the session), ``bp`` (points of a
    rate)."""
    before = s[max(0, pos - 60) : pos]
    out = []
    after = s[end:] if end is not None else ""
    if _MORE.search(before) or _FLOOR_AFTER.match(after):  # "more than 2%", "2%+", "5%-plus"
        out.append("more")
    elif _LESS.search(before):
        out.append("less")
    if extreme_stated(before, after):  # "as much as 6%", "at one point down 9%", "12% intraday"
        out.append("extreme")
    if _MINUTES.search(s[max(0, pos - 80) : (end or pos) + 40]) or session_swing(after):
        out.append("swing")  # "plunged nearly 10% in the space of a few minutes": high to low
    if end is not None and _POINTS.match(s[end:]):
        out.append("bp")
    return tuple(out)


#: The largest change called flat ("little changed"): 0.5% of a price, 3 bp of a rate.
FLAT_TOLERANCE = 0.005
FLAT_RATE_TOLERANCE = 0.03


def fits_stated(ch: float, stated: float, quals: tuple[str, ...] = ()) -> bool:
    """A change fits a stated move: within :func:`move_tolerance` of it; a floor ("more than"):
    at least its size less that, a ceiling at most its size plus that (in its direction); a flat
    move ("little changed"): at most :data:`FLAT_TOLERANCE` (3 bp for a rate) either way."""
    if "flat" in quals:
        return abs(ch) <= (FLAT_RATE_TOLERANCE if "rate" in quals else FLAT_TOLERANCE)
    tol = move_tolerance(stated)
    same = ch * stated > 0 or stated == 0
    if "more" in quals:
        return same and abs(ch) >= abs(stated) - tol
    if "less" in quals:
        return (same or ch == 0) and abs(ch) <= abs(stated) + tol
    return abs(ch - stated) <= tol


# A level in a forecast or a hypothesis, or a move in dollars ("surged over $50"), is no level.
_HYPOTHETICAL = re.compile(
    r"\b(?:could|(?-i:may)|might|would|will|(?<=['\u2019])ll|should|can|cannot|projected|projects"
    rf"|forecast\w*|target\w*|predict\w*|risk of|{TOWARD_RE}|expect(?:s|ed)?|if|sees?|ey(?:es|eing)"
    r"|aim\w*|path to|potential(?:ly)?|possib(?:le|ly)|likely|probably|chance|odds|probability"
    r"|base case|scenario|warn(?:s|ed|ing)? of|suggests?|scope for|room for|(?<![\dk] )(?:resist"
    r"ance|support)|upside|downside|objective|needs? to|ha(?:s|ve) to|must|threaten\w* to"
    r"|expos(?:e|es|ing))\b(?:[^,;.]|\.(?=\d)){0,60}$",
    re.IGNORECASE,
)
# A time after the figure that places it in the future: "$5,500 later this year".
_FUTURE_AFTER = re.compile(
    r"^[^,;.]{0,30}?\b(?:later this (?:year|month|week)|next (?:year|month|week)|by (?:the )?end of"
    r"|by year-end|in the coming|over the (?:next|coming)|in the next|within the next)\b",
    re.IGNORECASE,
)


def hypothetical(s: str, start: int, end: int) -> bool:
    """A figure in a forecast or hypothesis ("could reach $X", "a potential slide to $X")."""
    return not eyed_pace(s, start, end) and bool(
        _HYPOTHETICAL.search(s[fact_start(s, start) : start])
        or _FUTURE_AFTER.match(s[end:])
        or threshold_condition(s, start)
    )


# "the best since May 2013, when it was at $23.10": the level of that past date, not today's.
_PAST_LEVEL = re.compile(  # "when it was at", "Back then, prices were around" (not "... today")
    r"\bwhen (?:it|they|prices?|the (?:metal|coin|index|price)) (?:last )?(?:was|were|traded|stood"
    r"|hit|reached|touched|peaked|closed)\s*$|^\W*(?:back then|in those days|at the time)\b(?! of)"
    r"(?:(?!\b(?:compared|versus|vs|against|now|today)\b)[^;.])*$",
    re.IGNORECASE,
)


def past_when(s: str, start: int) -> bool:
    """A figure (its words from ``start``) said of a past moment a ``when`` clause names
    ("when it was at $23.10").

    >>> s = "the best since May 2013, when it was at $23.10"
    >>> past_when(s, s.index("at $")), past_when("Gold was at $2,400", 9)
    (True, False)
    """
    return bool(_PAST_LEVEL.search(s[:start]))


def not_now(s: str, start: int, end: int) -> bool:
    """A level that is not today's: in a forecast or a hypothesis (:func:`hypothetical`) or
    said of a past moment (:func:`past_when`)."""
    return hypothetical(s, start, end) or past_when(s, start)


def fronted_subject(s: str, pos: int, mentions: Sequence[AssetMention]) -> str | None:
    """The subject of the main clause for a figure in an opening phrase ("Currently priced
    at $3,721, the precious metal ...", "At $31 an ounce, silver ..."): the asset named
    right after that phrase's comma; ``None`` elsewhere.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Trading near $2,400 an ounce, the yellow metal is up 1%."
    >>> fronted_subject(s, s.index("$"), find_assets(s))
    'gold'
    """
    comma = re.search(r",(?!\d)", s)
    if comma is None or pos > comma.start() or any(m.start < pos for m in mentions):
        return None
    head = re.match(
        r"\s*(?:(?:the|spot|a|its|U\.S\.|US|benchmark|front-month) )*", s[comma.end() :]
    )
    at = comma.end() + (head.end() if head else 0)
    return next((m.asset for m in mentions if comma.end() <= m.start <= at), None)


#: Not a preposition ("fell 1% ahead of", "in the wake of"): the asset after is another's.
_AFTER_PCT = re.compile(
    r"^(?: (?!(?:ahead|front|wake|anticipation|advance|spite|light|view|favou?r|instead|because"
    r"|regardless|short|top|back|case|terms|response|reaction|contrast)\b)[\w-]+){0,2}"
    r" (?:in|for|of|on) (?:the )?(?:spot |US |U\.S\. |Comex |COMEX )?",
    re.IGNORECASE,
)


def named_after(s: str, end: int, mentions: list[AssetMention]) -> str | None:
    """ "the 29% increase in gold": the asset named right after the number."""
    m = _AFTER_PCT.match(s[end:])
    if m is None:
        return None
    at = end + m.end()
    starts = {at, at - 4} if s[at - 4 : at].lower() == "the " else {at}  # "the dollar"
    return next(
        (x.asset for x in mentions if x.start in starts and x.asset not in ("metals", "metal")),
        None,
    )


# "lost 5%-6%", "up 4% to 8%": the upper end of a stated range, not a second figure.
_RANGE_END = re.compile(r"\d(?:%|\s?per ?cent)\s?(?:[-\u2013]|to)\s?$", re.IGNORECASE)


def upper_end(s: str, pos: int) -> bool:
    """Whether the figure at ``pos`` ends a range ("5%-6%"): the first figure states it.

    >>> s = "Altcoins lost 5%-6%."
    >>> upper_end(s, s.index("-6")), upper_end(s, s.index("5%"))
    (True, False)
    """
    sign = s[pos : pos + 1] if s[pos : pos + 1] in ("-", "\u2013") else ""
    return bool(_RANGE_END.search(s[max(0, pos - 12) : pos] + sign))
