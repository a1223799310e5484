"""A subheading that restates the paragraph under it: its claims are the body's (pure).

A page may set a short line over a paragraph ("Silver slips 3%" over "Silver fell 3% to
$31 on Tuesday, ...") or a deck line under the title that sums up the body. Such a line is
no new claim: the body tells the same move or record in full, with its day and figures,
and that sentence is the one to check. A claim of a *subheading* (a line of its own after
the title, not ended by a stop, written as words, not a table row) is dropped when a later
sentence holds a claim of the same asset, kind, direction and figure
(:func:`drop_subheads`).

What stays:

- the title (the first line): the article's own lead, often its only statement of the claim;
- a line told in full ("Silver fell 3% on Tuesday."), a row ("Silver | $31 | -3%");
- a subheading whose figure the body does not repeat ("Silver slips 3%" over a paragraph
  that gives only the price).

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> text = "Metals wrap\\n\\nSpot silver slips by 3%\\n\\nSilver fell 3% to $31 on Tuesday."
>>> [(c.sentence, c.describe()) for c in extract_claims(text).claims]
[(2, 'silver at $31'), (2, 'silver down 3%')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["drop_subheads", "subheading"]

#: The end of a sentence told in full: a stop, a question or exclamation mark.
_TOLD = re.compile(r"[.!?][\s\"'\u201d\u2019)]*$")
#: A word of letters only ("futures", "dips"): a subheading has a few, a table row few or none.
_WORD = re.compile(r"(?<![\w$%.,+-])[A-Za-z][a-z]*(?![\w$%(])")
#: A word or a figure standing alone ("climbs", "6.77%", "$4,196").
_PLAIN = re.compile(r"[A-Za-z][\w'\u2019-]*[:,]?|[+-]?(?:US)?\$?\d[\d,.]*[kKmMbB%]?[,:]?")
#: A list item's mark: "- Gold rose 2%", "\u2022 Silver fell".
_BULLET = re.compile(r"[-*\u2022\u2013\u00b7]\s")
#: The fewest words of letters that make a line a written subheading rather than a row.
_MIN_WORDS = 4


def subheading(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a subheading of ``text``: a whole line of its own after the
    first line, with no stop at its end, written as words (no cells: ``|``, tabs).

    >>> from leadwatch.claims.text import split_sentences
    >>> text = "Title here\\nGold futures ease by 1%\\nGold fell 1% on Monday."
    >>> [subheading(text, s) for s in split_sentences(text)]
    [False, True, False]
    """
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    line = text[start : len(text) if end < 0 else end].strip()
    if not text[:start].strip() or line != sentence.text.strip() or _TOLD.search(line):
        return False
    if _BULLET.match(line):  # a key point: a summary line of its own, kept beside the body
        return False
    # a paragraph of its own (blank lines around it) of plain words and figures is no table
    # row: two words do ("Ethereum climbs 6.77%"; not "Gold (spot)$3,171+2.1%")
    alone = text[:start].endswith("\n\n") and text[max(end, 0) :].startswith("\n\n")
    plain = all(_PLAIN.fullmatch(token) for token in line.split())
    fewest = 2 if alone and end >= 0 and plain else _MIN_WORDS
    return "|" not in line and "\t" not in line and len(_WORD.findall(line)) >= fewest


def drop_subheads(text: str, sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less those of a subheading that a later sentence restates (module doc).

    >>> from leadwatch.claims.text import split_sentences
    >>> from leadwatch.claims.model import Claim
    >>> text = "Wrap\\nSpot ether slides by 4%\\nEther fell 4% on Friday."
    >>> sents = split_sentences(text)
    >>> made = [Claim(i, "percent", "eth", "4%", "down", pct=4.0) for i in (1, 2)]
    >>> [c.sentence for c in drop_subheads(text, sents, made)]
    [2]
    """
    heads = {s.index for s in sentences if subheading(text, s)}
    if not heads:
        return claims
    later: dict[tuple[object, ...], int] = {}
    for c in claims:
        later[_key(c)] = max(later.get(_key(c), -1), c.sentence)
    said = {(c.asset, c.sentence) for c in claims}

    def restated(c: Claim) -> bool:  # the same claim later, or its figure in a later
        if later[_key(c)] > c.sentence:  # sentence with a claim on the asset ("climbing
            return True  # 6.77% to $4,196": the move rides on its level)
        figure = c.words.strip()
        return any(ch.isdigit() for ch in figure) and any(
            (c.asset, s.index) in said and figure in s.text
            for s in sentences
            if s.index > c.sentence
        )

    return [c for c in claims if c.sentence not in heads or not restated(c)]


def _key(c: Claim) -> tuple[object, ...]:
    """What a restatement shares: asset, kind, direction, figures (not the time words, which
    a subheading leaves out)."""
    kind = "move" if c.kind == "percent" else c.kind
    return (kind, c.asset, c.op, c.level, c.pct, c.other)
