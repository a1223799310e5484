"""The price a stated move says it reached: "up 1.3% at $4,062" (pure).

A wire quoting a move during the session gives the price it reached with it ("was up
1.32% at $4,062", "fell 2% in early trade to $3,900", "rising by 4.87%, reaching
$75.175"): the move runs from the close before to that price, not to the day's close.
Grading (:mod:`leadwatch.claims.sessionquotes`) and dating (:mod:`leadwatch.claims.closeness`)
both read it here.

Examples
--------
>>> quoted_price("Gold was up 1.3% at $4,062 per ounce", "up 1.3%")
4062.0
>>> quoted_price("Silver was rising by 4.87%, reaching $75.175 an ounce", "4.87%")
75.175
>>> quoted_price("Silver climbed to $75.235 per troy ounce (+4.95%)", "+4.95%")
75.235
>>> quoted_price("Bitcoin traded at $97,410, down 0.8% on the day", "0.8%")
97410.0
>>> quoted_price("Gold rose 1.3%, its best day since May", "1.3%") is None
True
>>> quoted_price("Gold, at $2,000 an ounce, has risen 10% this year", "10%") is None
True
"""

from __future__ import annotations

import re

__all__ = ["quoted_price"]

_FIGURE = (
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,]*\s*(?:billion|trillion|million|bn|m)\b)"
)
# the time of the quote may stand between the figure and its price ("up 1.3% on Friday
# morning, reaching $4,062", "fell 2% in early trade to $3,900")
_QUOTE_TIME = (
    r"(?:(?:on|in|this|early|late|during)\s+(?:\w+\s+){0,2}?"
    r"(?:morning|afternoon|evening|\w+day|trad(?:e|ing)|session|deals|hours)\s*,?\s*)?"
)
_TO = (
    r"\s*(?:per ?cent|percent|%)?\s*(?:higher|lower)?,?\s*"
    + _QUOTE_TIME
    + r"(?:at|to|reaching|hitting|touching)\s+"
)
_NEAR = r"(?:trade (?:at|near) |(?:around|about|near|roughly) )?(?:US)?\$\s?"
_PRICE = re.compile(_TO + _NEAR + _FIGURE, re.IGNORECASE)
# the price first, its move after it: "rose to $75.235 per troy ounce (+4.95%)", "traded
# at $97,410, down 0.8%"
_UNIT = r"(?:\s*(?:per|an?|/)\s*(?:troy\s+)?(?:ounce|oz|barrel|bbl|share|coin|token))?"
_PRICE_FIRST = re.compile(
    r"\b(?:at|to|reaching|hitting|touching)\s+"
    + _NEAR
    + _FIGURE
    + _UNIT
    + r"\s*(?:\(\s*|,\s*(?:up|down)\s+(?:by\s+)?)[+-]?$",
    re.IGNORECASE,
)


def quoted_price(sentence: str, words: str) -> float | None:
    """The price a move's figure ``words`` says it reached ("up 1.3% at $4,062"), or ``None``."""
    pos = sentence.find(words)
    if pos < 0:
        return None
    m = _PRICE.match(sentence, pos + len(words))
    if m is None:  # "to $75.235 (+4.95%)": the price told first
        m = _PRICE_FIRST.search(sentence[max(0, pos - 120) : pos + (words[:1] in "+-")])
    return None if m is None else float(m.group(1).replace(",", ""))
