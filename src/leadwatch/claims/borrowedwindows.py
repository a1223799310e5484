"""A window that a figure borrows from another clause of its sentence (pure).

:func:`leadwatch.claims.windows.window_near` takes the window of a figure's own clause;
when that clause states none, the figure may still borrow one:

- a window that opens the sentence ("Over the past year, ...") is the window of the
  first figure after its comma (:func:`borrowed_window`);
- a window stated in the first of two parallel clauses carries to the figure of the
  second, which states none of its own: "ether is 40% higher year to date, whereas
  bitcoin has risen 15%", "Bitcoin rose 5% this week and ether added 8%", "gold is 12%
  higher this year; silver has gained 30%"; so does a window that opens the first clause
  ("; over the past month ether has gained 20%, while ..."). It does so even where
  another time phrase stands in the sentence ("On Friday, ..."), which keeps the plain
  rule of one window for the whole sentence from applying. A clause that starts with
  "after" or "before" is a background, not a parallel clause ("rose 3% on Monday after
  falling 2% last week, and ether rose 5%": the week is not ether's), and a day is not
  carried (the day of each figure is read by :mod:`leadwatch.claims.dayof`).

Examples
--------
>>> s = "On Friday, ether was 40% higher year to date, whereas bitcoin had risen 15%."
>>> found = [(3, "day"), (s.index("year to"), "ytd")]
>>> cuts = [0, 10, 45, 46, len(s)]
>>> borrowed_window(s, s.index("15%"), found, cuts)
'ytd'
>>> borrowed_window(s, s.index("40%"), found, cuts) is None
True
"""

from __future__ import annotations

import re

__all__ = ["borrowed_window"]

#: What may stand before an opening window: a quotation mark ('"Since Monday, ...' in a
#: quote), "on a", "for the".
_LEAD = re.compile(
    r"\s*[\"'\u201c\u2018(]?\s*(?:(?:on|in|for|at|by)\s+(?:a|an|the)\s+)?", re.IGNORECASE
)
#: What joins two parallel clauses: "while", "whereas", "and", "but", "with", a semicolon.
_PARALLEL = re.compile(r"[,;]?\s*(?:(?:while|whereas|and|but|with|meanwhile)\b|;)", re.I)
#: A clause of background, not parallel to the one after it.
_BACKGROUND = re.compile(r"[,;]?\s*(?:after|before|since|following|from)\b", re.IGNORECASE)
_FIGURE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|percent|per cent)", re.IGNORECASE)
#: Windows that are not carried: a day (read by its own rules) and "the previous session".
_NOT_CARRIED = ("day", "prev")


def borrowed_window(
    sentence: str, pos: int, found: list[tuple[int, str]], cuts: list[int]
) -> str | None:
    """The window the figure at ``pos`` borrows, its own clause stating none: the
    sentence's opening window, else that of a parallel clause before it. ``found`` are the
    sentence's windows (position, code) and ``cuts`` its clause boundaries."""
    return _opening(sentence, pos, found, cuts) or _parallel(sentence, pos, found, cuts)


def _opening(sentence: str, pos: int, found: list[tuple[int, str]], cuts: list[int]) -> str | None:
    """A window that opens the sentence ("Since its peak, bitcoin has fallen 28% ...", "Over
    the past year, ...") is the window of the first figure after its comma."""
    first = found[0]
    comma = sentence.find(",")
    lead = sentence[: first[0]]  # "On a year-to-date basis, ...": the phrase opens it too
    if not _LEAD.fullmatch(lead) or comma < 0 or pos < comma or cuts[1] != comma:
        return None
    later = [p for p, _ in found[1:] if comma < p < pos]
    before = _FIGURE.search(sentence[comma:pos])
    return None if later or before else first[1]


def _parallel(sentence: str, pos: int, found: list[tuple[int, str]], cuts: list[int]) -> str | None:
    """The one window stated in the clause just before the figure's own (or opening it), when
    a parallel conjunction joins the two and the figure's clause has no figure before it."""
    here = max(c for c in cuts if c <= pos)
    if not _PARALLEL.match(sentence, here) or _FIGURE.search(sentence, here, pos):
        return None
    starts = [c for c in cuts if c < here and sentence[c:here].strip(" ,;")]
    if not starts:
        return None
    lo = max(starts)
    while lo in cuts and _FIGURE.search(sentence, lo, here) is None and lo > 0:
        lo = max(c for c in cuts if c < lo)  # "..., with gold up 2% this week, and ..."
    if _BACKGROUND.match(sentence, lo):
        return None
    figure = _FIGURE.search(sentence, lo, here)
    opener = max([c for c in cuts if c < lo] or [lo])  # "; over the past month, it has ..."
    opener = lo if _FIGURE.search(sentence, opener, lo) else opener
    stated = [w for p, w in found if figure and opener <= p < here]
    stated = [w for w in stated if w not in _NOT_CARRIED]
    return stated[0] if len(stated) == 1 else None
