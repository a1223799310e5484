"""Figures told again "over the period": a repeat of the earlier sentence that set the span (pure).

A sentence that names its span only by pointing back ("Over the period, gold and silver
lost 2% and 4%, respectively", "During that stretch, ether shed 12%") tells figures whose
window is the one an earlier sentence stated ("weekly losses of 2% and 4%"). When an
earlier sentence states the same figure of the same asset and direction, the pointing
sentence only repeats it: its claim is dropped and the earlier one, with its window, is
the claim. A pointing sentence whose figure nothing earlier states keeps it.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> from leadwatch.claims.text import split_sentences
>>> s = tuple(split_sentences(
...     "Gold posted a weekly loss of 2%. Over the period, gold lost 2% as yields rose."))
>>> c = [Claim(0, "percent", "gold", "2%", "down", pct=2.0, window="week"),
...      Claim(1, "percent", "gold", "2%", "down", pct=2.0)]
>>> [x.sentence for x in drop_period_repeats(s, c)]
[0]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["drop_period_repeats"]

#: A span named only by pointing back: "over the period", "during that stretch", "in the
#: same timeframe", "across this window".
_POINTING = re.compile(
    r"\b(?:over|during|in|across|throughout|for) (?:the same|that|this|the) "
    r"(?:period|span|stretch|time ?frame|window|interval)\b",
    re.IGNORECASE,
)


def drop_period_repeats(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the figures a pointing sentence repeats from an earlier one (module
    doc)."""
    pointing = {s.index for s in sentences if _POINTING.search(s.text)}
    if not pointing:
        return claims
    out = []
    for c in claims:
        repeat = (
            c.sentence in pointing
            and c.pct is not None
            and any(
                e.sentence < c.sentence
                and e.sentence not in pointing
                and (e.asset, e.kind, e.op, e.pct) == (c.asset, c.kind, c.op, c.pct)
                for e in claims
            )
        )
        if not repeat:
            out.append(c)
    return out
