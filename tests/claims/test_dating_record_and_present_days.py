"""Two kinds of day words that dating read wrongly, in hand-written phrasings:

- the day a record was set, named after the record in its sentence ("marking a record
  high, as recorded on Sunday, October 5, 2025"): looked back to, not the likeliest day
  of writing, nor the printed date that settles the article's date;
- a weekday spoken of in the present tense ("gold is trading intraday Friday"): the day
  of writing, more than a weekday merely named ("gold slipped on Wednesday").
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datehints import reference_only
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.recorddays import record_day_named
from leadwatch.claims.textdates import latest_printed
from leadwatch.claims.todayweekday import present_weekday_votes

_PAD = "Markets wrap. " + "Traders weighed the news. " * 16  # no dateline

_RECORD_DAYS = [
    "The all-time high of $4,380 per ounce for gold was reached on October 20, 2025, "
    "according to exchange data.",
    "The record for silver, at $54.47 an ounce on the spot market, was set on October 17, 2025.",
    "Its peak price of $126,000 on the largest exchanges was registered on October 6, 2025, "
    "by most trackers.",
    "Gold's record close, well above the $4,000 mark for the metal, came on Monday, "
    "October 20, 2025.",
    "Ether climbed to its highest level in its history, a level it attained on August 24, 2025.",
    "The silver peak of $49.45 an ounce, in the Hunt brothers' era, came on Jan. 21, 1980.",
]


@pytest.mark.parametrize("text", _RECORD_DAYS)
def test_a_records_day_named_after_it_is_not_the_day_of_writing(text: str) -> None:
    extraction = extract_claims(_PAD + text)
    assert latest_printed(extraction) is None
    assert record_day_named(extraction.text, extraction.text.rindex(" on ") + 4)


@pytest.mark.parametrize(
    "text",
    [
        "Gold traded at $4,100 an ounce on Monday, October 27, 2025.",
        "Gold was quoted at $4,100 at noon on October 27, 2025, dealers said.",
        "As of October 27, 2025, the gold price was $4,100 an ounce.",
    ],
)
def test_a_quote_dated_in_the_text_is_still_the_likeliest_day(text: str) -> None:
    latest = latest_printed(extract_claims(_PAD + text))
    assert latest is not None and latest.iso == "2025-10-27"


_DAYS = pd.date_range("2025-08-25", periods=7)  # Monday .. Sunday

_PRESENT = [
    ("Gold is trading intraday Friday around $3,435.", 4),
    ("Silver is higher on Wednesday at $39.30 after the data.", 2),
    ("Bitcoin is down Tuesday, changing hands near $90,000.", 1),
    ("The dollar index is rising on Thursday as traders digest payrolls.", 3),
    ("Stocks are falling Monday after the tariff announcement.", 0),
    ("Gold is hovering Friday near its record.", 4),
]


@pytest.mark.parametrize(("text", "day"), _PRESENT)
def test_a_weekday_in_the_present_tense_is_the_day_of_writing(text: str, day: int) -> None:
    votes, why = present_weekday_votes(text, _DAYS)
    assert votes[day] == 1.0 and votes.sum() == 1.5  # and 0.5 on the day after
    assert why


@pytest.mark.parametrize(
    "text",
    [
        "The Fed decision is expected Wednesday.",
        "Gold was trading higher on Friday.",
        "Payrolls data is due on Friday.",
        "The market is closed Monday for the holiday.",
        "Attention is on Friday's jobs report.",
    ],
)
def test_a_weekday_past_or_ahead_is_no_day_of_writing(text: str) -> None:
    assert present_weekday_votes(text, _DAYS)[0].sum() == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Spot gold stood at $3,435 an ounce. The metal slipped on Wednesday. Gold is trading "
        "higher Friday as the dollar eases.",
        "Gold was at $3,435 an ounce, dealers said. Prices fell on Wednesday. Gold is up on "
        "Friday after the data.",
    ],
)
def test_the_present_weekday_settles_two_spells(text: str) -> None:
    days = pd.bdate_range("2025-07-01", "2025-09-30")
    gold = pd.Series(3000.0, index=days)
    gold.loc[pd.Timestamp("2025-07-23")] = 3435.0  # a Wednesday
    gold.loc[pd.Timestamp("2025-08-29")] = 3435.0  # a Friday
    extraction = extract_claims(text)
    assert [c.when for c in extraction.claims if c.kind == "level"] == [None]
    dated = infer_date(extraction, Market({"gold": gold}))
    assert dated.date == pd.Timestamp("2025-08-29"), dated.reasoning
    assert any("present tense" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "Equities rose, the strongest session since May, as Bitcoin sat near $70,000.",
            "near $70,000",
        ),
        ("Gold, which has not been this weak since May, traded at $3,300 an ounce.", "at $3,300"),
        ("Down from its high in May, silver changed hands at $36.50.", "at $36.50"),
        ("Ether, lower since mid-May, is at $2,450 today.", "at $2,450"),
        ("Having rallied through May, bitcoin stood at $105,000.", "at $105,000"),
        ("The dollar index, at its weakest since May, was at 97.5.", "at 97.5"),
    ],
)
def test_the_month_may_is_no_modal_before_a_price(sentence: str, words: str) -> None:
    assert not reference_only(sentence, words)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Analysts say gold may climb toward $3,500.", "toward $3,500"),
        ("Bitcoin may well reach $150,000 by the end of the year.", "reach $150,000"),
    ],
)
def test_the_modal_may_still_marks_a_forecast(sentence: str, words: str) -> None:
    assert reference_only(sentence, words)
