"""A bare move verb told as a turn within the session ("recovered from early losses",
"eased from the session's highs") states no direction for the day; the same verb with a
day of its own ("recovered on Tuesday") still does."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Gold and silver prices recovered from early losses today, but face a weekly drop.",
        "Platinum rebounded after its initial declines on Thursday.",
        "Gold eased from the session's highs on Wednesday.",
    ],
)
def test_a_turn_within_the_session_is_no_day_move(text: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.kind == "move"], claims


def test_a_plain_recovery_is_still_a_day_move() -> None:
    claims = extract_claims("Silver recovered on Tuesday.").claims
    assert [(c.asset, c.op) for c in claims if c.kind == "move"] == [("silver", "up")]
