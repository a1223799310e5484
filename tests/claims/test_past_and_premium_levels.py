"""A price told of a past moment ("Back then, prices were around $1,300 compared with
$5,000 today") is no level of today, but the one compared with it today is; a premium or
a discount in dollars is no price ("a $100 premium over London")."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[float | None]:
    return [c.level for c in extract_claims(text).claims if c.kind == "level"]


def test_a_price_back_then_is_no_level_of_today() -> None:
    text = "Back then, the charts show, gold was near $1,250, compared to $4,980 today."
    assert _levels(text) == [4980.0]


def test_a_price_at_the_time_of_writing_is_todays() -> None:
    assert _levels("At the time of writing, bitcoin is trading at $98,250.") == [98250.0]


@pytest.mark.parametrize(
    "text",
    ["Indian dealers charged gold buyers a $45 premium.", "Gold sold at a $12 discount in Dubai."],
)
def test_a_premium_or_a_discount_is_no_price(text: str) -> None:
    assert _levels(text) == []
