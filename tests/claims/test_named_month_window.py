"""A calendar month named as a move's window: fronted ("For August, ...", "Over March,")
or attributive ("its September gain of 9%", "a 12% March rally"): the move is graded over
that month, not over a session or the default three months."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

#: (sentence, month): own phrasings in several outlets' styles.
NAMED = [
    ("For August, the S&P 500 was up almost 2%.", 8),
    ("Over March, gold climbed 9%.", 3),
    ("Throughout July, bitcoin lost 6%.", 7),
    ("Across October the dollar index fell 1.5%.", 10),
    ("Gold's September gain of 9% was its largest in a decade.", 9),
    ("Bitcoin posted a 5% September gain.", 9),
    ("Silver's 12% March rally lifted miners.", 3),
    ("The dollar's June decline of 2% weighed on exporters.", 6),
]


@pytest.mark.parametrize(("text", "month"), NAMED)
def test_a_named_month_is_the_window(text: str, month: int) -> None:
    ex = extract_claims(text)
    moves = [c for c in ex.claims if c.pct is not None]
    assert moves, ex.claims
    assert all(c.when == ("month", (0, month)) for c in moves), moves


def test_a_month_move_is_graded_over_that_month() -> None:
    # gold flat at 100 until 31 July, 109 through August, then back to 100 in September
    days = pd.bdate_range("2025-06-02", "2025-09-30")
    august = (days >= "2025-08-01") & (days < "2025-09-01")
    gold = pd.Series(np.where(august, 109.0, 100.0), index=days)
    market = Market({"gold": gold})
    ex = extract_claims("For August, gold was up 9%.")
    checked = check_claims(ex, pd.Timestamp("2025-09-29"), market)
    moves = [r for r in checked if r.claim.pct is not None]
    assert moves and moves[0].status == "confirmed", moves


def test_a_month_without_a_move_noun_is_no_window() -> None:
    ex = extract_claims("Gold rose 2% today ahead of the March meeting.")
    assert all(c.when != ("month", (0, 3)) for c in ex.claims), ex.claims


@pytest.mark.parametrize(
    "text",
    [
        "Gold for December delivery was up $61 to $4,065 an ounce, a 1.5% gain.",
        "Silver for March settlement rose 2% to $50.",
        "Gold for Feb. delivery added 1.2%.",
        "Futures for December 2025 delivery rose 0.4% to $4,217 an ounce.",
        "Silver futures for July slipped 0.8% to $48.10.",
    ],
)
def test_a_contract_month_is_no_window(text: str) -> None:
    ex = extract_claims(text)
    assert ex.claims
    assert all(c.when is None or c.when[0] != "month" for c in ex.claims), ex.claims
