"""A move from a peak told with the month after it ("since its record ... in May")."""

from __future__ import annotations

import pytest

from leadwatch.claims.windows import window_near


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        (
            "Ether is down more than 30% since hitting a record high above $4,800 in November.",
            "peak:in:November",
        ),
        ("Ether fell 30% from its peak of $4,800 in August 2025 to $3,000.", "peak:in:August 2025"),
        # no month: the peak of the recent past
        ("Ether is down 30% from its record high in just two weeks.", "peak"),
    ],
)
def test_peak_month_after(sentence: str, window: str) -> None:
    assert window_near(sentence, sentence.index("30%")) == window
