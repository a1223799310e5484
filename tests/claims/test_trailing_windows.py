"""A period named after a trailing clause's own figure is that figure's window only."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _windows(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.pct, c.window) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "day", "period", "window"),
    [
        (
            "Gold eased 0.7 percent in late trade, a slide of 2.2 percent over the week.",
            0.7,
            2.2,
            "week",
        ),
        ("Gold rose 0.4%, putting it up 2.5% for the week.", 0.4, 2.5, "wtd"),  # calendar week
        ("Bitcoin fell 2% to $60,000, down 9% on the week.", 2.0, 9.0, "week"),
        ("Ether lost 3%, leaving it 12% lower over the past month.", 3.0, 12.0, "month"),
        ("The S&P 500 added 0.3%, on track for a 2% gain this week.", 0.3, 2.0, "wtd"),
        ("Silver slipped 1.1%, bringing its loss to 4% over the past week.", 1.1, 4.0, "week"),
    ],
)
def test_the_first_figure_keeps_its_own_day(
    text: str, day: float, period: float, window: str
) -> None:
    got = _windows(text)
    assert any(p == day and w in (None, "day") for p, w in got)  # its day, not the week
    assert (period, window) in got


@pytest.mark.parametrize(
    "text",
    ["Gold rose 2% and silver gained 3% this week.", "Gold rose 2%, silver gained 3% this week."],
)
def test_a_shared_window_of_a_list_still_holds_for_all(text: str) -> None:
    assert all(w == "wtd" for _, w in _windows(text))  # "this week": the calendar week
