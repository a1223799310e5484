"""A sentence that names its span only by pointing back ("during the same period", "over
that stretch") tells its moves over the window of the sentence right before."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Silver rose 4% in June, lifting its year-to-date gain to 41%. "
            "During the same period, copper's advance was close to 19%.",
            "ytd",
        ),
        ("Ether slid 13% over the past week. Over that stretch, bitcoin shed 6%.", "week"),
    ],
)
def test_a_pointing_sentence_takes_the_window_before(text: str, window: str) -> None:
    claims = [c for c in extract_claims(text).claims if c.sentence == 1 and c.pct is not None]
    assert claims and claims[0].window == window, claims


def test_no_windowed_move_before_leaves_the_move_alone() -> None:
    text = "Ether traders were nervous. During the same period, bitcoin shed 6%."
    claims = [c for c in extract_claims(text).claims if c.pct is not None]
    assert claims and claims[0].window is None, claims
