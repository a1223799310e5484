"""Round 25: "a record-breaking year", "a record-setting week" rate a period's gains, not
a price record of the day (they were read as a record high on the sentence's weekday,
which dated a story about the first session of a year into the year before); a
record-breaking price or high is still a record."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Platinum edged higher on Thursday after a record-breaking year in 2025.",
        "Copper rose on Tuesday, following a record-setting month for the metal.",
        "Ether gained on Friday, capping a record-breaking quarter.",
        "Palladium slips on Monday after record-setting 2024",
    ],
)
def test_a_record_breaking_period_is_no_price_record(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    "text",
    [
        "Silver hit a record-breaking high on Monday.",
        "Gold extended its record-setting rally on Tuesday.",
    ],
)
def test_a_record_breaking_high_is_still_a_record(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "record"]
