"""A window said after a list of moves ("up +1.8% and +9.5% over the week") is each listed
move's, not the last one's alone; a move with time words of its own keeps them.

Every text here is written for the test; the market is synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _windows(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.asset, c.pct, c.window) for c in extract_claims(text).claims if c.pct]


def test_the_window_after_a_list_is_every_listed_moves() -> None:
    text = (
        "Bitcoin and ether traded near $60,000 and $3,000 on Friday, "
        "up +1.8% and +9.5% over the week."
    )
    assert _windows(text) == [("btc", 1.8, "week"), ("eth", 9.5, "week")]


def test_a_listed_move_with_its_own_window_keeps_it() -> None:
    text = "Bitcoin and ether rose 1.8% on the day and 9.5% over the week."
    assert ("btc", 1.8, "week") not in _windows(text)


def test_the_lent_window_grades_the_first_move_over_the_week() -> None:
    days = pd.date_range("2024-05-10", "2024-05-24")
    btc = pd.Series(50_000.0, index=days)
    btc[pd.Timestamp("2024-05-21") :] = 50_900.0  # +1.8% over the week, flat on Friday
    eth = pd.Series(3_000.0, index=days)
    eth[pd.Timestamp("2024-05-24")] = 3_285.0  # +9.5% over the week
    text = (
        "Bitcoin and ether traded near $50,900 and $3,285 on Friday, "
        "up +1.8% and +9.5% over the week."
    )
    graded = check_claims(
        extract_claims(text), pd.Timestamp("2024-05-24"), Market({"btc": btc, "eth": eth})
    )
    moves = {c.claim.asset: c.status for c in graded if c.claim.pct}
    assert moves == {"btc": "confirmed", "eth": "confirmed"}
