"""A calendar period stated in one sentence carries to the next when that sentence goes on
with the same period in the same words (pure).

"Platinum rose 7% in May. Palladium rose 4% and ...": the second move is May's too, not
one session's. Only the safe reading is taken: both sentences open with their asset, a
move verb in the simple past and the figure (the first may do so in a later clause: "...,
but platinum rose 7% in May"); the first figure is dated by a calendar
period (a month, a year, a quarter), the second figure's clause names no time of its own,
and the assets differ. A present or perfect tense in either ("Palladium has risen 4%",
"Gold has gained 28% in 2024"), a time word
in the second clause ("... 4% on Friday") or a sentence between keep their own reading.

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> ex = extract_claims("Platinum rose 7% in May. Palladium rose 4% and topped $1,000.")
>>> [(c.asset, c.when) for c in carried_periods(ex.sentences, list(ex.claims)) if c.pct]
[('platinum', ('month', (0, 5))), ('palladium', ('month', (0, 5)))]
>>> ex = extract_claims("Platinum rose 7% in May. Palladium has risen 4% since.")
>>> [c.when for c in carried_periods(ex.sentences, list(ex.claims)) if c.asset == "palladium"]
[None]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence, find_when
from leadwatch.claims.windows import find_windows

__all__ = ["carried_periods"]

#: An asset's name of up to four words, no auxiliary ("Gold has gained 28% in 2024" is a
#: perfect, told to date: the sentence after it keeps its own reading).
_SUBJECT = (
    r"(?:[A-Za-z][\w&.'\u2019-]*)"
    r"(?: (?!(?:has|have|had|is|are|was|were)\b)[\w&.'\u2019-]+){0,3}? "
)
_MOVE = (
    r"(?:rose|fell|gained|lost|added|climbed|dropped|slid|jumped|advanced|declined|rallied"
    r"|surged|slipped|shed|sank|tumbled|soared|increased|decreased|plunged|eased|firmed)"
    r" (?:by )?(?:(?:about|nearly|almost|roughly|around|some|over|more than) )?"
    r"(?P<figure>[\d.]+\s*(?:%|percent\b|per cent\b))"
)
#: The sentence that carries on opens with its subject, verb and figure.
_OPENING = re.compile(rf"^\W*(?=[A-Z]){_SUBJECT}{_MOVE}")
#: The sentence before may do so in a later clause ("..., but tin rose 7% in May").
_CLAUSE_OPENING = re.compile(
    rf"(?:^\W*|[,;:\u2013\u2014]\s*(?:but |and |while |yet )?){_SUBJECT}{_MOVE}"
)
_CLAUSE_END = re.compile(r"[,;:(\u2013\u2014]| and | but | while | after | before ")
_PERIODS = ("inmonth:", "cal:", "calmonth:", "calyear:", "calquarter:", "part:")


def _period(c: Claim) -> bool:
    """Whether ``c`` is dated by a calendar period."""
    month = c.when is not None and c.when[0] == "month" and c.window is None
    return month or (c.when is None and (c.window or "").startswith(_PERIODS))


def _lead(text: str, claims: list[Claim], opening: re.Pattern[str] = _OPENING) -> Claim | None:
    """The claim of the figure that opens ``text`` (or, with ``_CLAUSE_OPENING``, one of
    its clauses) after its asset and verb, if any."""
    m = opening.search(text)
    if m is None:
        return None
    at = m.start("figure")
    return next(
        (c for c in claims if c.kind == "percent" and c.pct and text.find(c.words) <= at
         < text.find(c.words) + len(c.words)),
        None,
    )  # fmt: skip


def _bare(text: str) -> bool:
    """Whether the clause that opens ``text`` names no time of its own."""
    m = _OPENING.match(text)
    if m is None:
        return False
    end = _CLAUSE_END.search(text, m.end())
    clause = text[: end.start() if end else len(text)]
    return find_when(clause) is None and not find_windows(clause)


def carried_periods(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the opening move of a sentence that goes on with the period of the
    sentence before given that period (module doc).
    """
    by_index = {s.index: s for s in sentences}
    out = []
    for c in claims:
        this = by_index.get(c.sentence)
        before = by_index.get(c.sentence - 1)
        if this is None or before is None or c.when is not None or c.window is not None:
            out.append(c)
            continue
        lead = _lead(this.text, [o for o in claims if o.sentence == c.sentence])
        prior = _lead(
            before.text, [o for o in claims if o.sentence == before.index], _CLAUSE_OPENING
        )
        if (
            lead is c
            and prior is not None
            and _period(prior)
            and prior.asset != c.asset
            and _bare(this.text)
            and this.start - before.end <= 1
        ):
            c = replace(c, when=prior.when, window=prior.window)
        out.append(c)
    return out
