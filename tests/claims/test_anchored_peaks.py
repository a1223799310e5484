"""A move from a named past peak, with the peak's price, month or year written between
("64% off its ~$4,900 August 2025 top"): the move runs from that month's top, and
the stated top is a record of that month, graded there (not against today's price)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _found(text: str) -> set[tuple[str, str | None, float | None, str | None]]:
    return {
        (c.kind, c.asset, c.pct if c.kind == "percent" else c.level, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("percent", "record")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # crypto site: price and month-year between
            "Ether rose to $1,800 but is still down 64% from its ~$5,000 August 2025 peak.",
            {
                ("percent", "eth", 64.0, "peak:in:August 2025"),
                ("record", "eth", 5000.0, "peak:at:mon:8:2025:"),
            },
        ),
        (  # wire: below, month and year
            "Bitcoin sits 30% below its October 2025 peak.",
            {("percent", "btc", 30.0, "peak:in:October 2025")},
        ),
        (  # blog: "off", a hedge word before the price
            "Silver, off 20% from its roughly $54 November high, steadied.",
            {
                ("percent", "silver", 20.0, "peak:in:November"),
                ("record", "silver", 54.0, "peak:at:mon:11:0:"),
            },
        ),
        (  # newsletter: "top", past tense verb
            "Gold has slid 12% off its $4,380 April top.",
            {
                ("percent", "gold", 12.0, "peak:in:April"),
                ("record", "gold", 4380.0, "peak:at:mon:4:0:"),
            },
        ),
        (  # bank note: "under", year after the month
            "The S&P 500 is 10% under its February 2025 high.",
            {("percent", "spx", 10.0, "peak:in:February 2025")},
        ),
        (  # desk note: the record named by its value
            "Ether has fallen 40% from the ~$4,950 record.",
            {("percent", "eth", 40.0, "peak"), ("record", "eth", 4950.0, "peak:at")},
        ),
    ],
)
def test_moves_from_a_named_past_peak(
    text: str, expected: set[tuple[str, str, float, str]]
) -> None:
    assert expected <= _found(text)


def _eth() -> pd.Series:
    """A top of 5,000 in August 2025, a lower one of 3,000 in January 2026, 1,750 now."""
    days = pd.date_range("2025-01-01", "2026-06-22")
    values = pd.Series(2500.0, index=days)
    values.loc["2025-08-24"] = 5000.0
    values.loc["2026-01-15"] = 3000.0
    values.loc["2026-06-01":] = 1750.0
    return values


def _statuses(text: str) -> dict[str, str]:
    day, market = pd.Timestamp("2026-06-22"), Market({"eth": _eth()})
    checked = check_claims(extract_claims(text), day, market)
    return {c.claim.kind: c.status for c in checked if c.claim.kind in ("percent", "record")}


def test_the_written_year_places_the_peak() -> None:
    stated = _statuses("Ether is down 64% from its August 2025 peak.")
    assert stated["percent"] == "confirmed"
    later = _statuses("Ether is down 64% from its January 2026 peak.")  # 3,000 -> 1,750: -42%
    assert later["percent"] == "contradicted"


def test_the_stated_peak_is_graded_in_its_month_not_against_today() -> None:
    right = _statuses("Ether is down 64% from its ~$5,000 August 2025 peak.")
    assert right["record"] == "confirmed"
    wrong = _statuses("Ether is down 64% from its ~$6,000 August 2025 peak.")
    assert wrong["record"] == "contradicted"
