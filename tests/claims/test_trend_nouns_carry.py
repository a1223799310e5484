"""A sentence opened by the trend of the last asset ("The upward trajectory continued,
culminating in a record of $X", "The correction deepened, dragging it to $X"): its figures
are that asset's (hand-written phrasings, round 28)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold rose. The upward trajectory continued, topping out at a fresh all-time high of "
            "$3,410 on June 12, 2025.",
            ("gold", 3410.0),
        ),
        ("Bitcoin slid. The correction deepened, dragging it to $98,000 on Friday.",
         ("btc", 98000.0)),
        ("Silver rose. The momentum held, lifting the price to $41.20 on July 14.",
         ("silver", 41.2)),
    ],
)  # fmt: skip
def test_a_trend_noun_carries_the_last_asset(text: str, expected: tuple[str, float]) -> None:
    assert expected in levels(text)


def test_another_subject_carries_nothing() -> None:
    assert levels("Gold rose. The committee met, noting a budget of $3,410 for June.") == []
