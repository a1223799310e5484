"""Windows that belong to another clause than a figure's ("rose 5%, but for the week ...").

:func:`other_clauses` drops, from the windows a figure could borrow, those that open a
later clause with a figure of their own ("Bitcoin rose 5% but on a weekly basis it was
down 2%": the week is the 2%'s, not the 5%'s) and those inside an aside that does not
open with them (:func:`inside_aside`). :data:`TRAIL` finds a trailing clause with a figure
of its own, which a window after it belongs to.

Examples
--------
>>> s = "Gold rose 2% but on a weekly basis it was down 1%"
>>> other_clauses(s, 10, [(22, "week")], [0, 12, len(s)])
[]
>>> s = "Gold rose 2% and silver 3% this week"
>>> other_clauses(s, 10, [(27, "week")], [0, 12, len(s)])
[(27, 'week')]
>>> s = "Silver rose early in the week before falling 4.4% to $48.10 on October 17."
>>> other_clauses(s, 45, [(12, "week")], [0, 29, len(s)])
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.rowfigures import other_figure_window
from leadwatch.claims.scopedclauses import outside_scoped
from leadwatch.claims.vocabulary import MONTH_RE, WEEKDAYS, words_re

__all__ = ["TRAIL", "inside_aside", "other_clauses"]

#: A trailing clause with a figure of its own, which a window after it belongs to (one set
#: off by a comma, or a second verb joined by "and": "down 0.5% and fell 0.8% this week").
TRAIL = re.compile(
    r",\s*(?:a|an|for an?|its|down|up|off|higher|lower|putting|bringing|taking|leaving|pushing"
    r"|(?:set|on track|heading|headed|poised) for)\b[^,;]*?\d(?:[.,]\d+)?\s*(?:%|percent|per cent)"
    # "slid 0.9%, heading for its weakest week since June with a 4% fall": the week's figure
    r"|,\s*(?:set|on track|heading|headed|poised) for (?:its|their|a|an|the)\b"
    # "was down 0.5% at $2,022 and fell 0.8% over the week": the week is the second verb's
    r"|\s(?:and|but|while)\s+(?:has\s+|had\s+|was\s+)?(?:fell|fallen|rose|risen|dropped|gained"
    r"|lost|climbed|slipped|added|shed|jumped|declined|advanced|slid|(?:is|was) (?:up|down))\b"
    r"[^,;]*?\d(?:[.,]\d+)?\s*(?:%|percent|per cent)",
    re.IGNORECASE,
)
#: A day the figure's own clause puts it on: "on October 17", "on Friday", "yesterday", a
#: weekday right after the figure ("rose 3.8% Tuesday") (not "through April 4", the end
#: of a span).
_DATED = rf"(?:{MONTH_RE})\.? [0-3]?\d\b"
_WEEKDAY = words_re(WEEKDAYS)
_ON_DAY = re.compile(
    rf"\bon {words_re((*WEEKDAYS, _DATED))}|\byesterday\b|(?<=\d%\s){_WEEKDAY}\b(?!['\u2019])",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)


def inside_aside(sentence: str, p: int, a: int, b: int) -> bool:
    """A window at ``p`` inside the aside ``a:b`` and not the phrase that opens it: "Since
    reaching a record in February, the S&P 500 has fallen 19%" starts the move's span.

    Parameters
    ----------
    sentence : str
        The sentence.
    p : int
        Where the window phrase starts.
    a, b : int
        The aside's span.

    Returns
    -------
    bool
        Whether the window is inside the aside, past its opening.
    """
    return a <= p < b and bool(sentence[a:p].strip(",(\u2014- "))


def other_clauses(
    sentence: str, pos: int, found: list[tuple[int, str]], cuts: list[int]
) -> list[tuple[int, str]]:
    """``found`` less the windows that open a later clause with a figure of its own or end
    a row of bare figures after it (:func:`.rowfigures.other_figure_window`), and every
    window of another clause where the figure's own clause names its day after it.

    Parameters
    ----------
    sentence : str
        The sentence.
    pos : int
        Where the figure whose window is sought stands.
    found : list of (int, str)
        The windows of the sentence, with their positions.
    cuts : list of int
        The clause boundaries of the sentence (its start and end included).

    Returns
    -------
    list of (int, str)
        The windows the figure may still take.
    """

    def opens_later(p: int) -> bool:
        if p <= pos or not any(pos < c <= p for c in cuts[1:-1]):
            return False  # the figure's own clause, or before it
        lo = max(c for c in cuts if c <= p)
        hi = min((c for c in cuts if c > p), default=len(sentence))
        opening = len(sentence[lo:p].split()) <= 4  # "but on a weekly basis", ", and for the"
        return (
            opening
            and not _FIGURE.search(sentence, lo, p)
            and bool(_FIGURE.search(sentence, p, hi))
        )

    found = outside_scoped(sentence, pos, found)  # ", with May posting its worst ... in years"
    lo = max(c for c in cuts if c <= pos)
    hi = min((c for c in cuts if c > pos), default=len(sentence))
    if _ON_DAY.search(sentence, pos, hi):  # "..., before falling 5.6% on October 17"
        return [(p, w) for p, w in found if lo <= p < hi]
    return [
        (p, w) for p, w in found if not (opens_later(p) or other_figure_window(sentence, p, pos))
    ]
