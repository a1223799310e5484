"""Clock times inside a sentence: "as of 9:15 a.m. EST, up 2%" is one sentence, as is
"$2,047/oz. and up 1.7%" (pure).

The sentence splitter ends a sentence after "a.m."; a time zone, a place, a weekday, a
comma or a lowercase word after it says the sentence goes on.

>>> body = "Gold was $2,700 at 9 a.m. EST, up 1%. It fell."
>>> [body[a:b] for a, b in glue_clock_times(body, [(0, 25), (26, 37), (38, 46)])]
['Gold was $2,700 at 9 a.m. EST, up 1%.', 'It fell.']
"""

from __future__ import annotations

import re

__all__ = ["glue_clock_times"]

# "as of 9:15 a.m. EST, up 2%": a clock time ends no sentence before a time zone, a comma or
# a lowercase word ("at 10 a.m. Then it fell." still ends one).
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_CLOCK_GOES_ON = re.compile(
    r"[A-Z]{1,4}T\b|UTC\b|GMT\b|[a-z,;(\u2013\u2014-]|(?:Eastern|Pacific|Central|Mountain"
    r"|London|New York|Tokyo|Singapore|Hong Kong|Sydney|Beijing|Frankfurt|Zurich"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

# "to trade at $2,047.21/oz. and is up 1.7%": a unit's abbreviation ends no sentence before
# a lowercase word either.
_UNIT_END = re.compile(r"\b(?:oz|ozs|lbs?|bbl|mt|approx)\.$", re.IGNORECASE)


def glue_clock_times(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` of ``body`` with a piece that only follows a clock time glued back on."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        before = body[out[-1][0] : out[-1][1]] if out else ""
        if (_CLOCK_END.search(before) and _CLOCK_GOES_ON.match(body[a:b])) or (
            _UNIT_END.search(before) and body[a:b][:1].islower()
        ):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out
