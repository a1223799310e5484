"""A sentence an article repeats word for word: its claims are reported once (pure).

A page may print a line twice (a key point set as a pull quote, a summary line pasted
again) or repeat a bullet's opening as a line of its own ("Weekly move: gold slid 2% over
the week, closing at $3,290" and, elsewhere, "Gold slid 2% over the week"). Such a
sentence says nothing new: a claim it shares (same asset, figure, time) with a longer
sentence containing all its words is that sentence's, and of two identical sentences the
later one (the body, under a summary at the top) keeps it (:func:`drop_repeats`). A short
sentence ("Gold rose.") may well be said of two days, so a repeat needs a few words.
:func:`said_once` also drops what a subheading states that its paragraph restates.

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> line = "Silver slid 3% over the week to $31. "
>>> text = "Metals were mixed. " + line + line
>>> [c.sentence for c in extract_claims(text).claims]
[2, 2]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

from leadwatch.claims.subheads import drop_subheads

__all__ = ["drop_repeats", "said_once"]

#: The fewest words a repeated sentence has: below it, a repeat may be a new day's move.
_MIN_WORDS = 5


def _plain(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" .;:!\u2022-").lower()


def drop_repeats(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less those of a sentence another one repeats or contains (module doc).

    >>> from leadwatch.claims.text import split_sentences
    >>> from leadwatch.claims.model import Claim
    >>> sents = list(split_sentences("Ether rose 4% on the week to $2,500. Ether rose 4% on "
    ...     "the week to $2,500. Ether rose 4%."))
    >>> made = [Claim(i, "percent", "eth", "4%", "up", pct=4.0) for i in range(3)]
    >>> [c.sentence for c in drop_repeats(sents, made)]
    [1, 2]
    """
    said: dict[tuple[object, ...], list[int]] = {}
    for c in claims:
        said.setdefault(_key(c), []).append(c.sentence)
    out = []
    for c in claims:
        own = _plain(sentences[c.sentence].text)
        others = {i: _plain(sentences[i].text) for i in said[_key(c)] if i != c.sentence}
        longer = any(own in x and x != own for x in others.values())
        later = any(x == own for i, x in others.items() if i > c.sentence)
        if len(own.split()) >= _MIN_WORDS and (longer or later):
            continue
        out.append(c)
    return out


def said_once(text: str, sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less those of a repeated line (:func:`drop_repeats`) and of a subheading
    the body restates (:func:`leadwatch.claims.subheads.drop_subheads`)."""
    return drop_subheads(text, sentences, drop_repeats(sentences, claims))


def _key(c: Claim) -> tuple[object, ...]:
    return (c.kind, c.asset, c.op, c.level, c.pct, c.other, c.when, c.window)
