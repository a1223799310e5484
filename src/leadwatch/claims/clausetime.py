"""Which time word belongs to a figure when a sentence joins two dated clauses (pure).

A time word right after a figure is usually its own ("$89,000 on November 12"); not when
a conjunction stands between them and the figure's own clause names a day before it:
"opened Monday at $30.10 and was trading Friday around $31": $30.10 is Monday's price.

Examples
--------
>>> import re
>>> s = "Silver opened Monday at $30.10 and was trading Friday around $31."
>>> days = list(re.finditer(r"Monday|Friday", s))
>>> in_later_clause(s, s.index("$30.10") + 6, days[1], days)
True
>>> s = "Bitcoin was above $80,000 on November 10 and $89,000 on November 12."
>>> days = list(re.finditer(r"November \\d+", s))
>>> in_later_clause(s, s.index("$80,000") + 7, days[0], days)
False
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import any_of, words_re

__all__ = ["NOW", "in_later_clause", "joined_last", "now_after"]

#: A boundary between two clauses of one sentence.
_JOIN = re.compile(r"\s(?:and|but|while|whereas)\s|;", re.IGNORECASE)
#: How far before the figure its own clause's time word may stand.
_OWN_SPAN = 30


def in_later_clause(text: str, pos: int, when: re.Match[str], found: list[re.Match[str]]) -> bool:
    """Whether ``when`` (a time word after the figure ending at ``pos``) belongs to a later
    clause: a conjunction stands between them, and a time word of ``found`` stands
    shortly before the figure with none between."""
    if not _JOIN.search(text, pos, when.start()):
        return False
    return any(
        m.end() <= pos and pos - m.end() <= _OWN_SPAN and not _JOIN.search(text, m.end(), pos)
        for m in found
    )


#: The phrases of the present that both patterns below read ("currently", "at present").
_PRESENT = ("currently", "at present", "at the moment", "at the time of writing")
#: Words of the present ("now down 11%", "at $2,327 at the time of writing").
NOW = any_of("now", *_PRESENT)
#: A figure said of the present right after it: "trading at $2,327 at the time of writing",
#: "silver, at $35.10 currently"; not "at $2,296 yesterday, now higher".
_NOW_AFTER = re.compile(
    r"(?:(?:at|to|around|near|about) )?(?:US)?\$?\d[\d,.]*(?:k\b)?%?(?: (?:an|per|a) ounce)?,? "
    rf"{words_re(('right now', *_PRESENT, 'as of writing'))}\b",
    re.IGNORECASE,
)


def now_after(sentence: str, pos: int) -> bool:
    """Whether the figure at ``pos`` (or its preposition) is said of the present by the
    words right after it.

    >>> now_after("It traded at $2,327 at the time of writing.", 10)
    True
    >>> now_after("It fell to $2,296 yesterday.", 8)
    False
    >>> now_after("It rose on May 2 and is currently around $2,580.", 21)
    True
    """
    return _NOW_AFTER.match(sentence, pos) is not None or _NOW_LEAD.match(sentence, pos) is not None


#: A copula or a verb of trading told with a word of the present before its figure: "is
#: currently around $2,580", "are now near 4.1%".
_NOW_LEAD = re.compile(
    r"(?:is|are|was|were|stands|sits|trades|remains|(?:is|are) trading) "
    rf"{words_re(('now', *_PRESENT))} (?:(?:at|around|near|about|close to) )?(?:US)?\$?\d",
    re.IGNORECASE,
)


#: A verb joined to one said of last week, with no subject of its own: "climbed past $4,100
#: last week and set a record at $4,250" (the record is last week's too).
_JOINED_LAST = re.compile(
    r"\b(?:last|the previous|the prior) (?P<u>week|month) and (?:then |later )?"
    r"(?:hit|reached|touched|set|notched|climbed|rose|jumped|topped|fell|dropped|slid|sank)\b"
    r"(?:[^,;.]|[,.](?=\d))*$",
    re.IGNORECASE,
)


def joined_last(s: str, pos: int) -> tuple[str, object] | None:
    """``("last", "week")`` (or month) when the figure ending at ``pos`` follows a verb
    joined by "and" to one said of last week, in the same clause; ``None`` otherwise.

    >>> s = "Ether rose above $4,000 last week and hit a record of $4,200."
    >>> joined_last(s, s.index("$4,200") + 6), joined_last(s, s.index("$4,000") + 6)
    (('last', 'week'), None)
    """
    joined = _JOINED_LAST.search(s, 0, pos)
    return None if joined is None else ("last", joined.group("u").lower())
