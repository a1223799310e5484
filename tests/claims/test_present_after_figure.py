"""A price followed by words of the present ("at $2,327 at the time of writing", "at $35.10
currently") is today's, even where another figure of the sentence is yesterday's; a figure
with its own day word keeps it."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _whens(text: str) -> dict[float, object]:
    return {c.level: c.when for c in extract_claims(text).claims if c.kind == "level" and c.level}


@pytest.mark.parametrize(
    ("text", "now"),
    [
        (
            "Gold dipped to a low of $2,296 yesterday, but bounced to trade at $2,327 "
            "at the time of writing.",
            2327.0,
        ),
        ("Silver sank to $34.20 yesterday and stands at $35.10 currently.", 35.1),
    ],
)
def test_a_present_price_is_not_yesterdays(text: str, now: float) -> None:
    whens = _whens(text)
    assert whens[now] is None
    assert ("yesterday", 1) in whens.values()


def test_a_price_of_its_own_day_stays() -> None:
    whens = _whens("Gold dipped to a low of $2,296 yesterday before a rebound.")
    assert whens == {2296.0: ("yesterday", 1)}
