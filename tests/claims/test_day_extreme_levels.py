"""A day's high or low told with its value and its date ("slid to a low of $1,640 on
June 3"): graded against that day's extreme, not its close (hand-written phrasings, round 28)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.asset, c.level, c.window) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ether touched a low of $1,640 on June 22.", ("eth", 1640.0, "ext:low:day:6:22:0")),
        (
            "Silver set an intraday high of $38.10 on July 14, 2025.",
            ("silver", 38.1, "ext:high:day:7:14:2025"),
        ),
        (
            "Bitcoin marked a session low of $74,500 on April 7.",
            ("btc", 74500.0, "ext:low:day:4:7:0"),
        ),
    ],
)
def test_a_dated_days_extreme_is_that_days(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ether dropped to $1,640 on June 22.",  # a price, not the day's extreme
        "Ether touched a low of $1,640 on Tuesday.",  # no date: graded as before
    ],
)
def test_no_day_extreme_without_an_extreme_and_a_date(text: str) -> None:
    assert not [w for _, _, w in _levels(text) if (w or "").startswith("ext:")]
