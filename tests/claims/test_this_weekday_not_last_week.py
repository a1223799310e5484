"""A weekday said as "this Monday", or a sentence whose "last week" is the time of the
figure a move is compared with ("up from $29 at the start of last week"), opens no narrative
of last week: its weekday is the article's own week's (round 33)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _marked(text: str) -> list[bool]:
    return [
        "last_week" in c.qualifiers
        for c in extract_claims(text).claims
        if c.kind == "level" and c.when is not None and c.when[0] == "weekday"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Platinum rose to $1,010 this Tuesday, up from $960 at the start of last week.",
        "Ether hit $3,400 on Thursday, up from $3,050 at the end of last week.",
        "Copper slid last week. This Wednesday silver traded at $27.40.",
    ],
)
def test_this_week_s_weekday_is_not_moved_to_last_week(text: str) -> None:
    assert _marked(text) == [False]


def test_a_narrative_of_last_week_still_moves_its_weekdays() -> None:
    assert _marked("Silver opened last week at $27.10. On Tuesday it touched $28.30.") == [True]
