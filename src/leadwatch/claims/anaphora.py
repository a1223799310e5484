"""Times named by reference to an earlier sentence: "since then", "at that time" (pure).

"In March of 2016, the dollar index was 95. Since then, the index rose to 99, up 4
percent": the 4% runs from the last date the text named before it, not over a default
window. :func:`since_then` gives such moves the window ``since:<that date>``, and a level of a
sentence that opens with "At the same time," (the sentence right after the date), "At that
time," or "Back then," that date's month (or year: window ``cal:<year>``).

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold hit $1,900 in August 2020. Since then it has gained 40%.")
>>> [(c.pct, c.window) for c in since_then(ex.sentences, list(ex.claims))]
[(None, None), (40.0, 'since:August 2020')]
>>> ex = extract_claims("Silver traded near $17 in July 2019. At that time, gold stood at $1,400.")
>>> [(c.level, c.when) for c in since_then(ex.sentences, list(ex.claims)) if c.asset == "gold"]
[(1400.0, ('month', (2019, 7)))]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.periodnouns import period_figures, same_clause
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_NAME_RE, YEAR_RE, month_number

__all__ = ["period_figures", "since_then"]  # (the figures pass runs last in extraction)

_THEN = re.compile(r"\bsince (?:then|that (?:time|date|day|point|month|year))\b", re.IGNORECASE)
# "Back in March 2019", "on May 3, 1985", "in 2014": a date a later "since then" means
_ANCHOR = re.compile(
    rf"\b(?P<m>{MONTH_NAME_RE})(?: (?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?,?(?: of)? (?P<y>{YEAR_RE})\b"
    rf"|\b(?:in|during|by the end of|since) (?P<y2>{YEAR_RE})\b"
)
# "a bumper 2023, when the coin rose 157%": the year the figure's clause is set in (not a
# month's year, "March 2024, when ...", nor a clause closed before the figure)
_YEAR_WHEN = re.compile(rf"\b(?P<y>{YEAR_RE}),? when\b[^.;]*$")
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTH_NAME_RE}|{MONTH_ABBR_RE})\.?\s+(?:\d{{1,2}},?\s+)?$")
#: How many sentences back a "since then" may reach for its date.
_REACH = 3
# "At the same time, gold was $1,200": the time of the sentence before ("at the same time"
# and "then" reach one sentence back, being "meanwhile" or "next" too; the others reach as
# far as "since then")
_AT_THEN = re.compile(
    r"^\W*(?:(?P<same>at the same time|then)|at (?:that|the) time|back then|by then),",
    re.IGNORECASE,
)


def _anchor(sentences: Sequence[Sentence], index: int, reach: int = _REACH) -> str | None:
    """The last date named in the few sentences before sentence ``index``."""
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        found = list(_ANCHOR.finditer(sentences[back].text))
        if found:
            m = found[-1]
            if m.group("y2"):
                return m.group("y2")
            day = f" {m.group('d')}," if m.group("d") else ""
            return f"{m.group('m')}{day} {m.group('y')}"
    return None


# "Ether climbed 60% in that time": the span of the sentence before, said again
_SAME_SPAN = re.compile(
    r"\b(?:in|over|during|across|within|for) (?:that|this|the same) (?:time|period|span|stretch"
    r"|time ?frame|window)\b",
    re.IGNORECASE,
)


def since_then(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the moves of a "since then" sentence windowed from the date the text
    named last before it (none found: left as they are), and a move "in that time" given
    the window of an earlier move of its sentence, else of the sentence before (its last
    move's stated window)."""
    spans = {c.sentence: c.window for c in claims if c.kind == "percent" and c.window}
    out = []
    for c in claims:
        text = sentences[c.sentence].text
        before = spans.get(c.sentence - 1) if c.kind == "percent" else None
        earlier = [  # "114% for the year, compared to 64% for gold for the same period"
            x.window
            for x in claims
            if x.sentence == c.sentence
            and x.kind == "percent"
            and x.window not in (None, "day")
            and 0 <= text.find(x.words) < text.find(c.words)
        ]
        before = earlier[-1] if earlier and c.kind == "percent" else before
        if before not in (None, "day") and same_clause(text, c.words, _SAME_SPAN.search(text)):
            c = replace(c, window=before)
        if c.kind == "percent" and c.window is None and _THEN.search(text):
            anchor = _anchor(sentences, c.sentence)
            if anchor is not None:
                c = replace(c, window=f"since:{anchor}")
        if c.kind == "record" and c.window == "since:then":  # "the first time ... since then"
            anchor = _anchor([*sentences[: c.sentence], _before(text, c.words)], c.sentence + 1)
            first = tuple(q for q in c.qualifiers if q != "first_ever")  # not ever: since then
            c = c if anchor is None else replace(c, window=f"since:{anchor}", qualifiers=first)
        when_year = _YEAR_WHEN.search(text, 0, max(0, text.find(c.words)))
        if when_year is not None and _MONTH_BEFORE.search(text, 0, when_year.start()):
            when_year = None  # "By March 2024, when ...": a month's, not the year's
        if c.kind == "percent" and c.window is None and when_year is not None:
            c = replace(c, window=f"cal:{when_year.group('y')}")  # "2023, when it rose 157%"
        then = _AT_THEN.match(text)
        if then and c.kind == "level" and c.when is None and c.window is None:
            anchor = _anchor(sentences, c.sentence, 1 if then.group("same") else _REACH)
            c = c if anchor is None else _at(c, anchor)
        out.append(c)
    return out


def _before(text: str, words: str) -> Sentence:
    """The part of sentence ``text`` before ``words``, as a sentence of its own."""
    cut = text[: max(0, text.find(words))]
    return Sentence(index=-1, text=cut, start=0, end=len(cut), boilerplate=False)


def _at(c: Claim, anchor: str) -> Claim:
    """Level ``c`` placed in the month (else the year) of ``anchor`` ("January 21, 1980")."""
    year = int(anchor[-4:])
    month = re.match(rf"(?:{MONTH_NAME_RE})\b", anchor)
    if month is None:
        return replace(c, window=f"cal:{year}")
    return replace(c, when=("month", (year, month_number(month.group(0)))))
