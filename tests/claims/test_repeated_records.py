"""A record the opening sentence tells as one more of a run ("another all-time high, the
second in a week") is a claim of its own, not a summary of the body's record of the day."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _record_sentences(text: str) -> list[int]:
    return [c.sentence for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    "text",
    [
        "Silver hits new peak\nSilver set another all-time high for the third time in a week,"
        " traders said. Prices rose sharply. Later on, silver briefly touched a record high.",
        "Copper extends rally\nCopper reached a record high once more as supply fears grew."
        " Prices rose sharply. Later on, copper briefly touched a record high.",
    ],
)
def test_repeated_record_in_the_lede_stays(text: str) -> None:
    assert _record_sentences(text)[:1] == [1]


def test_plain_record_in_the_lede_is_the_bodys() -> None:
    text = (
        "Silver hits new peak\nSilver set an all-time high, traders said. Prices rose sharply."
        " Later on, silver briefly touched a record high."
    )
    assert 1 not in _record_sentences(text)
