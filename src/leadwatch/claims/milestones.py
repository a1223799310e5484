"""Round levels crossed as a milestone: "clearing the $5,000 milestone", "vaulted past the
much-anticipated $50,000 mark" (pure).

A level first reached is told as a milestone: the crossing is a first, so the sentence
also claims a record high (low) of the asset, checked as one. A milestone taken back
("reclaimed the $100,000 milestone", "back above", "again"), one lost ("fell below the
milestone") or one only approached ("eyes the $5,000 milestone") is no first.

>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold rose 2%, clearing the $5,000 milestone.")
>>> [(c.kind, c.op) for c in ex.claims if c.kind == "record"]
[('record', 'high')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence

__all__ = ["milestone_records"]

#: The level told as a milestone: "the $5,000 milestone", "the much-anticipated $50,000 mark".
_MILESTONE_AFTER = re.compile(r"^[\d,.kK]*\s*(?:-?(?:dollar|level|price) )?milestone\b", re.I)
_LONG_AWAITED = re.compile(
    r"\b(?:long-?awaited|much-?anticipated|coveted|elusive)\s+(?:US)?\$?[\d,.]*$", re.I
)
#: A milestone taken back or only in view: no first.
_NOT_FIRST = re.compile(
    r"\b(?:re(?:claim|take|cover|gain|turn|visit|test|capture)\w*|back|again|once more|eyes?"
    r"|eyeing|near\w*|approach\w*"
    r"|toward|towards|aim\w*|target\w*|could|may|might|would|will|fail\w*|below|under)\b",
    re.IGNORECASE,
)


def milestone_records(claims: Sequence[Claim], sentences: Sequence[Sentence]) -> list[Claim]:
    """``claims`` with a record high added for each level crossed upward (or reached) as a
    milestone, in a sentence that states no record of the asset yet (module doc)."""
    out = list(claims)
    for c in claims:
        if c.kind != "level" or c.op not in ("break", "at") or c.asset is None:
            continue
        if c.sentence >= len(sentences):
            continue
        s = sentences[c.sentence].text
        at = s.find(c.words)
        if at < 0:
            continue
        end = at + len(c.words)
        if not (_MILESTONE_AFTER.match(s[end:]) or _LONG_AWAITED.search(s[at:end])):
            continue
        if _NOT_FIRST.search(s[max(0, at - 40) : end]):
            continue
        own = [o for o in out if o.sentence == c.sentence and o.asset == c.asset]
        if any(o.kind == "record" and o.op == "high" and o.window is None for o in own):
            continue
        out.append(Claim(c.sentence, "record", c.asset, c.words, "high", when=c.when))
    return out
