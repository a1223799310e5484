"""Figures of history are not today's: the levels of a stretch of history ("took 190 days
to get from 5,000 to 6,000"), a year where a level could stand ("into 2026 with ..."), a
record told of a printed day ("the first close over 5,000, on Feb. 9, 2024"), graded on
that day and is not the likeliest day of writing; and a first crossing is read even when
the level's words run past its figure."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.firsttime import first_crossings
from leadwatch.claims.market import Market
from leadwatch.claims.recorddays import record_day_named


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 took 250 days to get from 4,000 to 5,000, and 300 days to go from 3,000 "
        "to 4,000.",
        "The Nasdaq rallied, and the S&P 500 needed 410 sessions to climb from 2,000 to 3,000.",
        "The S&P 500 slipped as markets headed into 2027 with fresh tariff worries.",
    ],
)
def test_figures_of_history_are_no_levels(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]


def test_a_level_reached_today_is_still_read() -> None:
    levels = [c.level for c in extract_claims("The S&P 500 rose to 5,120.").claims]
    assert levels == [5120.0]


_DAYS = pd.bdate_range("2023-10-02", "2024-06-28")


def _spx() -> Market:
    close = pd.Series(4800.0, index=_DAYS)
    close.loc["2024-02-09"] = 5001.0  # the first close above 5,000
    close.loc["2024-02-12":] = 4950.0
    return Market({"spx": close})


def test_a_record_of_a_printed_day_is_graded_on_that_day() -> None:
    text = "The S&P 500 ended a session over 5,000 for the first time on Feb. 9, 2024."
    ex = extract_claims(text)
    records = [c for c in ex.claims if c.kind == "record"]
    assert [(c.when, c.window) for c in records] == [(None, "on:2024-02-09")]
    checked = check_claims(ex, pd.Timestamp("2024-06-20"), _spx())
    assert {c.status for c in checked if c.claim.kind == "record"} == {"confirmed"}


def test_a_first_crossings_day_is_looked_back_to() -> None:
    s = "The index closed over 5,000 for the first time on Feb. 9, 2024."
    assert record_day_named(s, s.index("Feb."))


def test_a_first_crossing_whose_words_run_past_the_figure() -> None:
    ex = extract_claims("The S&P 500 on Wednesday reached 6,000 for the first time in history.")
    ops = [c.op for c in first_crossings(ex.claims, ex.sentences) if c.kind == "level"]
    assert ops == ["first:above"]
