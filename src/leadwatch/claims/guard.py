"""One claim's grading kept from stopping the check of a whole article (pure).

A checker meets phrasings nobody wrote a test for. When grading one claim fails in a way
the code did not foresee (an assertion, a missing key, a date out of range), the claim is
reported "not checkable" with the reason (a bug in leadwatch, to report), the other claims
of the article keep their grades, and a :class:`ClaimGradingWarning` is raised so that
tests, which turn warnings into errors, still fail on it. Errors leadwatch raises on
purpose (:class:`~leadwatch.errors.LeadwatchError`: an empty store, a bad file) are not
caught: they concern the whole run.

Examples
--------
>>> import warnings
>>> def broken() -> tuple[str, str, dict[str, object]]:
...     raise KeyError("x")
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore", ClaimGradingWarning)
...     status, text, _ = graded_or_reported(broken, "gold at $4,000")
>>> status, text.split(":")[0]
('not checkable', 'could not be graded (KeyError)')
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from leadwatch.errors import LeadwatchError

__all__ = ["ClaimGradingWarning", "graded_or_reported"]

Result = tuple[str, str, dict[str, Any]]


class ClaimGradingWarning(RuntimeWarning):
    """Grading one claim failed unexpectedly; the claim is reported not checkable."""


def graded_or_reported(grade: Callable[[], Result], described: str) -> Result:
    """``grade()``, or a "not checkable" result naming the failure (module docstring)."""
    try:
        return grade()
    except LeadwatchError:
        raise
    except Exception as exc:  # an unforeseen phrasing: one claim lost, not the article
        reason = f"could not be graded ({type(exc).__name__}): a bug in leadwatch, please report it"
        warnings.warn(f"{described}: {reason}: {exc!r}", ClaimGradingWarning, stacklevel=2)
        return "not checkable", reason, {}
