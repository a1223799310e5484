"""Dating round 22: a day the text waits for ("traders await the ECB meeting on June 12",
"awaiting the jobs report on Friday") or a fronted weekday whose clause looks forward
("On Friday, the Treasury will sell notes") lies ahead of the article: it is no evidence
that the article was written on it (nor on the day after)."""

from __future__ import annotations

import pytest

from leadwatch.claims.datehints import named_weekdays
from leadwatch.claims.eventdates import expected_event
from leadwatch.claims.printed import ahead


@pytest.mark.parametrize(
    "text",
    [
        "Copper edges up on Monday while dealers are awaiting the jobs report on Friday.",
        "Copper edges up on Monday. On Friday, the Labor Department will publish payrolls.",
        "Copper edges up on Monday; investors await the central bank's verdict on Friday.",
    ],
)
def test_a_weekday_waited_for_is_no_day_of_writing(text: str) -> None:
    assert named_weekdays(text) == (0,)


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, copper slid 2% and traders say it will slide further.",
        "Copper slid on Friday, and the long-awaited rebound never came.",
    ],
)
def test_a_weekday_told_as_past_still_counts(text: str) -> None:
    assert named_weekdays(text) == (4,)


@pytest.mark.parametrize(
    "text",
    [
        "Silver is flat as markets await the ECB's policy meeting on June 12.",
        "Bonds drift, with investors awaiting the central bank decision on June 12.",
    ],
)
def test_a_meeting_waited_for_is_ahead(text: str) -> None:
    pos = text.index("June 12")
    assert expected_event(text, pos) or ahead(text, pos)


def test_a_meeting_that_was_awaited_is_no_day_ahead() -> None:
    text = "The long-awaited policy meeting on June 12 left rates unchanged."
    assert not expected_event(text, text.index("June 12"))
