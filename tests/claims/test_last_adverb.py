"""The wire idiom "was last up", "last traded at" says the latest quote, not a time of its
own: the sentence keeps the day the sentence before it named (a day-by-day recap names
the day once, then quotes prices)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims

#: (text, weekday of the second sentence's claims): own wording in wire and recap styles.
CARRIED = [
    ("Gold climbed on Tuesday as the dollar eased. Spot gold was last up 0.4% at $3,350.", 1),
    ("Silver jumped Wednesday. July silver was last seen at $36.70, up 1.2%.", 2),
    ("Bitcoin slid on Thursday on tariff fears. It last traded at $94,000.", 3),
    ("Gold fell on Monday. August gold was last down $12 at $3,320.", 0),
    ("The dollar firmed Friday. The index was last quoted at 99.4.", 4),
    ("Gold edged up on Tuesday. Futures last changed hands at $3,350.", 1),
]


@pytest.mark.parametrize(("text", "weekday"), CARRIED)
def test_the_latest_quote_keeps_the_day_before(text: str, weekday: int) -> None:
    ex = extract_claims(text)
    second = [c for c in ex.claims if c.sentence == 1]
    assert second, ex.claims
    assert all(c.when == ("weekday", weekday) for c in second), second


@pytest.mark.parametrize(
    "text",
    [
        "Gold fell on Monday. Last week it had risen 2% to $3,400.",
        "Gold rose on Monday. Silver hit $38 last month.",
    ],
)
def test_last_as_a_time_still_stops_the_carry(text: str) -> None:
    ex = extract_claims(text)
    assert all(c.when != ("weekday", 0) for c in ex.claims if c.sentence == 1), ex.claims
