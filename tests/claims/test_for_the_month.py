"""A move "for the month" / "on the month" is the calendar month's: from the last close of
the month before, to the article's day; read in the first two days of a month, it is the
month just ended (a recap filed right after the month's end)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market
from leadwatch.claims.spans import resolve_span


@pytest.mark.parametrize(
    "text",
    [
        "Gold has rallied nearly 6% for the month.",
        "Bullion is up 6% on the month, its best showing since spring.",
        "For the month, gold has gained about 6%.",
        "Gold, 6% higher for the month, is eyeing its record.",
        "The yellow metal has tacked on 6% on the month.",
        "Gold prices are 6% firmer on the month.",
    ],
)
def test_for_the_month_is_the_calendar_month(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves and moves[0].window == "calmonth:now", moves


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        ("2024-10-31", "2024-09-30", "2024-10-31"),
        ("2024-10-16", "2024-09-30", "2024-10-16"),
        ("2024-11-01", "2024-09-30", "2024-10-31"),
    ],
)
def test_the_month_resolves_to_date_or_just_ended(day: str, start: str, end: str) -> None:
    span = resolve_span("calmonth:now", pd.Timestamp(day))
    assert span is not None and (span[0], span[1]) == (pd.Timestamp(start), pd.Timestamp(end))


def test_for_the_month_graded_on_the_month(market: Market) -> None:
    text = "Metals roundup\n\nGold has rallied nearly 6% for the month."
    checked = check_claims(extract_claims(text), pd.Timestamp("2024-10-31"), market)
    mine = [c for c in checked if c.claim.asset == "gold" and c.claim.kind == "percent"]
    assert mine and mine[0].status == "confirmed", [(c.claim, c.evidence) for c in mine]


@pytest.mark.parametrize(
    "text", ["Gold fell 2% over the month of March.", "Gold rose 2% in the month before."]
)
def test_a_named_or_earlier_month_is_not_the_current_one(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.window == "calmonth:now"]
