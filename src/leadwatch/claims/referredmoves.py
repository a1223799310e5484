"""A move named again by a demonstrative is no new claim (pure).

"The yen jumped 2% against the euro on Friday. This rising yen weighed on exporters":
"this rising yen" points back at the move the sentence before told; it only says what the
move did, as an attribute of its noun. :func:`drop_referred_moves` removes such a
figureless move when the sentences just before already hold a claim of the same asset. A
move named with a demonstrative but with no claim of its asset before ("This weaker dollar
is new") stays a claim.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> from leadwatch.claims.text import split_sentences
>>> s = tuple(split_sentences("The dollar rose 1% on Friday. This firmer dollar hurt gold."))
>>> cs = [Claim(0, "percent", "dxy", "1%", "up", pct=1.0),
...       Claim(1, "move", "dxy", "firmer dollar", "up")]
>>> [c.kind for c in drop_referred_moves(s, cs)]
['percent']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["drop_referred_moves"]

#: A demonstrative right before the move's words: "This strengthening dollar", "that rally".
_POINTS_BACK = re.compile(r"\b(?:this|that|these|those|such an?|the same)\s+$", re.IGNORECASE)
#: How many sentences back the move may have been told.
_REACH = 2


def drop_referred_moves(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the figureless moves named again by a demonstrative (module doc)."""
    told = {(c.sentence, c.asset) for c in claims}
    out = []
    for c in claims:
        if c.kind == "move" and c.pct is None and c.level is None and c.asset is not None:
            s = sentences[c.sentence].text
            pos = s.find(c.words)
            earlier = any((c.sentence - k, c.asset) in told for k in range(1, _REACH + 1))
            if pos > 0 and earlier and _POINTS_BACK.search(s[:pos]):
                continue
        out.append(c)
    return out
