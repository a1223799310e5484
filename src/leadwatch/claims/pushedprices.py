"""Moves stated as something pushing the price: "its run has lifted prices by more than 40%",
"the sell-off dragged prices down 6%"; and whose prices a cause drives to a record, "gold
rose as a weak dollar drove prices to record highs" (:func:`pushed_topic`: gold's) (pure).

The asset is the subject of the sentence (named, or carried by "the metal's", "its"); the
price is only the object of a verb of pushing, so the figure after "by" is the asset's move,
up for a lift and down for a drag. A noun before "prices" ("consumer prices", "oil prices")
makes them other prices: no move of the asset.

Examples
--------
>>> s = "The metal's strong run has lifted prices by more than 40% in 2024."
>>> pushed_prices(s, s.index("40%"))
'up'
>>> s = "Tariffs lifted consumer prices by 3%."
>>> pushed_prices(s, s.index("3%")) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS

__all__ = ["pushed_prices", "pushed_topic"]

_PUSHED_PRICES = re.compile(
    r"\b(?:(?P<up>lift(?:ed|s|ing)?|boost(?:ed|s|ing)?|propell(?:ed|s|ing)|push(?:ed|es|ing)?"
    r"(?= \w+ up)|sen[dt](?:s|ing)?(?= \w+ (?:up|higher)))"
    r"|(?P<down>dragg?(?:ed|s|ing)?|knock(?:ed|s|ing)?|push(?:ed|es|ing)?(?= \w+ down)))"
    r" (?:the |its |their )?(?:spot )?prices?(?: (?:up|down|higher|lower))?(?: by)?"
    r"(?: (?:more than|over|nearly|almost|about|around|roughly|some|close to|as much as))?\s*$",
    re.IGNORECASE,
)


def pushed_prices(s: str, pos: int) -> str | None:
    """``"up"`` or ``"down"`` when the percentage at ``pos`` sizes a push of the price (module
    doc), else ``None``."""
    push = _PUSHED_PRICES.search(s, max(0, pos - 60), pos)
    if push is None:
        return None
    return "up" if push.group("up") else "down"


#: The price pushed to the record by a cause: "a weak dollar and rate-cut bets drove prices
#: to record highs" (the prices are the sentence's topic, not the dollar's).
_PUSHED_TO = re.compile(
    r"\b(?:driv(?:e|es|en|ing)|drove|push(?:ed|es|ing)?|sen[dt](?:s|ing)?|lift(?:ed|s|ing)?"
    r"|propell(?:ed|s|ing)|carr(?:y|ies|ied|ying)|took|tak(?:e|es|en|ing))\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:spot\s+)?prices?\s+(?:to|into|towards?)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


def pushed_topic(s: str, start: int, mentions: Sequence[AssetMention]) -> str | None:
    """The sentence's first asset when its prices are pushed to the record at ``start`` by
    something named after it ("Gold rose as a weak dollar drove prices to records": gold)."""
    if _PUSHED_TO.search(s, max(0, start - 60), start) is None:
        return None
    named = [x.asset for x in mentions if x.asset not in GROUPS and x.start < start]
    return named[0] if len(set(named)) > 1 else None
