"""A gap against a past time: "some $300 under where it stood a year ago", "12% under
its level of six months ago", "$900 higher than a year ago" (pure).

The figure is a move over the span back to that time (the window the span names: ``year``,
``months``, ``days:N``, ...): a dollar figure is a ``usd`` move (:func:`dollar_gaps`), a
percentage a move whose window :func:`gap_window` gives. Only spans counted back from the
article ("N units ago", "a year earlier", "this time last year") are read.

Examples
--------
>>> s = "Ether is roughly $350 under where it changed hands a year ago."
>>> from leadwatch.claims.assets import find_assets
>>> dollar_gaps(s, find_assets(s), None)
[('eth', 'down', 350.0, 'year', '$350', ('usd',))]
>>> s = "Silver is 12% below where it was six months ago."
>>> gap_window(s, s.index("%") + 1)
('down', 'days:182')
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import qualifiers
from leadwatch.claims.model import GROUPS
from leadwatch.claims.windows import find_windows

__all__ = ["Gap", "dollar_gaps", "gap_window"]

_SIDE = (
    r"\s+(?:(?P<down>below|under|beneath|lower than|less than|short of)"
    r"|(?P<up>above|over|higher than|more than|ahead of))\s+"
)
_REFERENCE = (
    r"(?:(?:where|what) (?:it|they|the \w+|[A-Z]\w+) (?:traded|stood|was|were|sat|closed"
    r"|changed hands|fetched|cost)\s+|(?:its|their|the) (?:price|level|value|close)s?"
    r"(?: (?:of|from|seen))?\s+|(?:it|they) (?:was|were|did)\s+|(?:on|at)\s+)?"
)
_TIME = (
    r"(?P<time>(?:(?:just|only|about|roughly|some) )?(?:a|an|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|\d+) (?:day|week|month|year)s? (?:ago|earlier)"
    r"|this time last (?:year|month|week)|(?:a|one) year before)\b"
)
_GAP = re.compile(_SIDE + _REFERENCE + _TIME, re.IGNORECASE)
_DOLLARS = re.compile(
    r"(?P<amount>(?:US)?\$\s?(?P<num>\d[\d,]*(?:\.\d+)?)(?P<k>k\b)?)(?![\d,])", re.IGNORECASE
)


def _window(time: str) -> str | None:
    """The window code of a span back ("a year ago" -> ``year``)."""
    words = re.sub(r"(?i)\b(?:earlier|before)\b", "ago", time)
    words = re.sub(r"(?i)^this time last (\w+)$", r"a \1 ago", words)
    found = find_windows("up 1% from " + words)
    return found[-1][1] if found else None


def gap_window(s: str, end: int) -> tuple[str, str] | None:
    """``(op, window)`` when the words after the figure that ends at ``end`` place it
    against a past time ("12% below where it was a year ago"); ``None`` otherwise."""
    m = _GAP.match(s, end)
    if m is None:
        return None
    window = _window(m.group("time"))
    return None if window is None else ("down" if m.group("down") else "up", window)


#: ``(asset, op, amount, window, words, qualifiers)``: a move read from a dollar gap.
Gap = tuple[str, str, float, str | None, str, tuple[str, ...]]


def dollar_gaps(s: str, mentions: list[AssetMention], carried: str | None) -> list[Gap]:
    """A ``usd`` move for each dollar figure placed against a past time; the asset is the
    one named nearest before it, else ``carried``."""
    out: list[Gap] = []
    for m in _DOLLARS.finditer(s):
        gap = gap_window(s, m.end())
        before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1] if before else carried
        if gap is None or asset is None:
            continue
        amount = float(m.group("num").replace(",", "")) * (1000.0 if m.group("k") else 1.0)
        quals = (*qualifiers(s, m.start("amount")), "usd")
        out.append((asset, gap[0], amount, gap[1], m.group("amount"), quals))
    return out
