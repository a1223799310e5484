"""A "since" anchor named by a day's session ("since the Oct. 7 session") or by "the
middle of" a month is read as a date, so its record is graded, not left unreadable."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.windows import resolve_window

DAY = pd.Timestamp("2025-11-14")  # a Friday


def _since(text: str) -> str | None:
    return next(c.window for c in extract_claims(text).claims if c.kind == "record")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Silver settled at its lowest since the Oct. 7 session.", "2025-10-06"),
        ("Ether slid under $3,000 for the first time since the middle of March.", "2025-03-14"),
        ("Gold fell to its lowest since the Wednesday session.", "2025-11-11"),
        ("The dollar index hit its highest since the latter part of June.", "2025-06-20"),
        ("Bitcoin ended at its lowest since the Sept. 30 close.", "2025-09-30"),  # from it
    ],
)
def test_since_anchor_is_read(text: str, start: str) -> None:
    window = _since(text)
    assert window is not None
    found = resolve_window(window, DAY)
    assert found is not None
    assert str(found[0].date()) == start


@pytest.mark.parametrize(
    "text",
    [
        "Silver settled at its lowest since the financial crisis.",  # an event: not a date
        "Gold hit its highest since the session opened in Asia.",  # no day named
    ],
)
def test_not_a_day_stays_unread(text: str) -> None:
    window = _since(text)
    assert window is None or resolve_window(window, DAY) is None
