"""A weekday set as a heading over a paragraph dates the paragraph (pure).

Day-by-day recaps put the day on a line of its own ("Monday:", "Tuesday -",
"**Wednesday**") and tell it in the paragraph below, whose sentences name no day: "The
index fell 1.5%" under "Monday:" is Monday's move, not the article day's. The claims of
the paragraph right after such a heading that name no time of their own take its
weekday, marked ``carried`` (as a day carried from the sentence before is). The heading
governs one paragraph: the text after the next line break is no longer under it.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("A wild week.\\nMonday:\\nGold fell 2%.\\nTuesday -\\nGold rose 1%.")
>>> [(c.pct, c.when) for c in ex.claims]
[(2.0, ('weekday', 0)), (1.0, ('weekday', 1))]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import WEEKDAYS, words_re

__all__ = ["headed_days"]

_HEADING = re.compile(
    rf"^\W*?(?:\*\*|__|#+\s*)?\s*(?P<day>{words_re(WEEKDAYS)})\s*(?:\*\*|__)?\s*[:.\-\u2013\u2014]?"
    r"\s*(?:\*\*|__)?\s*$",
    re.IGNORECASE,
)


def _of_a_day(c: Claim) -> bool:
    return c.when is None and (
        c.kind in ("level", "move")
        or (c.kind in ("percent", "record") and c.window in (None, "day"))
    )


def headed_days(text: str, sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with those of a paragraph under a weekday heading on that weekday."""
    day: dict[int, int] = {}
    heading: int | None = None
    for i, sent in enumerate(sentences):
        m = _HEADING.match(sent.text)
        if (
            m is not None
            and "\n"
            in text[sent.end : sentences[i + 1].start if i + 1 < len(sentences) else len(text)]
        ):
            heading = WEEKDAYS.index(m.group("day").lower())
            continue
        if heading is None:
            continue
        day[sent.index] = heading
        if i + 1 < len(sentences) and "\n" in text[sent.end : sentences[i + 1].start]:
            heading = None  # the paragraph under the heading ends
    return [
        replace(c, when=("weekday", day[c.sentence]), qualifiers=(*c.qualifiers, "carried"))
        if c.sentence in day and _of_a_day(c)
        else c
        for c in claims
    ]
