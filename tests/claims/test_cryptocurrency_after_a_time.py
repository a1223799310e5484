"""A sentence that opens with a time ("By early afternoon, ...", "Later, ...") and then
names its subject as "the cryptocurrency": the coin carried from before quotes the level
(hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "level"),
    [
        (
            "Bitcoin sagged on Tuesday. By early afternoon, the cryptocurrency sat near $81,450.",
            81450.0,
        ),
        ("Bitcoin sagged on Tuesday. Later, the cryptocurrency hovered at $80,900.", 80900.0),
        ("Ether jumped on Friday. By the close, the cryptocurrency stood at $3,120.", 3120.0),
    ],
)
def test_the_cryptocurrency_after_a_time_is_the_carried_coin(text: str, level: float) -> None:
    levels = [c.level for c in extract_claims(text).claims if c.kind == "level"]
    assert levels == [level]


def test_another_subject_after_a_time_keeps_the_figure() -> None:
    text = "Bitcoin sagged on Tuesday. By early afternoon, mortgage rates stood at 6.9%."
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]
