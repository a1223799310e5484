"""Prices an article quotes at a US evening clock time (pure).

A wire story written in New York's evening ("Spot gold fell 0.6% to $4,751.13 by 19:56 ET
(00:56 GMT)") quotes the exchanges' evening session, which falls in the next day's
futures bar and before the next London fix: a level of such an article may hold on the
next day's range rather than the closed session's (:func:`leadwatch.claims.nights.night_regrade`
grades it there when the day's data contradict it). The stamp is the article's: the first
clock time the text prints stands for the figures around it that print none of their own
("Spot silver dropped 2.2% to $69.38" in the next bullet), so each level of the day with
no clock time or day of its own is flagged ``evening``; and "the previous session" of such
a story is the US session just closed, the article's own day.

Examples
--------
>>> bool(GLOBEX_EVENING.search("fell 0.6% to $4,751.13 by 19:56 ET (00:56 GMT)"))
True
>>> bool(GLOBEX_EVENING.search("gold settled at $4,861.40 at 1:30 p.m. ET"))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence

__all__ = ["GLOBEX_EVENING", "evening_quotes"]

#: A US evening clock time from 6 p.m. ET ("by 19:56 ET", "at 8:30 p.m. New York time"):
#: the exchanges' evening session, in the next day's futures bar.
GLOBEX_EVENING = re.compile(
    r"\b(?:(?:[6-9]|1[01])(?::[0-5]\d)? ?p\.? ?m\.?|(?:1[89]|2[0-3])[:.]?[0-5]\d) ?"
    r"(?:E[SD]?T|Eastern|New York)\b",
    re.IGNORECASE,
)
#: Any clock time with a zone or "a.m."/"p.m." ("0056 GMT", "10:30 a.m.", "19:56 ET").
_CLOCK = re.compile(
    r"\b(?:[01]?\d(?:[:.][0-5]\d)?\s?[ap]\.?m\.?|[0-2]?\d[:.]?[0-5]\d\s?(?:GMT|UTC|E[SD]?T))\b",
    re.IGNORECASE,
)


def evening_quotes(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the day's levels flagged ``evening`` where the first clock time the
    article prints is a US evening one (module docstring)."""
    stamp = next((s.text for s in sentences if not s.boilerplate and _CLOCK.search(s.text)), "")
    if not GLOBEX_EVENING.search(stamp):
        return list(claims)
    out = []
    for c in claims:
        if c.when == ("yesterday", 1):  # "the previous session": the US day just closed
            c = replace(c, when=None)
        elif (
            c.kind == "level"
            and (c.when is None or c.when[0] in ("today", "weekday"))  # the article's day
            and c.window is None
            and not _CLOCK.search(sentences[c.sentence].text)
        ):
            c = replace(c, qualifiers=(*c.qualifiers, "evening"))
        out.append(c)
    return out
