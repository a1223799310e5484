"""Record words that state no record of the asset before them (pure).

A record's clause may be headed by another quantity than a price ("exports climbed to a
record high", "put volume surged to a record"): :data:`OTHER_SUBJECT`,
:func:`not_the_subject`. A record rally or run that is only the subject of its causes
("silver's record run is linked to solar demand", "the record rally has been driven by
central banks") explains the rally and states no record of the day: :func:`cause_told`.

Examples
--------
>>> s = "Gold's record rally is largely tied to central bank buying."
>>> cause_told(s, s.index("rally") + len("rally"), "rally")
True
>>> s = "Gold's record rally continued on Tuesday."
>>> cause_told(s, s.index("rally") + len("rally"), "rally")
False
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import clause_start, unknown_subject

__all__ = ["OTHER_SUBJECT", "cause_told", "first_of_people", "not_the_subject"]

#: A record's clause whose subject is a quantity, not an asset ("put volume surged to a record"),
#: or a market the sentence does not name as one of the store's ("with stock prices at records").
OTHER_SUBJECT = re.compile(
    r"\b(?:volumes?|demand|supply|inflows?|outflows?|exports?|imports?|sales|production|output"
    r"|holdings|purchases|buying|selling|deficit|surplus|debt|earnings|profits?|revenues?"
    r"|issuance|positions|interest|participation|usage|activity|users|addresses|fees|premiums?"
    r"|stocks|equities|shares|(?:stock|share|equity|home|house|housing|oil|food|consumer)\s+prices)\b",
    re.IGNORECASE,
)
#: The nouns of a record's course ("record rally", "record run") that a cause may follow.
_COURSE = frozenset(("run", "rally"))
#: A predicate of cause right after the noun: "is (largely) tied to", "has been driven by",
#: "stems from", "reflects".
_ADVERB = r"(?:(?:largely|partly|mainly|mostly|in part|also|being|primarily)\s+)?"
_CAUSE = re.compile(
    rf"\s+(?:(?:is|was|are|were|has been|have been|had been)\s+)?{_ADVERB}"
    rf"(?:(?:tied|linked|attributed|due|owed|credited)\s+{_ADVERB}to"
    r"|(?:driven|fuell?ed|underpinned|supported|powered|spurred|propelled|explained|backed)"
    rf"\s+{_ADVERB}by|(?:stems?|stemmed|comes?|came)\s+from|reflects?|reflected)\b",
    re.IGNORECASE,
)


def not_the_subject(s: str, pos: int, mentions: list[AssetMention]) -> bool:
    """A record in a sentence that names no asset is not the current subject's when another
    quantity ("volume", "exports") or an unknown name heads its clause, or, with no word for
    the subject at all, the sentence ("The premium hit 0.05 - the highest since May")."""
    clause = s[clause_start(s, pos) : pos]
    head = s[:pos] if not mentions else clause
    return bool(OTHER_SUBJECT.search(head)) or unknown_subject(s, pos, mentions) is not None


def cause_told(s: str, end: int, noun: str | None) -> bool:
    """Whether the record ``noun`` ("rally", "run") ending at ``end`` of ``s`` is only the
    subject of a predicate of cause ("is tied to", "was driven by"): no record stated."""
    return (noun or "").strip().lower() in _COURSE and _CAUSE.match(s, end) is not None


# A price told near a "first time": a figure, or a level named ("this level", "the mark").
_PRICE_TOLD = re.compile(
    r"\d|\b(?:levels?|marks?|thresholds?|barriers?|milestones?|handles?|records?|highs?|lows?"
    r"|peaks?|above|below|under|over|past|beyond)\b",
    re.IGNORECASE,
)


def first_of_people(s: str, start: int, end: int) -> bool:
    """Whether the "first time" at ``s[start:end]`` tells what people do, no price crossing
    ("some are buying gold coins for the first time", "first-time buyers"): no record.

    >>> s = "Many savers are buying silver bars for the first time."
    >>> first_of_people(s, s.index("first"), len(s) - 1)
    True
    >>> s = "Silver climbed past $60 for the first time."
    >>> first_of_people(s, s.index("first"), len(s) - 1)
    False
    """
    lo = max(0, start - 120, s.rfind(";", 0, start) + 1)  # the sentence part before it
    tail = re.split(r"[;!?]|\.(?!\d)", s[end:], maxsplit=1)[0]
    return not _PRICE_TOLD.search(s, lo, start) and not _PRICE_TOLD.search(tail)
