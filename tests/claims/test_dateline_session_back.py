"""A dateline days after the session its lead quotes at a time of day gives way to it."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.sessionweekday import dateline_session, session_weekday


@pytest.mark.parametrize(
    ("lead", "page", "expected"),
    [
        ("Silver rose 1% on Tuesday. It traded at $30.10 as of 11:20 a.m. ET.", "2025-06-05", 2),
        ("Bitcoin slid on Monday in Asian trade, to $97,400.", "2025-06-05", 3),
        ("Gold eased on Friday to $3,310 by midday in London.", "2025-06-10", 4),
    ],
)
def test_the_session_quoted_at_a_time_of_day_is_the_date(
    lead: str, page: str, expected: int
) -> None:
    session = session_weekday(lead)
    day, why = dateline_session(pd.Timestamp(page), session, session)
    assert day == pd.Timestamp(page) - pd.Timedelta(days=expected)
    assert why


@pytest.mark.parametrize(
    ("lead", "page"),
    [
        ("Gold rose 1% on Monday after the jobs report.", "2025-06-05"),  # no time: kept
        ("Silver rose on Monday at 10:05 a.m. ET.", "2025-06-14"),  # 4 days back at most
    ],
)
def test_a_dateline_is_kept(lead: str, page: str) -> None:
    session = session_weekday(lead)
    day, why = dateline_session(pd.Timestamp(page), session, session)
    assert day == pd.Timestamp(page) and not why


@pytest.mark.parametrize(
    "text",
    [
        "Published: June 5, 2025, 09:10 AM\nGold rose on Monday to $3,350 an ounce.",
        "June 5, 2025, 8:45 PM ET - Bitcoin jumped on Tuesday to $105,200.",
    ],
)
def test_a_page_stamps_time_is_no_time_of_the_session(text: str) -> None:
    assert session_weekday(text) is None
