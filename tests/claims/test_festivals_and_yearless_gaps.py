"""Dating: festivals of the bullion markets abroad (from the ``holidays`` package's country
calendars) date a text near them; a day named without its year and said to lie some time
ago ("a week ago on May 2") dates the text that long after it; a full date looked back to
supports the thirteen months after it, since "a year ago" is loose."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datingago import ago_window, yearless_ago_votes
from leadwatch.claims.datingholidays import holiday_votes
from leadwatch.claims.textdates import text_evidence

_DAYS = pd.date_range("2024-01-01", "2026-12-31")


def _vote(votes: object, day: str) -> float:
    return float(pd.Series(votes, index=_DAYS).loc[pd.Timestamp(day)])


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        # Spring Festival 2026: 16-19 February; shut for it: written on its days or after
        (
            "Shanghai dealers were shut last week for the Lunar New Year holiday.",
            "2026-02-23",
            "2026-02-12",
        ),
        ("Premiums in Mumbai firmed ahead of Diwali.", "2025-10-14", "2025-10-24"),  # 20 Oct
        ("Bullion drifted in thin trade after the Chinese New Year.", "2025-02-04", "2025-01-27"),
        ("London dealers return after Boxing Day.", "2025-12-29", "2025-12-22"),
    ],
)
def test_a_festival_abroad_votes_for_its_side_of_the_days(
    text: str, inside: str, outside: str
) -> None:
    votes, why = holiday_votes(text, _DAYS)
    assert _vote(votes, inside) > _vote(votes, outside), why
    assert _vote(votes, inside) > _vote(votes, "2025-06-10"), why  # far from any such day


def test_a_festival_of_several_days_counts_after_from_its_last_day() -> None:
    # the Spring Festival of 2024 ran 10-14 February: ten days after it reach the 24th
    votes, _ = holiday_votes("Gold buying resumed after the Spring Festival.", _DAYS)
    assert _vote(votes, "2024-02-24") > 0
    assert _vote(votes, "2024-02-26") == 0
    assert _vote(votes, "2024-02-11") == 0  # during it: not "after"


def test_closed_for_a_us_holiday_is_told_of_its_days() -> None:
    days = pd.to_datetime(["2025-11-20", "2025-11-28", "2025-12-20"])
    votes, why = holiday_votes("US markets were closed yesterday for Thanksgiving.", days)
    assert votes.tolist() == [0.0, 0.5, 0.0], why


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("It cost $3,640 one week ago on September 15", 5, 9),
        ("It cost $3,640 three days ago on September 15", 3, 3),
        ("It cost $3,640 two months ago on September 15", 55, 67),
        ("It cost $3,640 on September 15", None, None),
    ],
)
def test_the_gap_stated_before_a_yearless_day(
    words: str, first: int | None, last: int | None
) -> None:
    window = ago_window(words, words.index("September"))
    if first is None:
        assert window is None
    else:
        assert window is not None
        assert (window[0].days, window[1].days) == (first, last)


def test_a_yearless_day_a_week_ago_dates_the_text_a_week_after_it() -> None:
    text = "Ether is 4% above its price of a week ago on March 9, when it fell to $2,000."
    votes, why = text_evidence(extract_claims(text), _DAYS)
    assert _vote(votes, "2026-03-16") > _vote(votes, "2026-03-09"), why
    assert _vote(votes, "2026-03-16") > _vote(votes, "2026-03-23"), why
    gap, _ = yearless_ago_votes(text, _DAYS)
    assert _vote(gap, "2025-03-16") == _vote(gap, "2026-03-16") > 0  # in any year


def test_a_date_a_year_back_still_supports_the_days_just_past_a_year() -> None:
    text = "Over the past year gold is up 44% from $2,590 on September 20, 2024."
    votes, why = text_evidence(extract_claims(text), _DAYS)
    assert _vote(votes, "2025-09-22") == _vote(votes, "2025-09-19") > 0, why
    assert _vote(votes, "2025-09-22") > _vote(votes, "2025-11-03"), why
