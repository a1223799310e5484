"""A past top named with its value after the noun ("toward its all-time high of $4,870",
"some way off its 2011 peak of $48.70") is that top's value, not today's price
(hand-written phrasings: crypto briefs, dealers' notes, weekly columns)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str | None, float | None, str | None]]:
    return [(c.kind, c.asset, c.level, c.window) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    ("text", "asset", "value"),
    [
        ("Ether has been edging toward its all-time high of $4,870.", "eth", 4870.0),
        ("Bitcoin is approaching its record high of $109,000 again.", "btc", 109000.0),
        ("Gold sits just shy of its all-time high of $2,790.", "gold", 2790.0),
        ("Silver remains some way off its 2011 peak of $48.70.", "silver", 48.7),
        ("Silver is still well short of its 1980 high of $49.45.", "silver", 49.45),
        ("Bitcoin is nearing its March peak of $73,800.", "btc", 73800.0),
    ],
)
def test_a_named_past_top_is_no_price_of_today(text: str, asset: str, value: float) -> None:
    found = _claims(text)
    assert ("level", asset, value) not in {(k, a, v) for k, a, v, _ in found}
    assert any(k == "record" and a == asset and v == value for k, a, v, _ in found)


def test_a_year_named_with_the_top_is_its_window() -> None:
    found = _claims("Silver remains some way off its 2011 peak of $48.70.")
    assert ("record", "silver", 48.7, "peak:at:year:2011") in found


@pytest.mark.parametrize(
    ("text", "asset", "value"),
    [
        (
            "Gold rose 0.3% to $2,336, after peaking at an eye-watering $2,378 earlier.",
            "gold",
            2378.0,
        ),
        ("Bitcoin changed hands at a hefty $71,200 on Monday.", "btc", 71200.0),
        ("Silver hit a whopping $35.10 before easing.", "silver", 35.1),
        ("Ether reached an impressive $4,050 late on Friday.", "eth", 4050.0),
    ],
)
def test_an_adjective_before_a_price_keeps_the_level(text: str, asset: str, value: float) -> None:
    assert any(a == asset and v == value for _, a, v, _ in _claims(text))
