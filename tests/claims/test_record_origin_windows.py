"""Record windows told as the asset's origin ("since its launch in 2015": all time) or as a
span back ("less than two weeks ago": any day of it) (hand-written phrasings)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import records


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Ether is down 15% since it set an all-time high less than three weeks ago.", "within:3"),
        ("Gold is down 6% since notching a record high under two months ago.", "within:2"),
        ("Ether is down 15% since setting a record high three weeks ago.", "ago:3"),
    ],
)
def test_a_record_less_than_a_span_ago_is_any_day_of_it(text: str, window: str) -> None:
    assert any(w is not None and w.startswith(f"past:{window}") for _, _, w in records(text))


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Ether closed at its highest since its launch in 2015.", None),
        ("Bitcoin rose above $150,000 for the first time since it was created in 2009.", None),
        ("Ether hit its highest level since its debut in 2015.", None),
        ("Silver traded at its highest since its 1980 peak.", "since:its 1980 peak"),
    ],
)
def test_a_record_since_the_assets_origin_is_of_all_time(text: str, window: str | None) -> None:
    assert [w for _, op, w in records(text) if op == "high"] == [window]
