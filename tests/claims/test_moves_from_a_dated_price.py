"""A move measured from a price of a printed day ("up 44% from $2,590 on September 20,
2024") runs from that day to the article's: the date starts its window, it is no session
move of that day, and a day after the compared figure is not the move's."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _moves(text: str) -> list[tuple[float | None, str | None, object]]:
    return [(c.pct, c.window, c.when) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Silver is now up 44% from its opening price of $29.40 on October 3, 2024.",
            "since:October 3, 2024",
        ),
        (
            "Ether has gained 18% compared with the closing price of $2,210 on March 2, 2026.",
            "since:March 2, 2026",
        ),
        ("Ether fell 18% on March 2, 2026, its worst day in a year.", "on:2026-03-02"),
    ],
)
def test_the_window_of_a_move_measured_from_a_dated_price(text: str, window: str) -> None:
    assert [w for _, w, _ in _moves(text)] == [window]


def test_such_a_move_is_graded_from_that_day_to_the_article() -> None:
    days = pd.bdate_range("2024-09-02", "2025-10-31")
    silver = pd.Series(29.40, index=days)
    silver.loc["2024-10-03":] = 30.0
    silver.loc["2025-10-01":] = 42.3  # +44% from the close before 3 October 2024
    text = (
        "Over twelve months silver is up 44% from its opening price of $29.40 on October 3, 2024."
    )
    checked = check_claims(
        extract_claims(text), pd.Timestamp("2025-10-03"), Market({"silver": silver})
    )
    moves = [c for c in checked if c.claim.kind == "percent"]
    assert [c.status for c in moves] == ["confirmed"], [c.evidence for c in moves]
