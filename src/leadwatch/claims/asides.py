"""Assets named in an aside about a sentence's subject take none of its claims (pure).

"The dollar index (DXY), often a mirror image of bitcoin, slipped 0.3%", "Gold, like silver
and copper, rose 1%", "Platinum, gold's pricier cousin, slid 1%", "Ether, the second-largest
token after bitcoin, climbed 4%", "Bitcoin \u2014 much like the Nasdaq \u2014 fell 2%", "The
S&P 500 (unlike the Nasdaq) gained 1.2%": the aside stands between a named asset and its
verb, set off by commas, dashes or brackets, and opens with a word of comparison ("like",
"unlike", "similar to"), a relative pronoun ("which", "often", "long seen as"), an article
or a possessive (an appositive). The assets named inside it are left out, so the figures go
to the subject. A list ("Gold, silver, and copper rose") is no aside: what follows its
closing comma is a conjunction or another asset. Nor is a clause with a figure of its own
("Pressuring gold, the dollar added 0.2%, ...") or one after an asset that does not open its
clause (the object of "Pressuring").

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold, like silver and copper, rose 1%."
>>> [m.asset for m in outside_asides(s, find_assets(s))]
['gold']
>>> s = "Gold, silver, and copper rose 1%."
>>> [m.asset for m in outside_asides(s, find_assets(s))]
['gold', 'silver', 'copper']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import clause_start
from leadwatch.claims.model import GROUPS
from leadwatch.claims.vocabulary import words_re

__all__ = ["outside_asides"]

#: Words that open an aside: a comparison, a relative clause or an appositive.
_OPENERS = words_re(
    (
        *("like", "unlike", "much like", "just like", "similar to", "as with", "in contrast to"),
        *("often", "usually", "typically", "historically", "traditionally", "long", "widely"),
        *("sometimes", "frequently", "seen as", "viewed as", "considered", "known as", "dubbed"),
        *("which", "who", "whose", "a", "an", "the", "its", "itself", "both", "one of"),
        *("also", "so-called", "called", "nicknamed", "arguably", "perhaps", "another"),
        # a possessive that names the head noun's kin: "Silver, gold's shiny cousin, dipped"
        r"[A-Za-z][\w&.-]*['\u2019]s(?= [a-z])",
    )
)
# After a named asset (and its ticker in brackets): the punctuation that opens the aside.
_OPEN = re.compile(
    rf"\)?\s*(?:(?P<comma>,)|(?P<paren>\()|\s(?P<dash>[\u2014\u2013]|--?)\s)\s*(?={_OPENERS}\b)",
    re.IGNORECASE,
)
_CLOSE = {"comma": ",", "paren": ")"}
_DASH = re.compile(r"\s(?:[\u2014\u2013]|--?)\s")
# What follows a list's comma, not an aside's: "Gold, the dollar, and bitcoin".
_LIST_GOES_ON = re.compile(r"\s*(?:and|or|nor|as well as|plus|&)\b", re.IGNORECASE)
# What may stand before the subject in its clause: an article, "both", a conjunction, a quote.
_OPENING = re.compile(
    r"(?:\s*(?:the|both|and|but|while|as|meanwhile|spot|US|U\.S\.|[\"'\u201c]))*\s*", re.IGNORECASE
)
_MAX_WORDS = 14
# A figure of the clause's own (a price, a percentage, a decimal), not a name ("S&P 500").
_FIGURE = re.compile(r"[$\u20ac\u00a3]\s?\d|\d\s?(?:%|per ?cent|bps?\b)|\d[.,]\d")


#: A contrast fronted before the subject: "In contrast to gold, the dollar fell", "Unlike
#: silver, bitcoin slid 3%", "Despite a firmer dollar, gold set a record": what it names is
#: the term of comparison or the obstacle, not a subject.
_FRONTED = re.compile(
    r"^\W*(?:in contrast (?:to|with)|unlike|compared (?:with|to)|as opposed to|relative to"
    r"|despite|in spite of|notwithstanding)\s+"
    r"(?P<what>[^,;:.]{1,50}),\s*(?!which|that|who|whose)",
    re.IGNORECASE,
)


def outside_asides(s: str, mentions: Sequence[AssetMention]) -> list[AssetMention]:
    """``mentions`` less those in an aside that follows a named asset, or in a contrast
    fronted before the subject (module doc, :data:`_FRONTED`)."""
    dropped: set[int] = set()
    front = _FRONTED.match(s)
    if (
        front is not None
        and any(m.start >= front.end() for m in mentions)
        and not _FIGURE.search(front.group("what"))  # "Despite a 2% drop in the dollar": its own
    ):
        dropped |= {id(m) for m in mentions if m.start < front.end("what")}
    for m in mentions:
        if m.asset in GROUPS or m.end <= m.start or id(m) in dropped:
            continue
        span = _aside(s, m.end)
        if span is None or not _opens_clause(s, m, mentions):
            continue
        lo, hi = span
        if any(lo <= o.start < hi for o in mentions) and not any(
            hi <= o.start <= hi + 2 for o in mentions
        ):
            dropped |= {id(o) for o in mentions if lo <= o.start < hi}
    return [m for m in mentions if id(m) not in dropped]


def _aside(s: str, end: int) -> tuple[int, int] | None:
    """The span of the aside that opens at ``end`` and is closed before the clause goes on."""
    opened = _OPEN.match(s, end)
    if opened is None:
        return None
    kind = opened.lastgroup or ""
    lo = opened.end()
    if kind == "dash":
        close = _DASH.search(s, lo)
        hi = close.start() if close is not None else -1
        after = close.end() if close is not None else -1
    else:
        hi = s.find(_CLOSE[kind], lo)
        after = hi + 1
    if hi < 0 or _LIST_GOES_ON.match(s, after) or not s[after:].strip(" .;"):
        return None
    if _FIGURE.search(s, lo, hi) or len(s[lo:hi].split()) > _MAX_WORDS:
        return None  # a clause with a figure of its own, or a long one: no aside
    return lo, hi


def _opens_clause(s: str, m: AssetMention, mentions: Sequence[AssetMention]) -> bool:
    """Whether ``m`` (with the name its bracketed ticker follows) opens its clause."""
    named = [o for o in mentions if o.end <= m.start and re.fullmatch(r"\s*\(", s[o.end : m.start])]
    start = named[-1].start if named else m.start
    return _OPENING.fullmatch(s[clause_start(s, start) : start]) is not None
