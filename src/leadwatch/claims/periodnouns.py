"""A figure told as a monthly, quarterly or weekly result with no span of its own (pure).

"Its return of -14% was among the worst monthly performances" states a month, not a
session: the figure is that month's change. :func:`period_figure` gives such a move the
month the sentence before (or the headline) names ("... fell in February 2026"), and
otherwise a window no reader takes (``unread:a month``), so the move is left not
checkable with its window named instead of being graded over one session.

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> ex = extract_claims("Ether slid in March 2025. Its -18% return was its worst monthly result.")
>>> [(c.pct, c.when, c.window) for c in period_figures(ex.sentences, list(ex.claims))
...  if c.pct]
[(18.0, ('month', (2025, 3)), None)]
>>> ex = extract_claims("Gold's -6% return was its worst quarterly result.")
>>> [c.window for c in period_figures(ex.sentences, list(ex.claims)) if c.pct]
['unread:a quarter']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import MONTH_NAME_RE, WORD_RE, YEAR_RE, month_number, words_re

__all__ = ["period_figures", "same_clause"]

#: The nouns of a period's result: "monthly performance", "the quarter's losses".
_RESULTS = (
    *("performances?", "returns?", "results?", "gains?", "loss(?:es)?", "declines?", "drops?"),
    *("changes?", "moves?", "showings?", "records?"),
)
_PERIOD = re.compile(
    r"\b(?P<unit>monthly|quarterly|month['\u2019]s|quarter['\u2019]s)\s+(?:[\w-]+\s+){0,2}?"
    rf"{words_re(_RESULTS)}\b",
    re.IGNORECASE,
)
_MONTH = re.compile(rf"\b(?:in|during|for|over) (?P<m>{MONTH_NAME_RE})(?:,? (?P<y>{YEAR_RE}))?\b")


def period_figures(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with each windowless move of a "monthly/quarterly result" sentence given the
    month named just before it (or an unread window of that unit)."""
    out = []
    for c in claims:
        text = sentences[c.sentence].text
        m = _PERIOD.search(text)
        if c.kind != "percent" or c.window is not None or c.when is not None:
            m = None
        if m is None or not same_clause(text, c.words, m):
            out.append(_unread(c, text))
            continue
        monthly = m.group("unit").lower().startswith("month")
        named = _named_month(sentences, c.sentence) if monthly else None
        if named is not None:
            out.append(replace(c, when=("month", named)))
        else:
            out.append(replace(c, window="unread:a month" if monthly else "unread:a quarter"))
    return out


# A span the window readers did not take, after a figure in its clause: "up 4% since the
# truce", "7% over the holiday period" (a superlative's "since" is a record's, not a window)
_SPANS = ("period", "stretch", "span", "holidays", "holiday season")
_UNREAD = re.compile(
    rf"[^,;%$]{{0,40}}?\b(?P<w>since (?!then\b){WORD_RE}(?: {WORD_RE}){{0,3}}"
    rf"|(?:over|during|across|throughout) the (?:[\w-]+ ){{0,2}}{words_re(_SPANS)})\b",
    re.IGNORECASE,
)
_RECORDISH = re.compile(r"\b(?:most|least|biggest|largest|best|worst|highest|lowest|first)\b", re.I)


def _unread(c: Claim, text: str) -> Claim:
    """Move ``c`` with an unread window where its clause states a span no reader took."""
    at = text.find(c.words)
    if c.kind != "percent" or c.window is not None or c.when is not None or at < 0:
        return c
    m = _UNREAD.match(text, at + len(c.words))
    if m is None or _RECORDISH.search(text, at + len(c.words), m.start("w")):
        return c
    return replace(c, window=f"unread:{m.group('w')}")


def _named_month(sentences: Sequence[Sentence], index: int) -> tuple[int, int] | None:
    """The month named in the sentence before ``index`` or the first (the headline)."""
    for back in dict.fromkeys((index - 1, 0)):
        if 0 <= back < index:
            m = _MONTH.search(sentences[back].text)
            if m is not None:
                year = int(m.group("y")) if m.group("y") else 0
                return year, month_number(m.group("m"))
    return None


def same_clause(text: str, words: str, m: re.Match[str] | None) -> bool:
    """Whether the phrase ``m`` stands in the clause of the figure ``words`` (no comma,
    semicolon or "and"/"while"/"but" between them)."""
    at = text.find(words)
    if m is None or at < 0:
        return False
    between = text[min(at + len(words), m.start()) : max(at, m.end())]
    return not re.search(r"[,;]| (?:and|while|whereas|but) ", between)
