"""A clause that opens with its own day after a conjunction (", while as of Friday, it ...")
takes that day, not a month named in the clause before."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "value", "when"),
    [
        (
            "Ether peaked in August at $4,900, while as of Friday, it stood near $2,950.",
            2950.0,
            ("weekday", 4),
        ),
        (
            "Gold peaked in April at $3,500, whereas on Thursday, it closed near $3,310.",
            3310.0,
            ("weekday", 3),
        ),
    ],
)
def test_a_day_fronting_the_second_clause_dates_its_level(
    text: str, value: float, when: tuple[str, object]
) -> None:
    got = {(c.level, c.when) for c in extract_claims(text).claims if c.kind == "level"}
    assert (value, when) in got


def test_a_which_aside_keeps_its_own_day() -> None:
    text = "Gold, which touched $5,600 on Thursday, has fallen 12% to $4,718 in January."
    got = {(c.level, c.when) for c in extract_claims(text).claims if c.kind == "level"}
    assert (4718.0, ("month", (0, 1))) in got and (5600.0, ("weekday", 3)) in got
