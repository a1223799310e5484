"""A window that opens a later clause with its own figure is not an earlier figure's."""

from __future__ import annotations

import pytest

from leadwatch.claims.windows import window_near


@pytest.mark.parametrize(
    ("sentence", "figure", "window"),
    [
        ("Ether climbed 4.2% to $3,100 but on a weekly basis it is still off 1.7%.", "4.2", None),
        ("Ether climbed 4.2% to $3,100 but on a weekly basis it is still off 1.7%.", "1.7", "week"),
        ("Copper slipped 0.8%, while for the month it gained 6%.", "0.8", None),
        ("Copper slipped 0.8%, while for the month it gained 6%.", "6%", "calmonth:now"),
        # a window trailing a later clause's figure is shared: both moves are the week's
        ("Platinum added 3% and palladium 5% this week.", "3%", "week"),
        ("Platinum added 3% and palladium 5% this week.", "5%", "week"),
    ],
)
def test_window_of_a_later_clause(sentence: str, figure: str, window: str | None) -> None:
    assert window_near(sentence, sentence.index(figure)) == window
