"""Time words that belong to a clause of their own, never to a figure outside it (pure).

Two kinds of clause hold a time word of their own:

- an absolute clause opened by ", with" and a subject doing something ("..., with May
  posting its first loss in six years"): its window is the clause's, not that of a figure
  before the comma;
- a past event told of a reference noun ("the record it set in March", "a peak reached in
  June 2024", "the high hit in April"): the month dates the record, not a move or a level
  of the same sentence outside that phrase ("is 2% below the record set in March after
  falling 15% over the summer": the 15% is not March's).

:func:`outside_scoped` drops such windows from those a figure may borrow;
:func:`scoped_whens` takes such a month away from the moves and levels outside it.

Examples
--------
>>> s = "Ether is down 9%, with June posting its first loss in six years."
>>> outside_scoped(s, s.index("9%"), [(s.index("in six"), "years:6")])
[]
>>> s = "Gold is 2% under the record it set in March, after a 15% slide."
>>> scoped_spans(s)[0][0] == s.index("record")
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import MONTH_NAME_RE, YEAR_RE, month_number, words_re

__all__ = ["outside_scoped", "scoped_spans", "scoped_whens"]

_MOVE_NOUNS = (
    *(r"gains?", r"loss(?:es)?", r"rises?", r"drops?", r"declines?", r"moves?", r"increases?"),
)
_OWN_MOVE = rf"(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?{words_re((*_MOVE_NOUNS, 'fall'))}\b"
_WITH = re.compile(rf",\s*with (?!{_OWN_MOVE})(?:[\w.'\u2019&-]+\s+){{1,4}}?[a-z]+ing\b")
_WITH_END = re.compile(r";|,\s*(?:but|while|whereas|and)\b|\s\u2014\s")
_EXTREMES = ("records?", "all-time highs?", "highs?", "peaks?", "tops?", "lows?", "bottoms?")
_SET = ("set", "hit", "reached", "touched", "made", "notched", "posted", "struck", "recorded")
_OF_LEVEL = r"(?: (?:close|level|high|low))?(?: of (?:US)?\$?[\d,.]+[kK]?)?(?:,? (?:that|which))?"
_BY_WHOM = r"(?: (?:it|they|the \w+))?(?: (?:had|has|was|were))?"
_PART = r"(?:(?:early|mid|late)[- ])?"
_IN_MONTH = rf" (?:in|during) {_PART}(?:{MONTH_NAME_RE})(?: {YEAR_RE})?\b"
_EXTREME = words_re((*_EXTREMES, "troughs?"))
_WAS_SET = words_re((*_SET, "marked", "seen"))
_EVENT = re.compile(
    rf"\b{_EXTREME}{_OF_LEVEL}{_BY_WHOM} {_WAS_SET}(?: (?:back|earlier|only|just))?{_IN_MONTH}"
)
_SCOPED_KINDS = ("percent", "move", "level")


def scoped_spans(sentence: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of the clauses of ``sentence`` that own their time words."""
    spans = [(m.start(), m.end()) for m in _EVENT.finditer(sentence)]
    for m in _WITH.finditer(sentence):
        end = _WITH_END.search(sentence, m.end())
        spans.append((m.start(), end.start() if end else len(sentence)))
    return spans


def outside_scoped(sentence: str, pos: int, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``found`` less the windows inside a scoped clause (module doc) that does not hold
    the figure at ``pos``."""
    spans = [(a, b) for a, b in scoped_spans(sentence) if not a <= pos < b]
    return [(p, w) for p, w in found if not any(a <= p < b for a, b in spans)]


def scoped_whens(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with a month time taken away from each move or level whose month is
    named only inside a dated reference noun it is outside of (module doc).
    """
    texts = {s.index: s.text for s in sentences}
    out = []
    for c in claims:
        if c.kind in _SCOPED_KINDS and c.when is not None and c.when[0] == "month":
            text = texts.get(c.sentence, "")
            if _borrowed_month(text, text.find(c.words), c.when[1][1]):
                c = replace(c, when=None)
        out.append(c)
    return out


def _borrowed_month(text: str, pos: int, month: int) -> bool:
    """Whether every naming of ``month`` in ``text`` sits in a dated reference noun that
    the figure at ``pos`` is outside of."""
    if pos < 0:
        return False
    spans = [(a, b) for a, b in scoped_spans(text) if not a <= pos < b]
    names = [m.start() for m in re.finditer(rf"\b(?:{MONTH_NAME_RE})\b", text)]
    named = [p for p in names if month_number(text[p : p + 9].split()[0]) == month]
    return bool(spans and named) and all(any(a <= p < b for a, b in spans) for p in named)
