"""The day a sentence takes from the one before it ("On Monday, ... It fell 2% on the day").

A sentence with no time of its own takes the day the sentence before it names, in the
same paragraph (:func:`on_day`), unless it has a time word of its own (:data:`NOW`: "now",
"this week", "since", "the prior day").

Examples
--------
>>> bool(NOW.search("Gold is now at $2,400.")), bool(NOW.search("Gold fell 1%."))
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from leadwatch.claims.model import Claim

__all__ = ["NOW", "on_day"]


#: Time words of a sentence's own ("now", "the prior day"): it takes no day from the one
#: before ("was last up", "last traded at" is the latest quote, no time of its own).
NOW = re.compile(
    r"(?i)\b(?:now|currently|today|so far|at present|this|prior|previous|since|quarter|last"
    r"(?! (?:up|down|at|seen|traded|quoted|changed|trading|changing)\b)|(?<!-)(?:week|month|year)"
    r"|time of writing|press time|hours? ago|24 hours|(?:is|are) (?:also |still )?\w+ing)\b"
)


def on_day(c: Claim, day: tuple[str, Any]) -> Claim:
    """``c`` placed on the day named by the sentence before it, when it is a claim of a day."""
    of_a_day = c.kind in ("level", "move") or (
        c.kind in ("percent", "record") and c.window in (None, "day")
    )
    if not of_a_day or c.when is not None:
        return c
    return replace(c, when=day, qualifiers=(*c.qualifiers, "carried"))  # the day is not its own
