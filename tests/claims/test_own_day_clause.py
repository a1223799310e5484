"""A figure whose own clause puts it on a day ("..., before falling 4.4% to $48.10 on
October 17") is that day's move, not the move of a span another clause names."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.pct, c.window) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "Silver rose early in the week before falling 4.4% to $48.10 on October 17.",
        "Gold climbed mid-week (October 15-16) before easing 1.9% to $4,180 on October 17.",
        "Ether gained over the month, before tumbling 7% to $2,900 on Friday.",
        "Bitcoin rallied in the first half of the week, but slid 3% yesterday.",
    ],
)
def test_a_figure_on_its_own_day_takes_no_other_clauses_span(text: str) -> None:
    [(_, window)] = _moves(text)
    assert window in (None, "day")


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver fell 4.4% this week to $48.10 on Friday.", "week"),  # its own clause's span
        (  # a date after "through" ends the span: the opening "since" stays its start
            "Since setting a record close on March 3, 2025, the S&P 500 has dropped 12.1% "
            "through April 4, 2025.",
            "peak",
        ),
    ],
)
def test_a_span_of_the_figures_own_clause_stays(text: str, window: str) -> None:
    assert [w for _, w in _moves(text)] == [window]
