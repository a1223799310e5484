"""Windows named by reference to an earlier sentence: "since then", "since that time" (pure).

"Back in March 2019 the dollar index stood at 96. Since then it has climbed to 104, a gain of
8 percent": the 8% runs from the last date the text named before it, not over a default
window. :func:`since_then` gives such moves the window ``since:<that date>``.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold hit $1,900 in August 2020. Since then it has gained 40%.")
>>> [(c.pct, c.window) for c in since_then(ex.sentences, list(ex.claims))]
[(None, None), (40.0, 'since:August 2020')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import MONTH_NAME_RE, YEAR_RE

__all__ = ["since_then"]

_THEN = re.compile(r"\bsince (?:then|that (?:time|date|day|point|month|year))\b", re.IGNORECASE)
# "Back in March 2019", "on May 3, 1985", "in 2014": a date a later "since then" means
_ANCHOR = re.compile(
    rf"\b(?P<m>{MONTH_NAME_RE})(?: (?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?,?(?: of)? (?P<y>{YEAR_RE})\b"
    rf"|\b(?:in|during|by the end of) (?P<y2>{YEAR_RE})\b"
)
#: How many sentences back a "since then" may reach for its date.
_REACH = 3


def _anchor(sentences: Sequence[Sentence], index: int) -> str | None:
    """The last date named in the few sentences before sentence ``index``."""
    for back in range(index - 1, max(-1, index - 1 - _REACH), -1):
        found = list(_ANCHOR.finditer(sentences[back].text))
        if found:
            m = found[-1]
            if m.group("y2"):
                return m.group("y2")
            day = f" {m.group('d')}," if m.group("d") else ""
            return f"{m.group('m')}{day} {m.group('y')}"
    return None


def since_then(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the moves of a "since then" sentence windowed from the date the text
    named last before it (none found: left as they are)."""
    out = []
    for c in claims:
        if c.kind == "percent" and c.window is None and _THEN.search(sentences[c.sentence].text):
            anchor = _anchor(sentences, c.sentence)
            if anchor is not None:
                c = replace(c, window=f"since:{anchor}")
        out.append(c)
    return out
