"""An unpriced story's day: the weekdays it names and the weekend decide among equal fits."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims.datehints import weekday_lag
from leadwatch.claims.unpricedpick import unpriced_day
from leadwatch.claims.weekhints import week_span_votes

# Tuesday 2025-03-11 .. Monday 2025-03-17
DAYS = pd.date_range("2025-03-11", "2025-03-17")


@pytest.mark.parametrize(
    ("named", "spell", "want"),
    [
        ([2, 3], ("2025-03-12", "2025-03-14"), "2025-03-13"),  # Wednesday, Thursday named
        ([1, 4], ("2025-03-11", "2025-03-14"), "2025-03-14"),  # Tuesday, Friday named
        ([4], ("2025-03-14", "2025-03-17"), "2025-03-14"),  # Friday named, spell to Monday
    ],
)
def test_equal_fits_go_to_the_day_after_the_weekdays_named(
    named: list[int], spell: tuple[str, str], want: str
) -> None:
    moves = pd.Series(1.0, index=DAYS)  # no stated move fits any day
    first, last = pd.Timestamp(spell[0]), pd.Timestamp(spell[1])
    day = unpriced_day(first, moves, (first, last), weekday_lag(DAYS, named))
    assert str(day.date()) == want


def test_a_better_fitting_move_keeps_its_day() -> None:
    moves = pd.Series(1.0, index=DAYS)
    moves["2025-03-12"] = 0.01  # the stated move fits Wednesday only
    first, last = pd.Timestamp("2025-03-12"), pd.Timestamp("2025-03-14")
    day = unpriced_day(first, moves, (first, last), weekday_lag(DAYS, [4]))
    assert str(day.date()) == "2025-03-12"


def test_a_weekend_pick_moves_to_the_monday_of_its_spell() -> None:
    moves = pd.Series(1.0, index=DAYS)
    sat, mon = pd.Timestamp("2025-03-15"), pd.Timestamp("2025-03-17")
    assert unpriced_day(sat, moves, (sat, mon), weekday_lag(DAYS, [])).day_name() == "Monday"
    # named by its date, the Saturday stays
    said = "Ether slid on March 15 as volumes thinned."
    assert unpriced_day(sat, moves, (sat, sat), weekday_lag(DAYS, []), said) == sat


def test_spans_recapped_together_vote_once() -> None:
    days = pd.date_range("2025-03-08", "2025-03-20")
    text = "Talks ran over March 10-11, and prices swung on March 12-13."
    votes, why = week_span_votes(text, days)
    assert len(why) == 2 and float(np.max(votes)) == 0.5
    # one span alone votes as before
    one, _ = week_span_votes("Prices swung on March 12-13.", days)
    assert float(one.max()) == 0.5 and one[days.get_loc(pd.Timestamp("2025-03-13"))] == 0.5
