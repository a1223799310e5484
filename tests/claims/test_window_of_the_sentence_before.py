"""A move too big for one session, in a sentence with no window of its own, is read over the
period to date the sentence right before names ("Metals have soared this year. Silver
alone is up 74%"), not over 3 months."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import CheckedClaim, check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-10-13")
HEAD = "Silver squeeze\n\n"


def _silver(text: str, market: Market) -> list[CheckedClaim]:
    checked = check_claims(extract_claims(HEAD + text), DAY, market)
    return [c for c in checked if c.claim.asset == "silver" and c.claim.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "Precious metals have climbed sharply this year. Silver alone has surged nearly 74%.",
        "Metals have been the standout trade of 2025 so far this year. Silver is up about 75%.",
        "Year to date, the metals complex has rallied hard. Silver has added roughly 74%.",
        "Demand for bullion kept growing YTD. The white metal has jumped 76%, beating gold.",
        "So far this year the rally has been broad. Silver, in particular, has gained 74%.",
        "Hedge funds piled into metals this year. Silver prices have rocketed almost 80%.",
    ],
)
def test_a_big_move_takes_the_window_before(text: str, market: Market) -> None:
    mine = _silver(text, market)
    assert mine and "to date" in mine[0].evidence, [c.evidence for c in mine]
    assert mine[0].status == "confirmed", mine[0].evidence


def test_no_window_before_keeps_three_months(market: Market) -> None:
    mine = _silver("Silver hit a record today. It has surged 38% as shortages bit.", market)
    assert mine and "3 months" in mine[0].evidence, mine[0].evidence


def test_a_session_sized_move_keeps_its_day(market: Market) -> None:
    mine = _silver("Silver has climbed this year. Today it rose 2.4% on the squeeze.", market)
    assert mine and "to date" not in mine[0].evidence, mine[0].evidence
