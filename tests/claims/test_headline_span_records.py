"""A headline's record with a span ("Presses 14-Month High") is not restated by a body
record of another span ("its 52-week high of 101.32"); one of the same kind and span is."""

from __future__ import annotations

from tests.claims.extracted import records


def test_a_headline_span_record_with_another_span_in_the_body_stays() -> None:
    text = (
        "Silver and Copper Extend Losses as Dollar Presses 14-Month High\n---\n"
        "The dollar was near its 52-week high of 101.32 on Monday.\n"
    )
    assert records(text) == [("dxy", "high", "last:14:month"), ("dxy", "high", "last:52:week")]


def test_a_headline_record_the_body_tells_again_is_the_body_s() -> None:
    text = "Gold Hits a Record High\n\nGold rose to a record high of $4,200 on Monday.\n"
    assert [r[0] for r in records(text)] == ["gold"]


def test_a_headline_span_record_the_body_tells_with_another_span_is_the_body_s() -> None:
    text = (
        "Silver Jumps to Highest Level in 14 Years\n\n"
        "On Tuesday silver reached its highest price in more than a decade.\n"
    )
    assert records(text) == [("silver", "high", "last:10:year")]


def test_a_headline_span_record_the_body_values_is_the_body_s() -> None:
    text = "Silver Jumps to a 14-Year High\n\nSilver rose on Monday to a 14-year high of $38.\n"
    assert records(text) == [("silver", "high", "last:14:year")]
