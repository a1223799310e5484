"""A month's close told by a noun ("June close 5,460.48", "May closing level was ...",
"April month-end close $2,286.25") is a level at that month's close (window ``end:M:N``);
a percentage after the noun is a move, never a level."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "level", "window"),
    [
        ("- S&P 500 (Price Index): June close 5,460.48, +3.5% M/M", "spx", 5460.48, "end:M:6"),
        ("The S&P 500's May closing level was 5,277.51.", "spx", 5277.51, "end:M:5"),
        ("Gold: April month-end close $2,286.25", "gold", 2286.25, "end:M:4"),
    ],
)
def test_month_close_noun_is_a_month_end_level(
    text: str, asset: str, level: float, window: str
) -> None:
    claims = extract_claims(text).claims
    levels = [(c.asset, c.level, c.window) for c in claims if c.kind == "level"]
    assert levels == [(asset, level, window)], claims


def test_month_close_with_a_percentage_is_no_level() -> None:
    claims = extract_claims("The S&P 500 June close +3.5%").claims
    assert not [c for c in claims if c.kind == "level"], claims
