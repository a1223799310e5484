"""Figures told again "over the period": a repeat of the earlier sentence that set the span (pure).

A sentence that names its span only by pointing back ("Over the period, gold and silver
lost 2% and 4%, respectively", "During that stretch, ether shed 12%") tells figures whose
window is the one an earlier sentence stated ("weekly losses of 2% and 4%"). When an
earlier sentence states the same figure of the same asset and direction, the pointing
sentence only repeats it: its claim is dropped and the earlier one, with its window, is
the claim; a figure of another clause, set against the pointing one by "while" or "but",
is not pointed ("Ether rose 6%, while other tokens gained up to 11% over the period"). A
pointing sentence whose figure nothing earlier states keeps it, and when it
states no window of its own it takes the window of the last windowed move of the sentence
right before ("... its year-to-date loss to 30%. During the same period, bitcoin fell
14%": bitcoin's year to date).

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
>>> c[1] = Claim(1, "percent", "silver", "4%", "down", pct=4.0)
>>> [x.window for x in drop_period_repeats(s, c)]
['week', 'week']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from leadwatch.claims.vocabulary import any_of, words_re

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["drop_period_repeats"]

#: A span named only by pointing back: "over the period", "during that stretch", "in the
#: same timeframe", "across this window".
_OVER = words_re(("over", "during", "in", "across", "throughout", "for"))
_SPAN = words_re(("period", "span", "stretch", "time ?frame", "window", "interval"))
_POINTING = any_of(rf"{_OVER} (?:the same|that|this|the) {_SPAN}")


def drop_period_repeats(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the figures a pointing sentence repeats from an earlier one (module
    doc)."""
    pointing = {s.index for s in sentences if _POINTING.search(s.text)}
    if not pointing:
        return claims
    texts = {s.index: s.text for s in sentences}
    out = []
    for c in claims:
        if c.sentence in pointing and not _pointed(texts[c.sentence], c.words):
            out.append(c)  # "Ether rose 6%, while other tokens gained 11% over the period"
            continue
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
            out.append(c if c.sentence not in pointing else _borrowed(c, claims, pointing))
    return out


#: A contrast between clauses: the pointing phrase of one is not the other's span.
_CONTRAST = re.compile(r";|,?\s+(?:while|whereas|but|even as)\s+", re.IGNORECASE)


def _pointed(text: str, words: str) -> bool:
    """Whether the figure ``words`` of sentence ``text`` shares its clause with a phrase
    pointing back at a span (no contrast word between them)."""
    at = text.find(words)
    if at < 0:
        return True
    for m in _POINTING.finditer(text):
        lo, hi = sorted((at, m.start()))
        if not _CONTRAST.search(text, lo, hi):
            return True
    return False


def _borrowed(c: Claim, claims: list[Claim], pointing: set[int]) -> Claim:
    """``c`` of a pointing sentence with the window of the last windowed move of the
    sentence right before, when it states no time of its own."""
    if c.pct is None or c.window is not None or c.when is not None:
        return c
    before = [
        e
        for e in claims
        if e.sentence == c.sentence - 1
        and e.sentence not in pointing
        and e.pct is not None
        and e.window is not None
    ]
    return replace(c, window=before[-1].window) if before else c
