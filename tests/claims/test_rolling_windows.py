"""A rolling window ("week on week", "over the past month", "over the last seven days")
quoted from data that closes the day before the article moves back with its end: the
same span to that close, not a span one day shorter."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2026-05-22")  # a Friday; the card's data end on Thursday


def _market() -> Market:
    days = pd.bdate_range("2026-03-02", DAY)
    spx = pd.Series(7600.0, index=days)  # to 21 April
    spx[days >= "2026-04-22"] = 7500.0
    spx[pd.Timestamp("2026-04-29")] = 7600.0  # a day before the month's last close
    spx[days >= "2026-05-15"] = 7400.0  # Friday the 15th falls
    spx[days >= "2026-05-21"] = 7445.0  # Thursday: -0.73% on the Thursday a week before
    spx[DAY] = 7520.0  # Friday's close: up on the week from the 15th
    return Market({"spx": spx})


@pytest.mark.parametrize(
    "text",
    [
        "S&P 500 -0.74% week on week.",  # a data card
        "The S&P 500 slipped 0.7% over the past seven days.",  # a wire
        "The S&P 500 is down 0.74% week-over-week.",  # a regional paper
        "The S&P 500 fell 2% over the past month.",  # a bank note: 7,600 -> 7,445
    ],
)
def test_a_rolling_window_moves_back_with_its_end(text: str) -> None:
    checked = [c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.pct]
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]


def test_a_calendar_window_keeps_its_start() -> None:
    text = "The S&P 500 is down 2% so far this month."  # from April's last close: -0.7%
    checked = [c for c in check_claims(extract_claims(text), DAY, _market()) if c.claim.pct]
    assert [c.status for c in checked] == ["contradicted"], [c.evidence for c in checked]
