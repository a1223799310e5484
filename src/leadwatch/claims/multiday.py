"""Moves ranked over several sessions or weeks: "its biggest two-day decline in decades", "the
worst three-day run in a year", "its steepest 5-session slide since 2020", "the largest
6-week gain since 2020" (``W6``: the change over six weeks to a Friday).

:data:`MULTI_DAY_PERIODS` maps each "N-day" / "N-session" adjective (N from 2 to 10, in
digits or words) to the period code ``D<N>``: the change over N sessions, ranked against
every N-session change of the span (an "N-week" one to ``W<N>``, over weekly closes; see
:func:`leadwatch.claims.extremes.period_returns`).

Examples
--------
>>> MULTI_DAY_PERIODS["two-day"], MULTI_DAY_PERIODS["5-session"], MULTI_DAY_PERIODS["six-week"]
('D2', 'D5', 'W6')
"""

from __future__ import annotations

from leadwatch.claims.vocabulary import NUMBER_WORDS

__all__ = ["MULTI_DAY_PERIODS"]


def _multi_day_periods() -> dict[str, str]:
    """Each way of writing an N-session or N-week period (N 2-10), longest first for the
    regex."""
    out: dict[str, str] = {}
    for n in range(10, 1, -1):
        for count in (str(n), NUMBER_WORDS[n]):
            for unit in ("day", "session", "trading-day", "week"):
                for sep in ("-", " "):
                    out[f"{count}{sep}{unit}"] = f"{'W' if unit == 'week' else 'D'}{n}"
    return out


#: "two-day", "3-day", "five-session", "4 trading-day": ``D<N>``; "six-week": ``W<N>``.
MULTI_DAY_PERIODS = _multi_day_periods()
