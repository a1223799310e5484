"""Past extremes told as chart references by their day or year ("the March 12 daily low at
$2,650", "its 2024 low of $2,100") are levels (records) of that day (year), graded there."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _refs(text: str) -> list[tuple[str, str | None, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.level, c.window)
        for c in extract_claims(text).claims
        if (c.window or "").startswith("ext:")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold could fall to the Feb. 9 daily low at $2,850.",
            ("level", "gold", 2850.0, "ext:low:day:2:9:0"),
        ),
        (  # its role between the reference and the price
            "Ether is near $2,300, with the March 12 daily low being the next support at $2,100.",
            ("level", "eth", 2100.0, "ext:low:day:3:12:0"),
        ),
        (  # a day with its year, a high
            "Silver retreated from the May 3, 2024 high of $31.50.",
            ("level", "silver", 31.5, "ext:high:day:5:3:2024"),
        ),
        (  # a year's extreme: a record of that year with its value
            "Ether is near its 2024 low of $2,100.",
            ("record", "eth", 2100.0, "ext:low:year:2024"),
        ),
        (  # an aside names the year: the nearest reference wins
            "Ether slid toward the March 12 low \u2013 marked as the 2024 yearly low \u2013"
            " at $2,100.",
            ("record", "eth", 2100.0, "ext:low:year:2024"),
        ),
    ],
)
def test_a_dated_extreme_is_a_level_of_that_time(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    assert _refs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Gold hit $2,850 on Friday.",  # no reference
        "Ether fell below the 2024 high, trading at $2,100.",  # the price is today's
        "Gold rose 2% on March 12 after a low of 4%.",  # no price
    ],
)
def test_other_prices_stay_as_they_were(text: str) -> None:
    assert _refs(text) == []


def test_the_2024_yearly_low_is_no_record_of_this_year() -> None:
    claims = extract_claims("Ether is near $2,300, above the 2024 yearly low at $2,100.").claims
    assert [(c.kind, c.window) for c in claims if c.kind == "record"] == [
        ("record", "ext:low:year:2024")
    ]


def _eth() -> pd.Series:
    """2,000 in 2024 with one dip to 1,500 on 2024-03-12; 3,000 from 2025."""
    days = pd.date_range("2024-01-01", "2025-06-30")
    values = pd.Series(3000.0, index=days)
    values.loc[:"2024-12-31"] = 2000.0
    values.loc["2024-03-12"] = 1500.0
    return values


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Ether could slide to the March 12, 2024 low at $1,510.", "confirmed"),
        ("Ether could slide to the March 12, 2024 low at $1,900.", "contradicted"),
        ("Ether sits well above its 2024 low of $1,500.", "confirmed"),
        ("Ether sits well above its 2024 low of $2,000.", "contradicted"),
    ],
)
def test_graded_on_the_time_named(text: str, status: str) -> None:
    market = Market({"eth": _eth()})
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-06-30"), market)
    assert [c.status for c in checked if (c.claim.window or "").startswith("ext:")] == [status]
