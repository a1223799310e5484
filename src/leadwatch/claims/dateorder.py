"""Which way round a page prints its all-number dates: month first or day first (pure).

"04/03/2025" is 3 April to a US page and 4 March to a European one.
:mod:`leadwatch.claims.printed` reads a slash month first and a dot or a dash day first; a
page's own text can settle it the other way:

- another all-number date of the page that can only be read one way ("25/03/2025": day
  first; "03/25/2025": month first) fixes the page's order;
- else a weekday named beside an ambiguous date that only one reading falls on picks that
  reading ("Tuesday (10/9/2024)": 10 September 2024 was a Tuesday, 9 October a Wednesday);
- else a date the page writes out ("March 4, 2025", "4 March 2025", "2025-03-04") within a
  week before one reading of the ambiguous date, and none near the other reading, picks
  that reading: a header "04/03/2025" over a body "As of March 4, 2025" is 4 March.

Examples
--------
>>> month_first_order([(4, 3, 2025)], [], ["2025-03-04"])
False
>>> month_first_order([(4, 3, 2025)], [(25, 3)], [])
False
>>> month_first_order([(4, 3, 2025)], [], ["2024-01-01"]) is None
True
>>> weekday_order(10, 9, 2024, 1)  # Tuesday: 10 September
False
"""

from __future__ import annotations

from datetime import date

__all__ = ["month_first_order", "readings", "weekday_order"]

#: Days a written-out date may lie before the ambiguous date's reading it supports.
_NEAR = 7


def readings(a: int, b: int, year: int) -> tuple[str | None, str | None]:
    """The two ISO readings of ``a/b/year``: month first, then day first (``None`` where
    no such day)."""
    out: list[str | None] = []
    for month, day in ((a, b), (b, a)):
        try:
            out.append(date(year, month, day).isoformat())
        except ValueError:
            out.append(None)
    return out[0], out[1]


def _near(iso: str | None, written: list[str]) -> bool:
    if iso is None:
        return False
    day = date.fromisoformat(iso)
    return any(0 <= (day - date.fromisoformat(w)).days <= _NEAR for w in written)


def month_first_order(
    ambiguous: list[tuple[int, int, int]],
    fixed: list[tuple[int, int]],
    written: list[str],
) -> bool | None:
    """The page's order, ``True`` for month first, or ``None`` where its text does not say.

    Parameters
    ----------
    ambiguous
        The page's all-number dates whose two numbers are both 12 or under and differ:
        ``(first, second, year)``.
    fixed
        The page's other all-number dates, ``(first, second)``, one of them over 12.
    written
        The ISO days of the page's written-out dates (only one up to a week before a reading
        counts for it).
    """
    votes = {second > 12 for first, second in fixed if (first > 12) != (second > 12)}
    if len(votes) == 1:
        return votes.pop()
    for first, second, year in ambiguous:
        month_first, day_first = readings(first, second, year)
        mf, df = _near(month_first, written), _near(day_first, written)
        if mf != df:
            return mf
    return None


def weekday_order(a: int, b: int, year: int, weekday: int) -> bool | None:
    """The order of ``a/b/year`` whose reading falls on ``weekday`` (Monday 0), ``True``
    for month first; ``None`` when both or neither do."""
    on = [
        iso is not None and date.fromisoformat(iso).weekday() == weekday
        for iso in readings(a, b, year)
    ]
    return None if on[0] == on[1] else on[0]
