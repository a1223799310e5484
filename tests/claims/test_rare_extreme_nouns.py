"""Records told with the rarer nouns of a peak or a trough ("a three-year pinnacle", "a
four-month nadir", "its highest mark since 2021", "the lowest print in a year"), and the
value after such a noun read as the day's level when the move ended at it."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels as _levels
from tests.claims.extracted import records as _records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dollar index jumped to a three-year pinnacle of 109 on Tuesday.", "last:3:year"),
        ("Ether sank to a four-month nadir of $1,480.", "last:4:month"),
        ("Gold's 18-month summit came on Thursday as buyers piled in.", "last:18:month"),
        ("Bitcoin Hits 7-Week Zenith as ETF Bids Return", "last:7:week"),
        ("The VIX closed at its highest mark since May 2021.", "since:May 2021"),
        ("Silver settled at the lowest print in a year, traders said.", "last:1:year"),
        ("The S&P 500 logged its highest finish since February.", "since:February"),
        ("Spot silver ended at its lowest settlement since 2022.", "since:2022"),
        ("Gold slipped to a fresh nadir on Monday.", None),
    ],
)
def test_rare_extreme_nouns_are_records(text: str, expected: str | None) -> None:
    """Each phrasing is one record of the named asset over its span (a fresh nadir: ever);
    nadir and trough-like words and "lowest" give the low side."""
    found = _records(text)
    assert len(found) == 1, found
    asset, side, window = found[0]
    assert asset in {"dxy", "eth", "gold", "btc", "vix", "silver", "spx"}
    low = any(w in text.lower() for w in ("nadir", "lowest"))
    assert side == ("low" if low else "high")
    if expected is not None:
        assert window == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dollar index surged to a two-year pinnacle of 108.4.", [("dxy", 108.4)]),
        ("Ether slid to a six-month nadir of $1,540 on Friday.", [("eth", 1540.0)]),
        # a span's extreme the price is measured from: no level of the day
        ("Ether is 25% above its 52-week nadir of $1,540.", []),
    ],
)
def test_rare_extreme_value_is_the_day_level(text: str, expected: list[tuple[str, float]]) -> None:
    """A move that ended at the extreme gives its value as the level; a distance from it does
    not."""
    assert [lv for lv in _levels(text) if lv[0] in ("dxy", "eth")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The summit of central bankers met in Basel on Tuesday.",  # no asset, no span
        "Gold demand reached its highest mark since 2019, the council said.",  # a quantity's
        "Bitcoin could rally to a two-year pinnacle if flows return.",  # not yet
        # "values" of a year may be its gains: too loose for a price record
        "Gold ended a banner 2024 with its highest values since 1980, by yearly gain.",
    ],
)
def test_rare_extreme_nouns_not_records(text: str) -> None:
    """A summit of people, a quantity's record and a hoped-for one are no price records."""
    assert _records(text) == []
