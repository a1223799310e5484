"""A window that follows a row of bare figures is the last figure's (pure).

A quote board writes a price and its changes side by side, the period after the one it
qualifies: "Silver | $70.10 -1.20% -3.50% this week" is down 1.2% on the day and 3.5% on
the week. A window that hugs the second of two bare figures (nothing but spaces or cell
bars between them) is that figure's alone: no other figure of the sentence, in the same
row or another, takes it, and each keeps its default reading (the session). Figures
joined by words ("gold 2% and silver 3% this week") share it.

Examples
--------
>>> s = "Silver | $70.10 -1.20% -3.50% this week"
>>> w = s.index("this")
>>> other_figure_window(s, w, s.index("1.20")), other_figure_window(s, w, s.index("3.50"))
(True, False)
>>> r = "Gold | $4,150.00 -1.50% -4.00% this week | | Silver | $66.10 -1.20% -3.50% this week"
>>> other_figure_window(r, r.rindex("this"), r.index("1.50"))
True
>>> other_figure_window(r, r.index("this"), r.index("1.20"))  # a row before it
True
>>> t = "Gold rose 2% and silver 3% this week"
>>> other_figure_window(t, t.index("this"), t.index("2%"))
False
"""

from __future__ import annotations

import re

__all__ = ["other_figure_window"]

_FIGURE = r"[-+\u2212\u2013]?\s?\d[\d,]*(?:\.\d+)?\s?%"
#: Two bare figures side by side (spaces, bars or slashes between), the window hugging the
#: second: "-1.20% -3.50% this week".
_PAIR = re.compile(rf"{_FIGURE}[\s|/]+(?P<last>{_FIGURE})\s*$")


def other_figure_window(sentence: str, p: int, pos: int) -> bool:
    """Whether the window at ``p`` belongs to the later figure of a pair of bare figures
    that it follows, not to the figure at ``pos`` (before or after it: module doc)."""
    m = _PAIR.search(sentence, 0, p)
    return m is not None and not m.start("last") <= pos < m.end("last")
