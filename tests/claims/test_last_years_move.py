"""A move owned by "last year" ("adding to last year's 27% gain") is graded over the calendar
year before the article's, not over a default span."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.pct, c.window) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 extended last year's 24% jump.", [(24.0, "calyear:last")]),
        (
            "Gold is up 4% this year, adding to last year's 27% gain.",
            [(4.0, "ytd"), (27.0, "calyear:last")],
        ),
    ],
)
def test_last_years_move_is_the_calendar_year_before(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert _windows(text) == expected


def test_last_years_without_a_figure_leaves_the_sentence_alone() -> None:
    assert _windows("Last year's rally was strong; gold rose 2% today.") == [(2.0, "day")]
