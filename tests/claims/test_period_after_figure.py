"""A calendar period right after a figure is that figure's window, even where the same digits
end an earlier figure of the sentence ("5% last year" after "+45%", "3% last year" after
"13%"): each figure is found on its own, not inside a longer number."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> list[tuple[str, str | None]]:
    return [(c.words, c.window) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver returned +45% in 2024 and is up 8% in 2025, while ether declined 5% last year.",
            [("45%", "cal:2024"), ("8%", "cal:2025"), ("5%", "calyear:last")],
        ),
        (
            "Gold added 12% in 2025 and 1.2% in 2024, while the dollar lost 2% last month.",
            [("12%", "cal:2025"), ("1.2%", "cal:2024"), ("2%", "calmonth:last")],
        ),
        ("Ether is up 13% this week and 3% last year.", [("13%", "week"), ("3%", "calyear:last")]),
    ],
)
def test_a_period_right_after_a_figure_is_its_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _windows(text) == expected
