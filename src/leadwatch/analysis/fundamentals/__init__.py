"""Annual fundamentals with report editions: as-known-at views, growth, multiples, runs.

Pure: the long table of :meth:`leadwatch.store.Store.fundamentals` in, frozen results out;
every number names the edition it comes from.
"""

from leadwatch.analysis.fundamentals.editions import (
    Change,
    Run,
    changes,
    consecutive,
    known_at,
    latest_editions,
    series_of,
)

__all__ = [
    "Change",
    "Run",
    "changes",
    "consecutive",
    "known_at",
    "latest_editions",
    "series_of",
]
