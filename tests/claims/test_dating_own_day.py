"""Dating round 16: a story that names its own day in its opening ("on Wednesday,
January 28") is written on that day, also when the day is that of a fresh record; a
weekday-dated day deeper in the text, or one looked back to, is no such evidence."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.textdates import text_evidence

_DAYS = pd.date_range("2026-01-27", periods=4)  # 27th .. 30th; the 28th is a Wednesday
_HEAD = "Metals rally on haven demand. Investors keep buying bullion. "


@pytest.mark.parametrize(
    "lead",
    [
        "Bullion set a new all-time peak in early trade Wednesday, January 28, above $5,300.",
        "Bitcoin hit a record on Wednesday, January 28, as buyers returned.",
        "On Wednesday, Jan. 28, gold set another record above $5,300.",
        "Gold rallied to a new peak Wednesday, January 28, extending its run.",
        "Silver touched a record high early Wednesday (January 28) in Asian trade.",
        "The dollar index slid on Wednesday, January 28th, while gold rose to $5,300.",
    ],
)
def test_the_opening_names_the_stories_own_day(lead: str) -> None:
    votes, why = text_evidence(extract_claims(_HEAD + lead), _DAYS)
    assert votes[1] > votes[2] > votes[3], why  # the 28th, then the day after, not later
    assert votes[1] > votes[0], why


@pytest.mark.parametrize(
    "text",
    [
        _HEAD + "Gold is up 20% since Wednesday, January 28, when it hit $5,300.",
        _HEAD + "It was quiet. Traders waited. Gold hit a record on Wednesday, January 28.",
    ],
)
def test_a_day_looked_back_to_or_told_later_is_no_own_day(text: str) -> None:
    votes, why = text_evidence(extract_claims(text), _DAYS)
    assert votes[1] <= votes[2], why
