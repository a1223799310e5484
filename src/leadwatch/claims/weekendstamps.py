"""A page stamped on a weekend over a text that prints its own trading day (pure).

A weekly review is often posted on a Saturday or Sunday while its title names the Friday
it closes the week on ("Week in metals - June 5, 2026" under a page stamp "06/07/2026"):
the text's own day is the story's day, and the weekend stamp only says when it was posted.

Examples
--------
>>> from leadwatch.claims.printed import PrintedDate
>>> stamp = PrintedDate("2026-06-07", "06/07/2026", 0, "dateline")
>>> title = PrintedDate("2026-06-05", "June 5, 2026", 30, "dateline")
>>> review_day(stamp, [stamp, title]).iso
'2026-06-05'
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from leadwatch.claims.printed import PrintedDate

__all__ = ["review_day"]

#: A weekend stamp is at most this far after the trading day its review is dated.
_WEEKEND = pd.Timedelta(days=2)


def review_day(first: PrintedDate, datelines: Sequence[PrintedDate]) -> PrintedDate:
    """The dateline of the story: ``first``, unless it falls on a weekend and another
    dateline of the opening names a weekday one or two days before it (that one).

    Parameters
    ----------
    first : PrintedDate
        The dateline picked so far (the first one, or one said to be today's).
    datelines : Sequence[PrintedDate]
        Every dateline of the opening, in the order printed.

    Returns
    -------
    PrintedDate
        The dateline that dates the story.
    """
    stamp = pd.Timestamp(first.iso)
    if stamp.weekday() < 5 or first.last != first.iso:
        return first
    for d in datelines:
        day = pd.Timestamp(d.iso)
        if d.last == d.iso and day.weekday() < 5 and pd.Timedelta(0) < stamp - day <= _WEEKEND:
            return d
    return first
