"""Moves ranked over several sessions: "its biggest two-day decline in decades", "the worst
three-day run in a year", "its steepest 5-session slide since 2020".

:data:`MULTI_DAY_PERIODS` maps each "N-day" / "N-session" adjective (N from 2 to 10, in
digits or words) to the period code ``D<N>``: the change over N sessions, ranked against
every N-session change of the span (see :func:`leadwatch.claims.extremes.period_returns`).

Examples
--------
>>> MULTI_DAY_PERIODS["two-day"], MULTI_DAY_PERIODS["5-session"]
('D2', 'D5')
"""

from __future__ import annotations

from leadwatch.claims.vocabulary import NUMBER_WORDS

__all__ = ["MULTI_DAY_PERIODS"]


def _multi_day_periods() -> dict[str, str]:
    """Each way of writing an N-session period (N 2-10), longest first for the regex."""
    out: dict[str, str] = {}
    for n in range(10, 1, -1):
        for count in (str(n), NUMBER_WORDS[n]):
            for unit in ("day", "session", "trading-day"):
                for sep in ("-", " "):
                    out[f"{count}{sep}{unit}"] = f"D{n}"
    return out


#: "two-day", "3-day", "five-session", "4 trading-day": ``D<N>``.
MULTI_DAY_PERIODS = _multi_day_periods()
