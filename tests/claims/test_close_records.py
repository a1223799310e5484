"""A record said of a close is graded on closes: a near tie under the record close before
it is no new record close, whatever the day's intraday high did."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.closingrecords import said_of_close
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2026-01-05", periods=20)
ARTICLE = DAYS[-1]


def _market(last: float) -> Market:
    """An index rising to a record close the day before the article's day; that day it
    closes at ``last`` and its intraday high beats every earlier high."""
    closes = pd.Series([5000.0 + 10 * i for i in range(len(DAYS))], index=DAYS)
    closes.iloc[-1] = last
    ranges = pd.DataFrame({"low": closes * 0.99, "high": closes * 1.004}, index=DAYS)
    ranges.iloc[-1] = [last * 0.995, closes.iloc[-2] * 1.01]  # a record intraday high
    return Market({"spx": closes}, {"spx": ranges})


CLOSE_PHRASINGS = [
    "The S&P 500 closed at a record high today.",
    "The S&P 500 finished the session at a fresh record high today.",
    "The S&P 500 posted a record closing high today.",
    "The S&P 500 notched its highest close ever today.",
    "The S&P 500 made a record high daily close today.",
    "The S&P 500 ended at an all-time high today.",
]


@pytest.mark.parametrize("text", CLOSE_PHRASINGS)
def test_a_near_tie_under_the_record_close_is_no_record_close(text: str) -> None:
    prior = 5000.0 + 10 * (len(DAYS) - 2)
    tie = prior * (1 - 0.0001)  # 0.01% under the record close of the day before
    ex = extract_claims(text)
    records = [c for c in check_claims(ex, ARTICLE, _market(tie)) if c.claim.kind == "record"]
    assert [c.status for c in records] == ["contradicted"]
    assert "closes only" in records[0].evidence
    higher = [c for c in check_claims(ex, ARTICLE, _market(prior + 5)) if c.claim.kind == "record"]
    assert [c.status for c in higher] == ["confirmed"]


def test_a_record_high_not_said_of_a_close_may_be_intraday() -> None:
    prior = 5000.0 + 10 * (len(DAYS) - 2)
    ex = extract_claims("The S&P 500 hit a record high today.")
    records = [
        c for c in check_claims(ex, ARTICLE, _market(prior * 0.9999)) if c.claim.kind == "record"
    ]
    assert [c.status for c in records] == ["confirmed"]


@pytest.mark.parametrize(
    ("sentence", "words", "said"),
    [
        ("Gold settled at a record on Monday.", "record on", True),
        ("Bitcoin set a record closing low.", "record closing low", True),
        ("Silver touched a record high before it closed lower.", "record high", False),
        ("The index is close to a record high.", "record high", False),
    ],
)
def test_which_records_are_said_of_a_close(sentence: str, words: str, said: bool) -> None:
    assert said_of_close(sentence, words) is said
