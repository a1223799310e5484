"""Statistics of past episodes: figures that describe no day of the asset (pure).

"Since 1990 there have been 9 earlier months in which the index lost at least 6% ...",
"Six months after such a drawdown, it averaged a 7.2% gain", "Two years later, it was up
31%": a count of past episodes, the size that defines them and what followed them on
average tell history's pattern, not the asset's move over a window the text dates.
:func:`drop_past_episodes` removes the figures of such sentences, and of a sentence opening
with "N months later" right after one (the "later" counts from those episodes). A sentence
that dates what it tells ("In March 2020 gold fell 12%. A year later, it was up 30%") is
left as it is.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> from leadwatch.claims.text import split_sentences
>>> s = tuple(split_sentences(
...     "There have been 9 earlier months in which the index lost at least 6%. "
...     "Two years later, it was up 31%. The index rose 1% on Monday."))
>>> cs = [Claim(i, "percent", "spx", w, "up", pct=p) for i, w, p in
...       ((0, "6%", 6.0), (1, "31%", 31.0), (2, "1%", 1.0))]
>>> [c.pct for c in drop_past_episodes(s, cs)]
[1.0]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from leadwatch.claims.vocabulary import NUMBER_WORDS, any_of, words_re

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["drop_past_episodes"]

_COUNT = words_re((r"\d+", *NUMBER_WORDS[2:13], "a few", "several", "many"))
_UNITS = r"(?:weeks|days|sessions|months|quarters|years|times|occasions|instances|episodes|cases)"
#: Words that put episodes before now: "prior", "on 7 previous occasions".
_EARLIER = ("prior", "previous", "earlier", "past")
#: A count of past episodes: "there have been 13 prior weeks where", "on 7 previous occasions",
#: "in all such cases".
_COUNTED = re.compile(
    rf"\bthere (?:have|has|had) been (?:only |just )?{_COUNT} (?:\w+ )?{_UNITS}\b"
    rf"|\b(?:on|in) (?:only |just )?{_COUNT} {words_re((*_EARLIER, 'other'))} {_UNITS}\b"
    rf"|\b{_COUNT} {words_re(_EARLIER)} {_UNITS} (?:where|when|in which|that)\b"
    rf"|\b(?:in|on) (?:every|each|all|most) (?:of (?:the|those|these) )?"
    rf"{words_re((*_EARLIER, 'such', 'similar'))} (?:instances?|occasions?|cases?|episodes?)\b",
    re.IGNORECASE,
)
#: An average over past episodes: "averaged a 4% gain three months after such declines".
_AVERAGED = any_of("averaged", "on average", "average (?:return|gain|loss|drop|decline)")
_THOSE = ("such", "those", "these", "similar", "past", "previous", "prior")
_EPISODES = re.compile(rf"\b(?:after|following) {words_re(_THOSE)}\b", re.IGNORECASE)
#: "One year later,", "Six months later": the time after what the sentence before told.
_LATER = re.compile(
    rf"^\W*(?:{_COUNT}|one|a) (?:\w+ )?(?:days?|weeks?|months?|quarters?|years?) later\b",
    re.IGNORECASE,
)
#: Kinds of claims that a figure of the sentence makes.
_FIGURES = ("level", "percent", "move", "record", "figure", "comparison")


def _episodes(s: str) -> bool:
    """Whether sentence ``s`` counts past episodes or averages what followed them."""
    return _COUNTED.search(s) is not None or (
        _AVERAGED.search(s) is not None and _EPISODES.search(s) is not None
    )


def drop_past_episodes(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the figures of sentences about past episodes (module doc).

    >>> from leadwatch.claims.text import split_sentences
    >>> s = tuple(split_sentences("In March 2020 gold fell 12%. A year later, it was up 30%."))
    >>> _past(s)
    set()
    """
    past = _past(sentences)
    return [c for c in claims if c.sentence not in past or c.kind not in _FIGURES]


def _past(sentences: Sequence[Sentence]) -> set[int]:
    """The indexes of the sentences about past episodes, "N years later" after them too."""
    past: set[int] = set()
    for sent in sentences:
        if _episodes(sent.text) or (_LATER.match(sent.text) and sent.index - 1 in past):
            past.add(sent.index)
    return past
