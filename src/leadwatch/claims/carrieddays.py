"""The day a sentence takes from the one before it ("On Monday, ... It fell 2% on the day").

A sentence with no time of its own takes the day the sentence before it names, in the
same paragraph (:func:`on_day`), unless it has a time word of its own (:data:`NOW`: "now",
"this week", "since", "the prior day"). The "since" of a record told beside a move ("fell
12% in a single session, its steepest drop since 1980") is the record's span, not the
sentence's time: it does not keep the day from being carried.

Examples
--------
>>> bool(NOW.search("Gold is now at $2,400.")), bool(NOW.search("Gold fell 1%."))
(True, False)
>>> bool(NOW.search("Gold fell 9% on the day, its worst drop since 2013."))
False
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from leadwatch.claims.model import Claim

__all__ = ["NOW", "on_day"]


#: Time words of a sentence's own ("now", "the prior day"): it takes no day from the one
#: before ("was last up", "last traded at" is the latest quote, no time of its own).
_NOW_RE = re.compile(
    r"(?i)\b(?:now|currently|today|so far|at present|this|prior|previous|since|quarter|last"
    r"(?! (?:up|down|at|seen|traded|quoted|changed|trading|changing)\b)|(?<!-)(?:week|month|year)"
    r"|time of writing|press time|hours? ago|24 hours|(?:is|are) (?:also |still )?\w+ing)\b"
)
#: A superlative record with its span ("its steepest one-day decline since the 1990s").
_RECORD_SINCE = re.compile(
    r"(?i)\b(?:its|their|the) (?:worst|biggest|largest|steepest|sharpest|heaviest|best"
    r"|strongest)\b[^,;.]{0,40}?\bsince\b[^,;]*"
)


class _TimeWords:
    """:data:`NOW`: searches a sentence for time words of its own, outside its records."""

    def search(self, s: str) -> re.Match[str] | None:
        """The first time word of ``s`` outside a superlative record's "since" span."""
        return _NOW_RE.search(_RECORD_SINCE.sub(" ", s))


NOW = _TimeWords()


def on_day(c: Claim, day: tuple[str, Any]) -> Claim:
    """``c`` placed on the day named by the sentence before it, when it is a claim of a day."""
    of_a_day = c.kind in ("level", "move") or (
        c.kind in ("percent", "record") and c.window in (None, "day")
    )
    if not of_a_day or c.when is not None:
        return c
    return replace(c, when=day, qualifiers=(*c.qualifiers, "carried"))  # the day is not its own
