"""Moves stated as something pushing the price: "its run has lifted prices by more than 40%",
"the sell-off dragged prices down 6%" (pure).

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

__all__ = ["pushed_prices"]

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
