"""A sentence whose subject is a pronoun keeps the subject it stands for, whatever asset it
names later as an object: "Its market value then passed that of silver. Its yearly
result sits in the red at some 7%" is still bitcoin's. The colour of a figure
("in the red at 7%", "in the green by 3%") is its direction."""

from __future__ import annotations

import pytest

from tests.claims.extracted import moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bitcoin topped $126,000 in October. Its market value then passed that of silver. "
            "Its yearly result sits in the red at some 7%.",
            ("btc", "down", 7.0),
        ),
        (
            "Ether rallied in August. It later traded above gold's pace. It is in the green by "
            "3% this week.",
            ("eth", "up", 3.0),
        ),
    ],
)
def test_a_pronoun_subject_keeps_its_asset(text: str, expected: tuple[str, str, float]) -> None:
    assert moves(text)[-1] == expected


def test_a_named_subject_still_takes_over() -> None:
    text = "Bitcoin slid in October. Silver then rose 4% in November."
    assert moves(text)[-1] == ("silver", "up", 4.0)
