"""A move beside a month ranked against the same month of other years ("its worst March in
years, with prices down 18%") is that month's move."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _whens(text: str) -> list[object]:
    return [c.when for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Silver is having its worst March in years, with prices down as much as 18%.", 3),
        ("Silver faces its worst March in a decade after an 18% drop.", 3),
        ("Gold heads for its best May since 2019, up 9%.", 5),
    ],
)
def test_the_move_is_the_ranked_months(text: str, month: int) -> None:
    assert _whens(text) == [("month", (0, month))]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Gold had its best May since 2019 and rose 3% on Tuesday.", ("weekday", 1)),  # own day
        ("Silver fell 18% on its worst March day.", None),  # no month ranked against years
    ],
)
def test_other_moves_keep_their_time(text: str, when: object) -> None:
    assert _whens(text) == [when]
