"""A record rally or run that is only the subject of its causes ("is linked to", "has been
driven by") states no record; the same noun told as an event still does."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Silver's record run is linked to strong solar demand.",
        "Gold's record rally has been driven largely by central bank buying.",
        "Platinum's record rally stems from a supply deficit.",
    ],
)
def test_record_course_told_with_its_causes_is_no_record(text: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.kind == "record"], claims


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Bitcoin's record rally continued on Tuesday.", "btc"),
        ("Gold extended its record run on Monday, driven by central bank buying.", "gold"),
    ],
)
def test_record_course_told_as_an_event_stays(text: str, asset: str) -> None:
    claims = extract_claims(text).claims
    assert [c.asset for c in claims if c.kind == "record"] == [asset], claims
