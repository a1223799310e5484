"""The term of a comparison is not its subject (pure).

"Platinum fared better than copper this quarter, opening at $980 and closing at $1,040,
a gain of 6%": the figures after the compared term ("than copper") are the subject's, the
asset that heads the sentence, not the asset named last before them.
:func:`compared_owners` gives them back to the subject. A figure that the term owns in
words stays the term's: "than copper's 2%", "than copper, which rose 2%", or another asset
named in between ("than copper, with nickel up 2%").

The same holds for what "the metal" stands for in the next sentence (:func:`topic_metal`):
"Palladium did better than gold in May. The metal ..." is about palladium, the sentence's
subject, though gold was named last.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> from leadwatch.claims.text import split_sentences
>>> s = tuple(split_sentences("Silver did better than gold in May, ending at $33, up 3%. "
...                           "Silver beat gold, which ended at $3,300."))
>>> cs = [Claim(0, "level", "gold", "at $33", "at", level=33.0),
...       Claim(0, "percent", "gold", "3%", "up", pct=3.0),
...       Claim(1, "level", "gold", "at $3,300", "at", level=3300.0)]
>>> [c.asset for c in compared_owners(s, cs)]  # the term's own clause keeps its figure
['silver', 'silver', 'gold']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from leadwatch.claims.assets import AssetMention, find_assets
from leadwatch.claims.model import GROUPS
from leadwatch.claims.vocabulary import words_re

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["LAG_RE", "OUTPERFORM_RE", "compared_owners", "topic_metal", "white_metals"]

_MORE = r"(?:(?:much|even|far)\s+)?(?:more(?:\s+(?:sharply|steeply|strongly|quickly))?|faster)"
_THAN = rf"\s+{_MORE}\s+than\s+(?!\d|\$|a |an |about|around|double|twice)"
#: Words that tell one asset did better than another: "outpaced", "rose more than".
OUTPERFORM_RE = re.compile(
    r"\b(?:surpass\w*\b(?!\s+(?:(?:the|a|an|its|their|[\w-]+)\s+){0,3}(?:(?:US)?\$|\d|records?\b"
    r"|highs?\b|peaks?\b|levels?\b|marks?\b|thresholds?\b))|outperform\w*\b(?! (?:in)?flows?\b)"
    r"|outpac\w*|outshon\w*|outshin\w*|outstrip\w*|(?:best|strongest)[- ]performing|trounc\w*"
    r"|(?:beat|beats|beaten|beating)\b"  # another asset ("beat gold"), not "beat estimates"
    r"(?= (?:the )?(?-i:[A-Z])| (?:gold|silver|bitcoin|ether|stocks)\b)|"
    rf"(?:rose|risen|gained|climbed|rallied|jumped|advanced|surged|rising|gaining){_THAN}"
    r"|(?:did|fared|performed|done|held up) (?:much |far )?better than(?! expect|forecast))",
    re.IGNORECASE,
)
#: Words that tell one asset did worse than another: "lagged", "fell more than".
LAG_RE = re.compile(
    r"\b(?:(?:has|have|had) not (?:followed|rallied|kept pace)|not yet followed|lagg\w*|"
    r"lagged|lags|(?<!the )(?<!a )trail\w*|underperform\w*|"  # not "follow the trail"
    rf"(?:fell|fallen|dropped|declined|lost|slid|tumbled|falling|dropping){_THAN}"
    r"|(?:did|fared|performed|done) (?:much |far )?worse than(?! expect|forecast))",
    re.IGNORECASE,
)

#: Words right before the compared term: "better than (the) gold", "versus silver", or a
#: verb of comparison ("outpaced the S&P", "lagged silver").
_VERSUS = ("than", "versus", r"vs\.?", "compared (?:with|to)", "relative to")
_OUTDID = (r"outp(?:ac|erform)\w*", r"outstripp?\w*", "outshone", r"outshin\w*")
_TRAILED = (r"underperform\w*", "beat(?:s|ing)?", "lagg?(?:ed|ing|s)?", "trail(?:ed|ing|s)?")
_TERM_WORDS = words_re((*_VERSUS, *_OUTDID, *_TRAILED))
_TERM = re.compile(  # "than gold", "outpacing the price of gold", "... the gains in gold"
    rf"\b{_TERM_WORDS}\s+(?:the\s+)?(?:(?:price|gains?|rally|rise|advance|performance"
    r"|returns?|moves?)\s+(?:of|in|by)\s+)?$",
    re.IGNORECASE,
)
#: Words before a sentence's subject: none, or "Spot", "The price of", "COMEX".
_LEADS = ("the", "spot", "comex", "front-month", "price", "prices", "of")
_SUBJECT_START = re.compile(rf"^\W*(?:{words_re(_LEADS)}\s+){{0,3}}$", re.IGNORECASE)
#: A clause of the term's own between it and a figure: "which rose 2%", "; gold ...".
_OWN = ("which", "that", "who", "whose", "where", "while", "whereas", "but", "although")
_OWN_WORD = words_re((*_OWN, "though", "its"))
_OWN_CLAUSE = re.compile(rf"[;:]|\b{_OWN_WORD}\b|^\s*(?:'s|\u2019s)", re.IGNORECASE)
#: Kinds of claims that carry a figure of their asset.
_FIGURES = ("level", "percent", "move", "record", "figure")
#: The metals "the metal" may stand for.
_METALS = ("gold", "silver", "platinum", "palladium")


def _named(s: str) -> list[AssetMention]:
    """The assets named in ``s`` (no group, no "the metal" resolved from before)."""
    return [
        m for m in find_assets(s) if m.asset not in GROUPS and not m.words.lower().endswith("metal")
    ]


def _subject_and_term(
    s: str, mentions: Sequence[AssetMention]
) -> tuple[AssetMention, AssetMention] | None:
    """The sentence's subject and the one term it is compared with, if ``s`` is such a
    comparison ("Silver did better than gold ...")."""
    if len(mentions) < 2 or not _SUBJECT_START.match(s[: mentions[0].start]):
        return None
    subject = mentions[0]
    terms = [m for m in mentions[1:] if _TERM.search(s[: m.start])]
    if len(terms) != 1 or terms[0].asset == subject.asset:
        return None
    if any(m.asset == subject.asset for m in mentions[1:]):
        return None  # the subject named again: its own figures follow its name
    return subject, terms[0]


def compared_owners(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the figures said after the term of a comparison given to the
    sentence's subject (module doc)."""
    out = []
    cache: dict[int, tuple[AssetMention, AssetMention, list[AssetMention]] | None] = {}
    for c in claims:
        if c.sentence not in cache:
            s = sentences[c.sentence].text
            mentions = _named(s)
            pair = _subject_and_term(s, mentions)
            cache[c.sentence] = None if pair is None else (*pair, mentions)
        found = cache[c.sentence]
        if found is not None and c.kind in _FIGURES and c.asset == found[1].asset:
            subject, term, mentions = found
            s = sentences[c.sentence].text
            pos = s.find(c.words, term.end)
            between = s[term.end : pos]
            later = any(term.end <= m.start < pos for m in mentions if m is not term)
            if pos >= 0 and not later and not _OWN_CLAUSE.search(between):
                c = replace(c, asset=subject.asset)
        out.append(c)
    return out


def topic_metal(s: str, metal: str) -> str:
    """What "the metal" stands for after sentence ``s`` (``metal``: the last metal named):
    the metal heading ``s`` when the only other metal it names is its comparison's term.

    >>> topic_metal("Silver did better than gold in June.", "gold")
    'silver'
    >>> topic_metal("Silver rose while gold fell.", "gold")
    'gold'
    """
    metals = [m for m in _named(s) if m.asset in _METALS]
    pair = _subject_and_term(s, metals)
    return metal if pair is None else pair[0].asset


#: Silver named by its colour, which platinum and palladium share: "the white metal".
_WHITE = re.compile(r"\bthe (?:\w+ )?(?:white|grey|gray)(?: \w+)? metal\b", re.IGNORECASE)


def white_metals(mentions: list[AssetMention], metal: str) -> list[AssetMention]:
    """``mentions`` with "the white metal" standing for platinum or palladium when that is
    the metal named last (``metal``: the last one before the sentence), else for silver.

    >>> ms = find_assets("Platinum led the group, and the white metal rose 9% in May.")
    >>> [m.asset for m in white_metals(ms, "gold")]
    ['platinum', 'platinum']
    >>> [m.asset for m in white_metals(find_assets("The white metal rose 9%."), "gold")]
    ['silver']
    """
    out = []
    for m in mentions:
        if m.asset == "silver" and metal in ("platinum", "palladium") and _WHITE.match(m.words):
            m = AssetMention(metal, m.start, m.end, m.words)
        elif m.asset in _METALS:
            metal = m.asset
        out.append(m)
    return out
