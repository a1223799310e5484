"""A weekday of an event to come is not the day the next sentences' moves were made."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _whens(text: str, asset: str) -> list[object]:
    return [c.when for c in extract_claims(text).claims if c.asset == asset and c.kind == "percent"]


@pytest.mark.parametrize(
    "ahead",
    [
        "Futures traders see a 70% chance of a quarter-point cut by the Fed on Thursday.",
        "Analysts expect the central bank to hold rates steady on Thursday, with guidance eyed.",
        "Markets are focused on the jobs data due out on Thursday morning in Washington.",
    ],
)
def test_a_day_to_come_is_not_carried(ahead: str) -> None:
    text = f"Markets Report\n\n{ahead} The S&P 500 finished 0.4% higher in quiet trade."
    assert _whens(text, "spx") == [None]


def test_a_past_day_is_still_carried() -> None:
    text = (
        "Markets Report\n\nStocks slipped on Thursday after the jobs data, and analysts expect "
        "more. The S&P 500 finished 0.4% lower in thin trade."
    )
    assert _whens(text, "spx") == [("weekday", 3)]
