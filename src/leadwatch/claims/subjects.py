"""Whether a level's clause has a subject of its own that is no asset (pure).

"The 10-year yield is 4.3%, the mortgage rate sits at 6.8%", "Gold is at $3,000, while
lumber trades at $600", "the German 10-year sits at 2.6%": the second figure belongs to
the noun that heads its clause, not to the asset named in the clause before. A clause
whose subject is a pronoun or a price noun ("the price is now $3,000", "it sits at") or a
named asset keeps the figure for the asset.

A comparison whose subject is held back until after a colon or a dash ("a rival metal
outpaced it: silver", "another token outperformed it \u2014 ether") is made by the asset
named there, against the asset the pronoun stands for (:func:`colon_subject`). A comparison
verb in the passive ("gold was outpaced by silver", "outperformed by ether") says the subject
lagged (:func:`passive_by`); "by" before a size ("outperformed by 5%") is no passive.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold is at $3,000, while lumber trades at $600."
>>> other_subject(s, s.index("at $600"), find_assets(s))
True
>>> s = "Gold rose 2%, and the price is now $3,000."
>>> other_subject(s, s.index("$3,000"), find_assets(s))
False
>>> s = "Gold gained 10% this year, yet a rival metal outpaced it: silver."
>>> colon_subject(s, s.index("outpaced"), s.index(" it:"), find_assets(s))
('silver', 'gold')
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import GENERIC, AssetMention
from leadwatch.claims.attributes import attribute, indicator_figure
from leadwatch.claims.clauses import clause_start
from leadwatch.claims.model import last_before
from leadwatch.claims.parenowners import paren_owner
from leadwatch.claims.vocabulary import MONTH_NAME_RE, any_of

__all__ = [
    "colon_subject",
    "named_in_clause",
    "not_its",
    "other_subject",
    "passive_by",
    "subject_name",
]

# A finite verb of a level or a move.
_VERB = (
    r"(?:is|was|are|were|sits|sat|stands|stood|stays|stayed|remains|remained|trades|traded"
    r"|hovers|hovered|rests|rested|holds|held|ended|closed|finished|settled|came in|printed"
    r"|rose|fell|climbed|dropped|jumped|slipped|eased|firmed|edged \w+|ticked \w+|hit|reached"
    r"|touched|gained|added|lost|slid|surged|rallied|declined|tumbled|advanced|shed|sank|soared"
    r"|plunged|dipped|increased|decreased|grew)"
)
# A noun phrase (one to five words), then the verb, then the operator; or "those on bills
# lasting one to three years (both) fell": a pronoun whose qualifier names another thing.
_SUBJECT_VERB = re.compile(
    r"^\s*(?:the |a |an )?(?P<np>[A-Za-z][\w&/'\u2019.-]*(?: [A-Za-z0-9][\w&/'\u2019.-]*){0,4}"
    r"|(?:those|that) (?:on|of|for) (?!(?:the )?(?:day|week|month|year|session)\b)[\w '-]{2,60}?)"
    rf" (?:all |both )?{_VERB}"
    r"(?: (?:now|currently|still|just|slightly))?"
    r" ?(?:at|to|near|around|above|below|of|by|:)?"
    r"(?: (?:about|around|roughly|nearly|some|almost|up to|as much as|more than|over))?\s*$",
    re.IGNORECASE,
)
_NOT_A_SUBJECT = re.compile(
    r"^(?:it|they|this|that|which|who|and|but|while|whereas|now|currently|still|then|also"
    r"|later|since|today|just|again|finally|briefly|even|only|has|have|had|is|was|having|after"
    r"|before|earlier|once|last|recently|lately|eventually|ultimately|most recently"
    rf"|{MONTH_NAME_RE})\b",  # "..., October dropped 3.7%": the month, a window (periodsubjects)
    re.I,
)

_PAID = re.compile(
    r"\b(?:average|avg\.?|mean|purchase|buying|acquisition|entry|realized|cost[- ]basis)"
    r"(?: (?:purchase|buying|acquisition|entry|cost))?\s+$",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(r"th(?:at|ose) (?:on|of|for) ", re.I)  # "those on notes ...": another thing

# A noun that stands for the asset's own quote ("the most-active July contract settled at").
_PRICE_NOUN = any_of(
    *("contracts?", "futures", "prices?", "spot", "quotes?", "benchmark", "metal", "token", "coin"),
    *("bullion", "ounce", "fix", "fixing", "settlement", "close", "assets?", "haven", "pair"),
    *("currency", "commodity", "gauge", "king", "crypto", "cryptocurrency"),
)


def named_in_clause(lo: int, pos: int, mentions: Sequence[AssetMention]) -> bool:
    """Whether an asset is named (not carried) between ``lo`` and ``pos``, or across ``lo``:
    "The oldest and most valuable token" names one though its clause starts after "and".

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "The oldest and most valuable token slid 3%."
    >>> named_in_clause(s.index("most"), s.index("3%"), find_assets(s))
    True
    """
    return any(lo < m.end and m.start < pos and m.words != "(carried)" for m in mentions)


def other_subject(s: str, pos: int, mentions: Sequence[AssetMention]) -> bool:
    """Whether the figure at ``pos`` stands in a later clause headed by a noun phrase that
    names no asset (rules in the module doc)."""
    return subject_name(s, pos, mentions) is not None


def subject_name(s: str, pos: int, mentions: Sequence[AssetMention]) -> str | None:
    """The noun phrase, lower case, that heads the later clause of the figure at ``pos``
    when it names no asset ("..., while mortgage rates fell 0.2%": "mortgage rates"), or the
    noun a figure in brackets labels ("utilities (+1.65%)": :mod:`.parenowners`)."""
    lo = clause_start(s, pos)
    if named_in_clause(lo, pos, mentions):
        return None
    owner = paren_owner(s, pos)  # "as utilities (+1.65%) and banks (+1.58%) outperformed"
    if owner is not None or lo == 0:
        return owner
    head = _SUBJECT_VERB.match(s[lo:pos])
    if head is None:
        return None
    np = head.group("np")
    if (
        (_NOT_A_SUBJECT.match(np) and not _QUALIFIED.match(np))
        or GENERIC.search(np)
        or _PRICE_NOUN.search(np)
    ):
        return None
    return np.lower()


def not_its(s: str, pos: int, op_end: int, mentions: Sequence[AssetMention]) -> bool:
    """An indicator ("with inflation at 3.1%") or another subject ("..., while lumber trades
    at $600", "while mortgage rates hit 7.1%") heads the figure whose operator starts at
    ``pos`` and ends at ``op_end``: it is not the asset's."""
    if _PAID.search(s, 0, pos):
        return True  # "bought 20,000 coins at an average price of $97,514": a cost, no quote
    last = last_before(mentions, pos)
    if last is not None and attribute(s, last):
        return True  # "Gold's 50-day moving average sits at $2,600": not the price
    return indicator_figure(s, pos, mentions) or other_subject(s, op_end, mentions)


# After the verb: the object (a pronoun or a name), then a colon or a dash, then the subject.
_HELD_BACK = re.compile(
    r"\s+(?P<obj>it|them|[\w&/.-]+(?: [\w&/.-]+){0,2})(?: all| both)?\s*(?::|\u2014|\u2013|\s-)\s*"
    r"(?:the |spot )?",
    re.IGNORECASE,
)


def colon_subject(
    s: str, start: int, end: int, mentions: Sequence[AssetMention]
) -> tuple[str, str] | None:
    """``(subject, other)`` of a comparison verb at ``start:end`` whose subject comes after
    a colon or a dash (module doc); ``None`` when the clause before the verb names an
    asset or nothing held back follows."""
    lo = clause_start(s, start)
    if any(lo <= m.start < start for m in mentions):
        return None  # "Silver outpaced it: ..." names its subject before the verb
    held = _HELD_BACK.match(s, end)
    if held is None:
        return None
    subject = next((m for m in mentions if m.start == held.end()), None)
    named = [m for m in mentions if held.start("obj") <= m.start < held.end("obj")]
    last = last_before(mentions, start)
    other = named[-1] if named else last if held.group("obj") in ("it", "them") else None
    if subject is None or other is None or subject.asset == other.asset:
        return None
    return subject.asset, other.asset


_BY_AGENT = re.compile(
    r"\s+by\s+(?!\d|[+\-$~]|(?:about|nearly|almost|roughly|around|some|more|less|over|a (?:wide|"
    r"narrow|large|small)|far|(?:a )?(?:wide|narrow|large|small|huge) margin)\b)",
    re.IGNORECASE,
)


def passive_by(s: str, end: int) -> bool:
    """Whether the comparison verb ending at ``end`` is a passive with its agent after "by"
    ("was outpaced by silver"): the subject is the one that lagged.

    >>> s = "Gold was outpaced by silver this year."
    >>> passive_by(s, s.index(" by")), passive_by("Gold outperformed by 5%.", 16)
    (True, False)
    """
    return _BY_AGENT.match(s, end) is not None
