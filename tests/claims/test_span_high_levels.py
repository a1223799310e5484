"""A span record with its value and a past time ("a two-year high of 110.2 in January", "a
three-year high of 109.9 this year"): the record as it stands, and a level that is the high
(low) of that time (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _kinds(text: str) -> set[tuple[str, str | None, float | None, str | None]]:
    return {(c.kind, c.asset, c.level, c.window) for c in extract_claims(text).claims}


@pytest.mark.parametrize(
    ("text", "asset", "level", "window"),
    [
        (
            "The dollar index, which hit a two-year high of 109.6 this year, now sits at 99.",
            "dxy",
            109.6,
            "ext:high:yr:0:",
        ),
        ("Silver touched a 12-year high of $35.40 in March, then eased.", "silver", 35.4, None),
        ("Bitcoin hit a six-month low of $74,800 in April.", "btc", 74800.0, None),
    ],
)
def test_a_span_record_of_a_past_time_is_also_that_times_extreme(
    text: str, asset: str, level: float, window: str | None
) -> None:
    found = _kinds(text)
    assert any(k == "record" and a == asset for k, a, _, _ in found)
    levels = [w for k, a, x, w in found if k == "level" and a == asset and x == level]
    assert levels and (levels[0] or "").startswith("ext:")
    if window is not None:
        assert window in levels


@pytest.mark.parametrize(
    "text",
    [
        "Silver touched a 12-year high of $35.40 on Monday.",  # the day's record, no past time
        "Bitcoin traded at $97,000 this year.",  # no extreme named
    ],
)
def test_no_extreme_level_without_a_past_time_and_an_extreme(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if (c.window or "").startswith("ext:")]


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("On Tuesday the DXY reached a two-week high of 99.10.", "dxy", 99.1),
        ("Gold hit a nine-month high of $3,120 on Monday.", "gold", 3120.0),
    ],
)
def test_a_span_extreme_the_price_reached_is_also_the_days_level(
    text: str, asset: str, level: float
) -> None:
    found = _kinds(text)
    assert any(k == "record" and a == asset for k, a, _, _ in found)
    assert ("level", asset, level, None) in found
