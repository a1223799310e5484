""" "As of <date>" dates the figures of its sentence: the claims are graded on that day, not
on the publication day (a weekly or delayed report quotes prices of an earlier day)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims

#: (text, when of its claims): own phrasings, the date opening or closing the sentence.
AS_OF = [
    ("As of January 25th, Bitcoin reached $104,700.", ("date", (1, 25))),
    ("As of March 3, gold traded at $2,900 an ounce.", ("date", (3, 3))),
    ("Bitcoin stood at $104,700 as of Jan. 25.", ("date", (1, 25))),
    ("As of Jan. 25, the dollar index closed at 107.25.", ("date", (1, 25))),
    ("As of Friday, the dollar index stood at 107.25.", ("weekday", 4)),
    ("Silver was quoted at $31.20 as of September 9th.", ("date", (9, 9))),
]


@pytest.mark.parametrize(("text", "when"), AS_OF)
def test_as_of_a_day_dates_the_sentence(text: str, when: tuple[str, object]) -> None:
    ex = extract_claims(text)
    assert ex.claims
    assert all(c.when == when for c in ex.claims), ex.claims


def test_a_month_with_no_day_is_still_a_month() -> None:
    ex = extract_claims("Gold rose 4% in January 2025.")
    assert [c.when for c in ex.claims if c.pct is not None] == [("month", (2025, 1))]


def test_as_of_a_printed_date_with_its_year_is_left_to_dating() -> None:
    # a full date with its year is the printed date that dating weighs, not a claim's day
    ex = extract_claims("As of September 9, 2025, silver traded at $41 an ounce.")
    assert all(c.when is None for c in ex.claims), ex.claims


def test_during_a_month_and_day_keeps_its_month() -> None:
    # "during September 2" is loose wording for a stretch around that day, not a single day
    ex = extract_claims("Gold rose during September 2, pushing prices to $3,600 an ounce.")
    assert [c.when for c in ex.claims if c.level is not None] == [("month", (0, 9))]
