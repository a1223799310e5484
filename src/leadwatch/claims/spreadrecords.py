"""A record of a spread, not of a price: "swung to a discount for the first time since" (pure).

A price quoted against another market (a local price against London, futures against
spot, a fund against its holdings) trades at a premium or a discount. "Slipped to a
discount versus London for the first time since March", "the premium widened to its
highest since 2020" tell a first or an extreme of that gap: the asset's own price may have
done anything. A record whose clause names such a gap before the record's words is the
gap's, no record of the asset (:func:`drop_spread_records`).

Examples
--------
>>> spread_record("Gold fell to a discount to London for the first time since May.",
...               "first time since May")
True
>>> spread_record("Gold rose above $3,000 for the first time since May.", "first time since May")
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["drop_spread_records", "spread_record"]

#: A gap between two quotes of one asset, as a noun ("a discount", "the premium", "its
#: spread"; not the verb of "the rally spread to silver": no word between for a spread).
_GAP = re.compile(
    r"\b(?:an?|the|its|their|[\w-]+['\u2019]s)\s+(?:(?:[\w-]+\s+)?(?:discount|premium)s?|spread)\b",
    re.IGNORECASE,
)
#: Where a clause starts: a comma, a semicolon, a colon or a dash between words.
_CLAUSE = re.compile(r"[,;:]|\s[\u2013\u2014-]\s")


def spread_record(sentence: str, words: str) -> bool:
    """Whether the record told by ``words`` belongs to a gap named before it in its clause.

    >>> spread_record("The premium hit its highest since 2020, while gold rose.", "highest")
    True
    >>> spread_record("At a premium to spot, futures rose; gold hit a record.", "a record")
    False
    """
    at = sentence.find(words)
    if at <= 0:
        return False
    starts = [m.end() for m in _CLAUSE.finditer(sentence, 0, at)]
    return _GAP.search(sentence, starts[-1] if starts else 0, at) is not None


def drop_spread_records(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the records of a gap between two quotes (module doc).

    >>> from leadwatch.claims.model import Claim
    >>> from leadwatch.claims.text import split_sentences
    >>> s = split_sentences("Gold moved to a premium for the first time since June.")
    >>> drop_spread_records(s, [Claim(0, "record", "gold", "first time since June", "high")])
    []
    """
    texts = {s.index: s.text for s in sentences}
    return [
        c
        for c in claims
        if c.kind != "record" or not spread_record(texts.get(c.sentence, ""), c.words)
    ]
