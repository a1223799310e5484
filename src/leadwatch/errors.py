"""One exception hierarchy for leadwatch.

Every error a user can meet derives from :class:`LeadwatchError`. Library errors
(DuckDB, pandas, HTTP clients) are mapped to these classes at the I/O boundary,
so callers catch one family and the CLI turns each into a message and an exit
code:

* ``0`` success,
* ``1`` partial failure (some work done, some failed; see the message),
* ``2`` bad input (nothing was written; the message names the fix).

Examples
--------
>>> from leadwatch.errors import DataError, LeadwatchError
>>> err = DataError("prices.csv line 4: date '2024-13-01' is not a valid ISO date",
...                 fix="write dates as YYYY-MM-DD")
>>> isinstance(err, LeadwatchError), err.exit_code
(True, 2)
>>> print(err)
prices.csv line 4: date '2024-13-01' is not a valid ISO date. Fix: write dates as YYYY-MM-DD.
"""

from __future__ import annotations

from leadwatch.redact import scrub

__all__ = [
    "BadResponse",
    "CatalogError",
    "DataError",
    "InfeasibleTest",
    "LeadwatchError",
    "ProviderError",
    "RateLimited",
    "StoreBusyError",
    "StoreError",
    "StoreFileError",
    "ThesisError",
    "Unavailable",
    "UnknownSeriesError",
]

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_BAD_INPUT = 2


class LeadwatchError(Exception):
    """Base class of every leadwatch error.

    Parameters
    ----------
    message
        What went wrong, naming the thing (file, line, series, parameter).
    fix
        What the user can do about it; appended to the message.
    """

    exit_code: int = EXIT_BAD_INPUT

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = scrub(message).rstrip(".")
        self.fix = scrub(fix).rstrip(".") if fix else None
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.fix:
            return f"{self.message}. Fix: {self.fix}."
        return f"{self.message}."

    def to_dict(self) -> dict[str, str | int | None]:
        """JSON-safe form used by ``--json`` output."""
        return {
            "error": type(self).__name__,
            "message": self.message,
            "fix": self.fix,
            "exit_code": self.exit_code,
        }


class DataError(LeadwatchError):
    """Input data is malformed (bad dates, duplicates, non-numeric values, ...)."""


class UnknownSeriesError(DataError):
    """A series id that the catalog (or the store) does not know."""


class CatalogError(DataError):
    """A series catalog file (built-in or the user's) is invalid, or a definition clashes."""


class StoreError(LeadwatchError):
    """The store cannot be opened, read or written."""

    exit_code = EXIT_PARTIAL


class StoreFileError(StoreError):
    """The store path is not a usable DuckDB file (a folder, another format, damaged)."""

    exit_code = EXIT_BAD_INPUT


class StoreBusyError(StoreError):
    """Another process holds the store's write lock."""


class ProviderError(LeadwatchError):
    """A data provider failed (network, HTTP status, unexpected body)."""

    exit_code = EXIT_PARTIAL


class RateLimited(ProviderError):
    """The provider asked us to slow down (HTTP 429 or its own signal)."""


class Unavailable(ProviderError):
    """The provider could not be reached (offline, timeout, 5xx)."""


class BadResponse(ProviderError):
    """The provider answered, but not with the data we expected."""


class ThesisError(LeadwatchError):
    """A thesis file is invalid."""


class InfeasibleTest(LeadwatchError):
    """A statistical test cannot be run on the data given (too short, constant, ...)."""
