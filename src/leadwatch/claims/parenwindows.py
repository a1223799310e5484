"""The window of a change written in parentheses after a name (pure).

"the S&P 500 (-0.7%) ..., a third day of declines": a parenthesised change takes no window
from the rest of its sentence, which belongs to the sentence's own clauses. It does take
the window of a sibling parenthesis: in a list of names each with its change in
parentheses, a window stated in the first one ("Gold (+3.0% over 4 days) and silver
(+5.1%) ...", "copper (-2% this week), zinc (-1%) and tin (+0.4%)") is the list's.
The names between two sibling parentheses hold no figure, clause or verb of their own.

Examples
--------
>>> s = "Gold (+3.0% over 4 days) and silver (+5.1%) led the board."
>>> paren_change(s, s.index("+5.1"))
True
>>> paren_window(s, s.index("+5.1"), [(s.index("over"), "tdays:4")])
'tdays:4'
>>> t = "Gold (+3.0%) led while silver slid 2% this week."
>>> paren_window(t, t.index("+3.0"), [(t.index("this"), "week")]) is None
True

A window inside a parenthesis that states a figure of its own ("The index fell 0.4% (up
11% year to date)") is that figure's, not the window of a number outside it:

>>> u = "The index fell 0.4% (up 11% year to date)."
>>> y = u.index("year")
>>> figure_paren(u, y, u.index("0.4")), figure_paren(u, y, u.index("11"))
(True, False)
"""

from __future__ import annotations

import re

from leadwatch.claims.rowfigures import other_figure_window

__all__ = ["figure_paren", "paren_change", "paren_window"]

#: A change quoted in parentheses after a name: "the S&P 500 (-0.7%)", "(+70.96, +1.09%)".
_OPEN = re.compile(r"\((?:[^()]{0,20},\s*)?[-+\u2212\u2013]?\s*$")
_CHANGE = re.compile(r"[-+\u2212\u2013]?\s*[\d.,]+\s*%\s*\)")
#: What stands between two sibling parentheses: a comma or "and", then a short name.
_BETWEEN = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?[A-Za-z][\w&.'\- ]{0,30}?\s*\(?$", re.I
)
_VERB = re.compile(r"\b(?:rose|fell|gained|lost|slid|climbed|dropped|was|were|is|are)\b", re.I)


def paren_change(sentence: str, pos: int) -> bool:
    """Whether the figure at ``pos`` is a change alone in a parenthesis ("(-0.7%)")."""
    return bool(_CHANGE.match(sentence, pos) and _OPEN.search(sentence, 0, pos))


def paren_window(sentence: str, pos: int, found: list[tuple[int, str]]) -> str | None:
    """The window stated in a sibling parenthesis before the change at ``pos``, else None.
    ``found`` are the sentence's windows (position, code)."""
    start = sentence.rfind("(", 0, pos)
    while start > 0:
        close = sentence.rfind(")", 0, start)
        opened = sentence.rfind("(", 0, close) if close > 0 else -1
        between = sentence[close + 1 : start + 1] if close > 0 else ""
        if opened < 0 or not _BETWEEN.fullmatch(between) or _VERB.search(between):
            return None
        inside = [w for p, w in found if opened < p < close and w not in ("day", "prev")]
        if inside:
            return inside[0] if len(set(inside)) == 1 else None
        start = opened  # "copper (-2% this week), zinc (-1%) and tin (+0.4%)": further back
    return None


def figure_paren(sentence: str, p: int, pos: int) -> bool:
    """Whether the window at ``p`` stands in a parenthesis that holds a figure of its own
    before it and not the number at ``pos`` ("fell 0.4% (up 11% YTD)": the YTD is the 11%'s;
    "rose 2% (for the week)": a parenthesis with no figure, the 2%'s window), or follows a
    later figure of a row of bare figures (:func:`.rowfigures.other_figure_window`)."""
    if other_figure_window(sentence, p, pos):  # "-1.2% -3.5% this week": the 3.5%'s
        return True
    opened = sentence.rfind("(", 0, p)
    close = sentence.find(")", p)
    if opened < 0 or close < 0 or ")" in sentence[opened:p] or opened < pos < close:
        return False
    return bool(re.search(r"\d", sentence[opened:p]))
