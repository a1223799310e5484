"""Weekend page stamps over a review's own day, origin years and record days quoted with a
decimal price (hand-written phrasings of weekly metals reviews, crypto notes and wires)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.textdates import first_dateline, text_evidence
from leadwatch.claims.yearhints import year_votes


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "06/07/2026\nWeekly Bullion Wrap - June 5, 2026\nGold settled the week higher.",
            "2026-06-05",
        ),
        ("Saturday, 13 June 2026\nMarkets close, 12 June 2026: silver firmed.", "2026-06-12"),
        ("10/10/2026\nFriday Metals Note, October 9, 2026\nPlatinum eased.", "2026-10-09"),
    ],
)
def test_a_weekend_stamp_gives_way_to_the_reviews_trading_day(text: str, day: str) -> None:
    dateline = first_dateline(extract_claims(text))
    assert dateline is not None and dateline.iso == day


@pytest.mark.parametrize(
    "text",
    [
        "06/05/2026\nWeekly Bullion Wrap - June 3, 2026\nGold settled the week higher.",  # Friday
        "06/14/2026\nWeekly Bullion Wrap - June 10, 2026\nGold settled the week higher.",  # far
        "06/07/2026\nWeekend Bullion Wrap - June 6, 2026\nGold held firm.",  # a Saturday title
    ],
)
def test_other_stamps_keep_the_first_dateline(text: str) -> None:
    dateline = first_dateline(extract_claims(text))
    assert dateline is not None and dateline.iso == text[6:10] + "-" + text[:2] + "-" + text[3:5]


@pytest.mark.parametrize(
    "text",
    [
        "Ether has weathered four halvings of bitcoin since its inception in 2015.",
        "The fund has tracked gold bullion since its creation in 2004.",
        "Since the exchange's founding in 2012 it has listed 300 tokens.",
    ],
)
def test_the_year_something_began_is_no_year_of_writing(text: str) -> None:
    votes, _ = year_votes(text, pd.to_datetime(["2004-06-01", "2012-06-01", "2015-06-01"]))
    assert not votes.any()


def test_a_year_named_for_the_story_still_votes() -> None:
    votes, _ = year_votes(
        "In 2015 the token doubled, its best run.", pd.to_datetime(["2015-06-01"])
    )
    assert votes.any()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bitcoin beat its prior record of 68.9k, reached on November 10.", "November 10"),
        ("Copper topped the peak of $5.21, seen back on May 20, by a cent.", "May 20"),
        ("Silver cleared its high of 32.5 dollars, set October 22, by noon.", "October 22"),
    ],
)
def test_a_records_day_after_a_decimal_price_is_looked_back_to(text: str, words: str) -> None:
    _, why = text_evidence(extract_claims(text), pd.date_range("2026-01-01", periods=3))
    assert f"the text looks back to {words!r}: dated on or after it (weight 0.25)" in why


def test_a_day_with_no_record_before_it_is_still_the_texts_own() -> None:
    text = "Gold rose 1.5% to $4,210.5 on November 10 as the dollar eased."
    _, why = text_evidence(extract_claims(text), pd.date_range("2026-01-01", periods=3))
    assert "the text names 'November 10' without a year (evidence, weight 0.5)" in why


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Metals firm into the holiday\nBy Jane Roe\nLONDON, Dec 23 (Reuters) - Gold rose.",
            "2025-12-23",
        ),
        (
            "(Adds analyst quote)\nBy Sam Poe\nTOKYO, Jan 5 (AP) -- Yen slipped on the day.",
            "2026-01-05",
        ),
        ("Copper slips\nSINGAPORE, March 3 (Bloomberg) - Copper fell 1%.", "2026-03-03"),
    ],
)
def test_a_wire_dateline_after_a_byline_dates_the_story(text: str, day: str) -> None:
    days = pd.date_range("2025-12-01", "2026-03-31")
    votes, why = text_evidence(extract_claims(text), days)
    assert any("a wire dateline without a year" in w for w in why)
    assert votes[days.get_loc(pd.Timestamp(day))] >= 1.0


def test_a_place_inside_a_sentence_is_no_wire_dateline() -> None:
    text = "By Jane Roe\nTraders in London, Dec 23 - a quiet day - sold gold."
    _, why = text_evidence(extract_claims(text), pd.date_range("2025-12-01", periods=30))
    assert not any("a wire dateline" in w for w in why)


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        ("Ether reached a record high of $4,950 on August 24, then eased.", True),
        ("Silver set its peak on March 9 as buyers piled in.", True),
        ("Gold has climbed 7% since March 9, traders said.", False),  # a start looked back to
    ],
)
def test_a_records_named_day_may_be_the_day_of_writing(text: str, voted: bool) -> None:
    days = pd.to_datetime(["2025-03-09", "2025-08-24"])
    votes, _ = text_evidence(extract_claims(text), days)
    assert bool(votes.any()) is voted


def _gold_week() -> Market:
    days = pd.bdate_range("2026-01-05", "2026-06-30")
    gold, silver = pd.Series(3000.0, index=days), pd.Series(40.0, index=days)
    for day in ("2026-03-11", "2026-03-12"):
        gold.loc[pd.Timestamp(day)], silver.loc[pd.Timestamp(day)] = 4123.0, 55.7
    return Market({"gold": gold, "silver": silver})


@pytest.mark.parametrize(
    "lead",
    [
        "Gold dipped in Asian trading hours on Wednesday, then rallied on Thursday to $4,123 "
        "and silver to $55.70.",
        "On Wednesday, at 3:15 PM ET, gold was near $4,123. Silver firmed to $55.70 by the "
        "close on Thursday.",
    ],
)
def test_a_dateline_whose_own_weekday_the_text_names_stays(lead: str) -> None:
    dated = infer_date(extract_claims(f"Metals desk\n2026-03-12\n\n{lead}"), _gold_week())
    assert dated.date == pd.Timestamp("2026-03-12"), dated.reasoning


def test_a_dateline_a_zone_ahead_still_moves_without_its_weekday() -> None:
    lead = "On Wednesday, at 3:15 PM ET, gold traded near $4,123 and silver near $55.70."
    dated = infer_date(extract_claims(f"Metals desk\n2026-03-12\n\n{lead}"), _gold_week())
    assert dated.date == pd.Timestamp("2026-03-11"), dated.reasoning


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("Copper extends gains following a stellar year in 2025, dealers said.", True),
        ("Bitcoin steadies after a brutal year of 2025 for tokens.", True),
        ("Silver rallied in 2025 on solar demand.", False),  # the story's own year
    ],
)
def test_a_year_that_came_before_the_news_is_over(text: str, over: bool) -> None:
    days = pd.to_datetime(["2025-06-02", "2026-01-05", "2023-01-09"])
    votes, _ = year_votes(text, days)
    assert bool(votes[0] == 0) is over and bool(votes[1:].any())
