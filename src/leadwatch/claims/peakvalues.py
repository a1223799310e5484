"""A top named by its value before the noun: "down 10% from the $5,427 peak", "off
its ~$5,000 August 2025 peak" (a month or year between: the anchor the peak takes, see
:mod:`leadwatch.claims.pastanchor`) (pure).

The value is the peak's, not today's price: it becomes a record claim with the window
``peak:at`` (checked against the top close or intraday high of the year to the date), as
"from its March peak of $73,800" does (:mod:`leadwatch.claims.levelwords`). The figure before
it is a distance from that peak (:mod:`leadwatch.claims.windows` reads ``from the $X peak`` as
the window ``peak``).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Bitcoin trades 30% below its $126,000 peak."
>>> [(c.kind, c.asset, c.level, c.window) for c in stated_peaks(s, 0, find_assets(s), None, [])]
[('record', 'btc', 126000.0, 'peak:at')]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.vocabulary import ABOUT_RE, MONTH_RE, PER_UNIT_RE, PRICE_NUM_RE, YEAR_RE

__all__ = ["stated_peaks"]

_PEAK_VALUE = re.compile(
    r"\b(?:from|off|below|under|beneath|since)\s+(?:its|the|their|a|an)\s+"
    r"(?:(?:recent|record|all-time|intraday|closing|previous|prior)\s+)?"
    rf"(?:{ABOUT_RE}\s*)?(?P<value>(?:US)?\$\s?(?P<num>{PRICE_NUM_RE})(?P<k>k\b)?)"
    rf"(?:\s+{PER_UNIT_RE})?\s+(?:(?:{MONTH_RE})\.?(?:,?\s+{YEAR_RE})?\s+|{YEAR_RE}\s+)?"
    r"(?:(?:record|all-time|intraday|closing)\s+)?"
    r"(?:peak|high|top|record)\b",
    re.IGNORECASE,
)


def stated_peaks(
    s: str, index: int, mentions: list[AssetMention], subject: str | None, levels: list[Claim]
) -> list[Claim]:
    """``levels`` (the level claims of ``s``, sentence number ``index``) less those that
    read a top's value as today's ("below its $4,380 peak"), and a ``peak:at`` record for each
    top named by its value before the noun: the asset named nearest before it, else
    ``subject``."""
    spans = [(m.start("value"), m.end("value")) for m in _PEAK_VALUE.finditer(s)]
    out = [c for c in levels if not any(_overlaps(s, c.words, a, b) for a, b in spans)]
    for m in _PEAK_VALUE.finditer(s):
        named = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = named[-1] if named else subject
        if asset is None:
            continue
        value = float(m.group("num").replace(",", "")) * (1000.0 if m.group("k") else 1.0)
        out.append(Claim(index, "record", asset, m.group(0), "high", value, window="peak:at"))
    return out


def _overlaps(s: str, words: str, a: int, b: int) -> bool:
    start = s.find(words)
    return start >= 0 and start < b and a < start + len(words)
