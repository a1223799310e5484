"""Record wordings that tell a relative span or an intraday record in other words: "a new
low in more than N months" (a relative record, not an all-time one), "the lowest we've
witnessed since way back in <period>" (the period is the span's start, not the record's day) and
"a new intra day high" (the two words apart)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.model import Claim


def _records(text: str) -> list[Claim]:
    return [c for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "asset", "window"),
    [
        ("Silver dipped to $21.40, a new low in more than five months.", "silver", "last:5:month"),
        ("Ether slid on Monday to a fresh low in three weeks.", "eth", "last:3:week"),
        ("Gold climbed to a new high since March.", "gold", "since:March"),
    ],
)
def test_a_new_record_with_a_span_after_it_is_relative(text: str, asset: str, window: str) -> None:
    (c,) = _records(text)
    assert (c.asset, c.window) == (asset, window)


def test_a_new_record_without_a_span_stays_all_time() -> None:
    (c,) = _records("Bitcoin reached a new high in the session on Friday.")
    assert c.window is None


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Bitcoin fell hard. It is the lowest we've witnessed since way back in March 2023.",
            "since:March 2023",
        ),
        ("Gold rose to its highest level since back in 2011.", "since:2011"),
    ],
)
def test_since_way_back_in_is_the_span_start(text: str, window: str) -> None:
    (c,) = _records(text)
    assert c.window == window and c.when is None


def test_the_lowest_we_have_seen_this_year() -> None:
    (c,) = _records("Gold slid to $1,720, the lowest we have seen this year.")
    assert (c.asset, c.op, c.window) == ("gold", "low", "ytd")


@pytest.mark.parametrize(
    "text",
    ["Bitcoin rose 2% touching a new intra day high.", "Ether set a new intra-day high today."],
)
def test_intra_day_written_apart_is_a_record(text: str) -> None:
    (c,) = _records(text)
    assert c.op == "high" and c.window is None


@pytest.mark.parametrize(
    "text",
    [
        "Ether climbed, setting an all-time intraday high.",
        "Bitcoin rose and hit a new intra day high.",
    ],
)
def test_an_intraday_record_keeps_the_day_move(text: str) -> None:
    kinds = sorted(c.kind for c in extract_claims(text).claims)
    assert kinds == ["move", "record"]


def test_a_closing_record_still_tells_the_move() -> None:
    kinds = [c.kind for c in extract_claims("Ether climbed to a record high.").claims]
    assert kinds == ["record"]


@pytest.mark.parametrize(
    ("text", "op"),
    [
        (
            "Ether sits near $1,900 after a daily low of $1,800, a level not seen since May.",
            "low",
        ),
        ("Silver touched an intraday high of $35, a level not seen since 2012.", "high"),
        ("Gold fell from a high of $2,100 to levels not seen since May.", "low"),
    ],
)
def test_a_touched_extreme_gives_the_side_of_a_level_not_seen(text: str, op: str) -> None:
    spans = [c for c in _records(text) if (c.window or "").startswith("since:")]
    assert [c.op for c in spans] == [op]
