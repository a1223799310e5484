"""A text written on a Fed decision day or on its eve says so ("today's FOMC decision",
"tomorrow's rate announcement"), and a hold "for the first time since July" is news;
"$2,047/oz. and" does not end a sentence; "after testing 103.8 yesterday" is an event
clause whose day is its own.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.fomcholds import FOMC_DECISION_DAYS, hold_votes, meeting_day_votes
from leadwatch.claims.market import Market

_DAYS = pd.to_datetime(["2025-09-15", "2025-09-16", "2025-09-17", "2025-09-18"])


def test_the_eve_and_the_day_of_a_decision_vote_for_their_days() -> None:
    eve = "Markets were quiet ahead of tomorrow's closely watched FOMC rate announcement."
    assert meeting_day_votes(eve, _DAYS)[0].tolist() == [0.0, 1.0, 0.0, 0.0]
    day = "Traders positioned before today's highly anticipated Federal Reserve decision."
    assert meeting_day_votes(day, _DAYS)[0].tolist() == [0.0, 0.0, 1.0, 0.0]
    later = "All eyes are on the Fed's policy statement at 2 p.m. and Powell's remarks."
    assert meeting_day_votes(later, _DAYS)[0].tolist() == [0.0, 0.0, 1.0, 0.0]
    none = "The Fed's decision last month surprised few."
    assert not meeting_day_votes(none, _DAYS)[0].any()


def test_a_hold_for_the_first_time_since_a_month_is_news() -> None:
    text = "The Fed kept rates on hold for the first time since June."
    assert hold_votes(text, _DAYS)[0].tolist() == [0.0, 0.0, 0.5, 0.5]
    old = "Rates have been on hold since the Fed kept them unchanged in June."
    assert not hold_votes(old, _DAYS)[0].any()


def test_a_units_abbreviation_does_not_end_the_sentence() -> None:
    text = "Silver firmed, +0.6% today to trade at $31.20/oz. and is +2.1% over 4 days."
    ex = extract_claims(text)
    assert len(ex.sentences) == 1
    assert sorted(c.pct for c in ex.claims if c.pct is not None) == [0.6, 2.1]


def test_a_day_after_testing_a_level_is_the_tests_own() -> None:
    text = "The dollar index has eased back to 101.20 after testing 101.70 yesterday."
    (level,) = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert level.words.startswith("to 101.20") and level.when is None


def test_a_decision_eve_dates_an_article_whose_prices_fit_many_days() -> None:
    days = pd.bdate_range("2025-07-01", "2025-10-31")
    gold = pd.Series(3_650.0 + np.sin(np.arange(len(days))) * 5, index=days)  # ~flat
    text = "Gold held near $3,650 an ounce ahead of tomorrow's FOMC announcement."
    dated = infer_date(extract_claims(text), Market({"gold": gold}))
    assert dated.date + pd.Timedelta(days=1) in FOMC_DECISION_DAYS, dated.reasoning


def test_a_stop_with_no_space_after_it_ends_the_sentence() -> None:
    text = "Silver futures settled at $31.42.Spot silver slipped 0.6% to $31.05 on Friday."
    ex = extract_claims(text)
    assert [s.text[:12] for s in ex.sentences] == ["Silver futur", "Spot silver "]
    assert len(extract_claims("It rose 2.5% on the day. Then it eased.").sentences) == 2


def test_the_latest_of_several_yearless_dates_bounds_the_article_from_below() -> None:
    days = pd.bdate_range("2025-02-03", "2025-04-30")
    gold = pd.Series(2_900.0 + np.sin(np.arange(len(days))) * 4, index=days)  # ~flat
    text = (
        "Gold slipped on March 4. It firmed on March 5 after the data, and jobs figures "
        "came out on March 10. Spot gold now trades near $2,900 an ounce."
    )
    dated = infer_date(extract_claims(text), Market({"gold": gold}))
    assert dated.date >= pd.Timestamp("2025-03-10"), dated.reasoning
