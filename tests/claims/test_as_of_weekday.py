"""A text that says which weekday it is written on ("As of Thursday morning", "at press
time on Wednesday") is dated then, even when it tallies the week ("the worst week") and
names the Friday the slide began."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.textdates import text_evidence
from leadwatch.claims.todayweekday import as_of_weekday

_WEEK = pd.date_range("2026-02-02", periods=7)  # Monday .. Sunday

#: (said, weekday it is written on): crypto desks, wires, newsletters.
SAID = [
    ("As of Thursday morning, the coin hovers around $69,000.", 3),
    ("At press time on Wednesday, bitcoin changed hands near $69,000.", 2),
    ("At the time of writing Tuesday, bitcoin sits near $69,000.", 1),
    ("As of late Thursday, bitcoin was near $69,000.", 3),
]


@pytest.mark.parametrize(("said", "weekday"), SAID)
def test_the_day_said_outranks_the_weeks_close(said: str, weekday: int) -> None:
    text = (
        "Risk assets are headed for their worst week since 2022; the rout began Friday as "
        f"tech sold off. {said}"
    )
    votes, why = text_evidence(extract_claims(text), _WEEK)
    assert votes[weekday] > votes[4] and votes[weekday] == max(votes), (votes, why)


def test_a_week_tallied_without_a_day_said_still_votes_for_friday() -> None:
    text = "Risk assets are headed for their worst week since 2022; the rout began Friday."
    votes, why = text_evidence(extract_claims(text), _WEEK)
    assert votes[4] > votes[3], (votes, why)


@pytest.mark.parametrize(
    "said",
    [
        "The 10-year yield was 4.70% as of Wednesday, up from 4.50%.",
        "Holdings stood at 880 tonnes as of Tuesday, the trust said.",
    ],
)
def test_a_figures_as_of_day_is_no_day_of_writing(said: str) -> None:
    text = f"Gold is on track for its worst week since 2022. {said}"
    votes, why = text_evidence(extract_claims(text), _WEEK)
    assert as_of_weekday(text) is None and max(votes) <= 0.5, (votes, why)
