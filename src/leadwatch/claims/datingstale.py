"""A printed dateline against figures that fit a day far from it (pure).

Prices revisit old levels and some pages recycle stale figures, while a printed date is
off by a day or two at most, rarely by months: when the figures fit best a day more than
:data:`FAR_DAYS` from the page's dateline, the dateline is kept as the article's date and
the far fit is reported as a warning (the claims that disagree are then graded
contradicted on the printed day, as the page states them for it). A better fit within a
few days still moves the date (:func:`leadwatch.claims.dating.infer_date`).

Examples
--------
>>> far_fit(pd.Timestamp("2026-04-24"), pd.Timestamp("2024-07-26"))
True
>>> far_fit(pd.Timestamp("2026-04-24"), pd.Timestamp("2026-04-23"))
False
>>> line = PrintedDate("2025-09-06", "6.09.25", 0, "dateline")
>>> firm_dateline(line, [line])  # 9 June or 6 September?
False
>>> old = PrintedDate("1971-08-15", "August 15, 1971", 0, "dateline")
>>> firm_dateline(old, [old, PrintedDate("2015-12-17", "December 17, 2015", 90, "past")])
False
>>> stale_warning(pd.Timestamp("2026-04-24"), pd.Timestamp("2024-07-26"))[:45]
'the dateline 2026-04-24 is kept: the figures '
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from leadwatch.claims.printed import PrintedDate

__all__ = ["BESIDE_DAYS", "FAR_DAYS", "dateline_holds", "far_fit", "firm_dateline", "stale_warning"]

#: A best fit further than this from the printed dateline is another time, not a slip of
#: the page's clock (a weekly recap dated on its Monday is still within it).
FAR_DAYS = 30
#: A month's name ("April 24, 2026", "24 Apr 2026") or an ISO date ("2026-04-24").
_FIRM = re.compile(r"[A-Za-z]{3}|\b\d{4}-\d{2}-\d{2}\b")
#: A dateline loses to a neighbouring day only when that day's figures fit by more than
#: this (two capped moves, or a level half as specific as a rare one).
BESIDE_MARGIN = 0.6
BESIDE_DAYS = 3


def dateline_holds(
    score: pd.Series, at: pd.Timestamp, best_day: pd.Timestamp, *, firm_day: bool
) -> bool:
    """Whether the dateline ``at`` wins against ``best_day``, a neighbouring day (within
    :data:`BESIDE_DAYS`): when that day's figures fit only slightly better (within
    :data:`BESIDE_MARGIN`: a price quoted intraday, a move that shows in the next close);
    or, for a dateline of one day (``firm_day``), when that day comes after it, however
    well it fits: a page cannot quote the closes of days after its own date (a claim
    misread, a level the source's feed saw first). A numeric dateline counts too ("10/8/2025"
    may be 10 August or 8 October): figures fitting best just after one reading confirm it.

    >>> days = pd.date_range("2026-03-02", periods=5)
    >>> score = pd.Series([1.0, 1.0, 3.0, 1.0, 1.0], index=days)
    >>> dateline_holds(score, days[1], days[2], firm_day=True)
    True
    >>> dateline_holds(score, days[1], days[2], firm_day=False)
    False
    >>> dateline_holds(score, days[3], days[2], firm_day=True)  # the best day is before it
    False
    """
    gap = float(score.max() - score.loc[at])
    near = abs((best_day - at).days) <= BESIDE_DAYS
    return near and (gap <= BESIDE_MARGIN or (firm_day and best_day > at))


def firm_dateline(dateline: PrintedDate, printed: Sequence[PrintedDate]) -> bool:
    """Whether ``dateline`` can outrank the figures: printed unambiguously (a month's name,
    or ISO order: "6.09.25" may be June or September, the figures then judge), and on or
    after every date the text prints (a date the text looks back from is no dateline:
    "August 15, 1971: Nixon ended ..." heading a story that cites 2015)."""
    latest = max((d.iso for d in printed), default=dateline.iso)
    return bool(_FIRM.search(dateline.words)) and dateline.iso >= latest


def far_fit(printed: pd.Timestamp, best_day: pd.Timestamp) -> bool:
    """Whether the figures' best day lies more than :data:`FAR_DAYS` from ``printed``."""
    return abs((best_day - printed).days) > FAR_DAYS


def stale_warning(printed: pd.Timestamp, best_day: pd.Timestamp) -> str:
    """The reasoning line that keeps the dateline and names the far fit."""
    return (
        f"the dateline {printed.date()} is kept: the figures fit {best_day.date()} better, "
        f"{abs((best_day - printed).days)} days away (stale or recycled numbers? the claims "
        "that disagree are graded on the printed day)"
    )
