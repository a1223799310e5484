"""A figure said of a period still running ("on course to end the year 6% lower") is the
period's change so far, graded on that period, not on one session."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _windows(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [(c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims if c.pct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin is on track to close out the year about 7% lower.", ("btc", "down", 7.0, "ytd")),
        ("Gold is set to end the month up 5%.", ("gold", "up", 5.0, "mtd")),  # wire
        ("Silver is on course for a weekly gain of 3%.", ("silver", "up", 3.0, "week")),
        ("Ether was headed for a monthly drop of 12%.", ("eth", "down", 12.0, "mtd")),  # crypto
        ("Bitcoin is on pace to finish the week down 4%.", ("btc", "down", 4.0, "week")),
        ("Gold is poised to close the year 30% higher.", ("gold", "up", 30.0, "ytd")),  # bank note
        ("Gold, up 9%, is heading for its best month in years.", ("gold", "up", 9.0, "mtd")),
        (
            "The S&P 500 is bound for an annual gain of 16%.",
            ("spx", "up", 16.0, "ytd"),
        ),  # data page
    ],
)
def test_a_period_on_its_way_is_the_period_so_far(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    assert _windows(text) == [expected]


def test_a_later_period_is_no_window() -> None:
    assert [w for *_, w in _windows("Gold is set to rise 10% next year.")] != ["ytd"]


def test_the_year_so_far_is_graded_not_the_session() -> None:
    days = pd.date_range("2024-12-20", "2025-12-26")
    btc = pd.Series(100.0, index=days)
    btc[btc.index >= "2025-01-01"] = 93.0  # down 7% on the year, flat on the day
    checked = check_claims(
        extract_claims("Bitcoin is headed to end the year down about 7%."),
        pd.Timestamp("2025-12-26"),
        Market({"btc": btc}),
    )
    assert [c.status for c in checked if c.claim.kind == "percent"] == ["confirmed"]
