"""A level told as the extreme of the week or month the article closes ("a weekly high of
$X", "the week's low at $X"): a level of some day of that period, not of the article's
day (hand-written phrasings, round 28)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.asset, c.level, c.window) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over the period BTC set a weekly high of $71,020.5 and a weekly low of $63,900.0.",
            [("btc", 71020.5, "ext:high:within:8:day"), ("btc", 63900.0, "ext:low:within:8:day")],
        ),
        (
            "Gold set the week's low at $4,010 before it recovered.",
            [("gold", 4010.0, "ext:low:within:8:day")],
        ),
        (
            "Ether printed a monthly high of $2,210.40 and then slid.",
            [("eth", 2210.4, "ext:high:within:32:day")],
        ),
    ],
)
def test_a_period_extreme_is_a_level_of_that_period(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _levels(text) == expected


def test_a_plain_high_stays_a_level_of_its_day() -> None:
    assert _levels("Bitcoin hit a high of $71,020 on Tuesday.") == [("btc", 71020.0, None)]


def test_a_period_extreme_said_of_a_named_day_stays_that_days() -> None:
    found = _levels("Gold closed on Friday at a new weekly high at $3,310.20.")
    assert found == [("gold", 3310.2, None)]
