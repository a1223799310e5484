"""Dating evidence that is not a price's: an event's rarity, a headline's day, a year seen."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.headlinedays import headline_day_votes
from leadwatch.claims.seenyears import seen_before
from leadwatch.claims.unseenevents import event_record
from leadwatch.claims.yearfloors import year_floor_votes
from leadwatch.claims.yearhints import year_votes

EVENTS = [
    ("Ether posted a fifth weekly loss in a row, a rare event not seen in 400 days.", True),
    ("Copper fell for six straight sessions, a streak last seen in 2019.", True),
    ("The index dropped nine days running, a sequence never seen since 2008.", True),
    ("Ether slid to levels not seen in over 400 days.", False),
    ("Copper sank to a price last seen in 2019.", False),
]


@pytest.mark.parametrize(("sentence", "event"), EVENTS)
def test_an_event_not_seen_in_a_while_is_no_price_record(sentence: str, event: bool) -> None:
    at = max(sentence.find(" not seen"), sentence.find(" last seen"), sentence.find(" never"))
    assert event_record(sentence, sentence[at + 1 : -1]) is event


@pytest.mark.parametrize(("sentence", "event"), EVENTS[:1] + EVENTS[3:4])
def test_an_event_record_does_not_date_the_article(sentence: str, event: bool) -> None:
    ex = extract_claims(sentence)
    records = [c for c in dating_claims(ex) if c.kind == "record"]
    assert bool(records) is not event


HEADLINES = [
    ("May 14th Crypto Digest | Ether steadies\n\nEther rose.", "2025-05-14"),
    ("Jan. 7: Metals Wrap\n\nGold fell.", "2025-01-07"),
    ("9 October - Markets Brief\n\nStocks rose.", "2025-10-09"),
]


@pytest.mark.parametrize(("text", "day"), HEADLINES)
def test_a_headline_opening_with_a_day_names_its_own(text: str, day: str) -> None:
    days = pd.date_range("2025-01-01", "2025-12-31")
    at = pd.Series(headline_day_votes(text, days)[0], index=days)
    assert at[day] == 1.0 and at[pd.Timestamp(day) + pd.Timedelta(days=1)] == 0.5
    assert at.sum() == 1.5


NOT_HEADLINES = [
    "Ether climbs after the May 14 upgrade\n\nEther rose.",
    "May 14, 2025 Crypto Digest\n\nEther rose.",
    "May 14 was a busy day for traders in every market across the region.\n\nEther rose.",
    "Ether steadies\n\nMay 14 Crypto Digest follows.",
]


@pytest.mark.parametrize("text", NOT_HEADLINES)
def test_other_first_lines_add_nothing(text: str) -> None:
    days = pd.date_range("2025-01-01", "2025-12-31")
    assert not headline_day_votes(text, days)[0].any()


SEEN = [
    ("Stocks led, a pattern observed at the start of 2024, which may mean more gains.", True),
    ("Prices may climb further, as seen in late 2024.", True),
    ("A run last seen in 2024 could repeat.", True),
    ("Analysts expect a rally to be observed in 2024.", False),
    ("Gold seen in 2024 near $3,000, analysts forecast.", False),
    ("Gold could climb in 2024.", False),
]


@pytest.mark.parametrize(("sentence", "past"), SEEN)
def test_a_year_seen_is_past_even_beside_a_forecast(sentence: str, past: bool) -> None:
    assert seen_before(sentence[: sentence.find("2024")]) is past
    days = pd.to_datetime(["2023-11-01", "2024-06-03"])
    floors = year_floor_votes(sentence, days)[0].tolist()
    assert floors == ([-0.5, 0.0] if past else [0.0, 0.0])
    hints = year_votes(sentence, days)[0].tolist()
    assert (hints[0] == 0.0) is past  # a forecast's year also votes for the year before
