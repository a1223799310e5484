"""Dating round 32: days that are no day of writing, and the day of a spell to date on.

- a weekday of an event the clause expects ("with dealers expecting a hike on
  Thursday") or of a week's agenda ("a week packed with data, including Friday's
  payrolls") lies ahead of the article; a "softer-than-expected" report of a day does not;
- a preview of a span of days ("platinum enters the June 8-12, 2026 trading week") is
  written after the last session before the span, not inside it;
- a spell that opens on a weekend and runs into a weekday is dated on the weekday.
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.datehints import named_weekdays
from leadwatch.claims.datingahead import still_ahead
from leadwatch.claims.printed import printed_dates
from leadwatch.claims.weekendpick import weekday_in_spell


@pytest.mark.parametrize(
    "text",
    [
        "Copper climbed on Tuesday, with dealers widely expecting a rate hike on Thursday.",
        "Copper climbed on Tuesday as investors anticipate a policy decision on Thursday.",
        "Copper climbed on Tuesday, and the odds of a cut on Thursday rose to 70%.",
    ],
)
def test_an_expected_weekday_is_no_day_of_writing(text: str) -> None:
    assert named_weekdays(text) == (1,)


@pytest.mark.parametrize(
    "text",
    [
        "Copper fell after a softer-than-expected factory report on Thursday.",
        "Copper fell on Thursday, and dealers expect more losses.",
    ],
)
def test_a_weekday_told_as_past_still_counts(text: str) -> None:
    assert named_weekdays(text) == (3,)


@pytest.mark.parametrize(
    "text",
    [
        "Nickel firmed in a busy week of data, including the payrolls report on Friday.",
        "Nickel firmed ahead of a week packed with events, such as Friday's payrolls.",
    ],
)
def test_a_weekday_on_an_agenda_is_ahead(text: str) -> None:
    assert named_weekdays(text) == ()


def test_a_busy_week_told_as_past_keeps_its_weekday() -> None:
    text = "It was a busy week for nickel, including a 3% drop on Friday."
    assert named_weekdays(text) == (4,)


@pytest.mark.parametrize(
    "text",
    [
        "Zinc rose amid a week filled with key events, including the U.S. vote on March 9.",
        "Zinc rose before a busy calendar featuring the central bank decision on March 9.",
    ],
)
def test_a_day_of_the_month_on_an_agenda_is_ahead(text: str) -> None:
    assert still_ahead(text, text.index("March 9"))


def test_a_day_of_the_month_of_a_past_week_is_not_ahead() -> None:
    text = "Zinc had a week filled with swings, including a record on March 9."
    assert not still_ahead(text, text.index("March 9"))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Platinum enters the June 8-12, 2026 trading week with firm bids.", "2026-06-05"),
        ("Heading into the March 2-6, 2026 week, palladium looks heavy.", "2026-02-27"),
        ("An outlook for the May 18-22, 2026 sessions: copper may stall.", "2026-05-15"),
    ],
)
def test_a_span_looked_ahead_to_is_dated_before_it(text: str, iso: str) -> None:
    first = printed_dates(text)[0]
    assert (first.role, first.iso) == ("dateline", iso)


def test_a_span_recapped_keeps_its_days() -> None:
    first = printed_dates("Review of June 8-12, 2026: platinum rose 4%.")[0]
    assert (first.iso, first.last) == ("2026-06-08", "2026-06-12")


def _lag(first: str, last: str, weekend: float = 0.0) -> pd.Series:
    days = pd.date_range(first, last)
    return pd.Series([weekend if d.day_of_week >= 5 else 0.0 for d in days], index=days)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("2026-03-07", "2026-03-10", "2026-03-09"),  # Saturday..Tuesday: Monday
        ("2026-03-08", "2026-03-09", "2026-03-09"),  # Sunday..Monday: Monday
    ],
)
def test_a_spell_opening_on_a_weekend_is_dated_on_its_weekday(
    first: str, last: str, expected: str
) -> None:
    spell = (pd.Timestamp(first), pd.Timestamp(last))
    assert weekday_in_spell(spell[0], spell, _lag(first, last)) == pd.Timestamp(expected)


def test_a_weekend_spell_or_a_weekend_named_keeps_its_day() -> None:
    sat = pd.Timestamp("2026-03-07")
    assert (
        weekday_in_spell(sat, (sat, sat + pd.Timedelta(days=1)), _lag("2026-03-07", "2026-03-08"))
        == sat
    )
    spell = (sat, pd.Timestamp("2026-03-09"))
    lag = _lag("2026-03-06", "2026-03-10", weekend=-1.0) + 1.0  # the weekend named: lag 0
    assert weekday_in_spell(sat, spell, lag) == sat


@pytest.mark.parametrize("body", ["Ether slid 4% on March 8.", "As of March 8, 2026, ether slid."])
def test_a_weekend_day_named_by_its_date_keeps_its_day(body: str) -> None:
    sun = pd.Timestamp("2026-03-08")
    spell = (sun, pd.Timestamp("2026-03-09"))
    assert weekday_in_spell(sun, spell, _lag("2026-03-08", "2026-03-09"), body) == sun
