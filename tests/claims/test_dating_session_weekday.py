"""Dating round 17: a lead naming its weekday with a time in that day's session (a clock
time, "in Asian trade", "early trading", "by midday", "at the time of writing") is written
on that weekday, not the day after; a lead weekday with no session time, one ahead, or one
whose session time belongs to another named day is no such evidence."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.sessionweekday import session_day, session_weekday

_WEEK = pd.date_range("2026-06-22", periods=7)  # Monday .. Sunday


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Gold climbed 0.8% to $3,410 an ounce in Asian trade on Tuesday as the dollar eased.", 1),
        ("Bitcoin slid below $60,000 on Wednesday. By 10:15 a.m. ET it was at $59,800.", 2),
        ("Silver touched a fresh peak during early trading hours on Friday.", 4),
        ("On Monday, spot gold stood at $2,950 at the time of writing.", 0),
        ("The S&P 500 opened lower Thursday and was off 0.6% by midday.", 3),
        ("Gold was steady on Thursday. * Spot gold was up 0.2% at $2,030 by 0342 GMT.", 3),
        ("Ether lost 3% on Tuesday in European trading, its third loss in a row.", 1),
        ("Bullion dips. Bullion fell 1% on Friday, last at $2,300 in London trading.", 4),
    ],
)
def test_a_lead_weekday_with_a_session_time_is_the_day_of_writing(text: str, day: int) -> None:
    assert session_weekday(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 2% on Friday, its best week since March.",  # no time in the session
        "The Fed will decide on Wednesday; gold traded at $2,000 at 0900 GMT.",  # a day ahead
        "Gold fell on Monday. In early trade on Tuesday it recovered to $2,010.",  # Tuesday's hour
        "Gold rose on Tuesday after falling on Monday, trading at $2,010 by 0300 GMT.",  # two days
        "Gold rose in early trade. Analysts expect a rate cut on Thursday.",
    ],
)
def test_no_session_weekday_without_a_lone_lead_day_and_its_hour(text: str) -> None:
    assert session_weekday(text) is None


def test_a_date_on_the_day_after_moves_back_to_the_session_weekday() -> None:
    score = pd.Series([0.0, 5.5, 5.7, 0, 0, 0, 0], index=_WEEK)  # Tuesday just below Wednesday
    day, why = session_day(_WEEK[2], score, 1)
    assert day == _WEEK[1] and why
    assert session_day(_WEEK[2], score, None)[0] == _WEEK[2]  # no session weekday
    assert session_day(_WEEK[2], score, 3)[0] == _WEEK[2]  # not the day after it
    far = pd.Series([0.0, 4.0, 5.7, 0, 0, 0, 0], index=_WEEK)  # Tuesday clearly worse
    assert session_day(_WEEK[2], far, 1)[0] == _WEEK[2]


def test_a_day_by_day_recap_is_no_lead_of_the_day() -> None:
    text = (
        "Stocks swung on Monday and were down 1.6% earlier in the session at 10:30 a.m. ET. "
        "On Tuesday, the data disappointed. On Wednesday, tariffs were announced."
    )
    assert session_weekday(text) is None
