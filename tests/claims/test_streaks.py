"""Streaks told the way different outlets write them, graded over every period they name."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _streaks(text: str) -> list[tuple[str | None, str | None, str | None, bool]]:
    return [
        (c.asset, c.op, c.window, "todate" in c.qualifiers)
        for c in extract_claims(text).claims
        if (c.window or "").startswith("streak:")
    ]


def _ended(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (c.asset, c.op, c.window)
        for c in extract_claims(text).claims
        if (c.window or "").startswith("streak:") and "ended" in c.qualifiers
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # crypto news: a state, not a verb
            "Bitcoin is set for its fifth consecutive month in the red.",
            ("btc", "down", "streak:M:5", True),
        ),
        (
            "Ether stayed in the red for seven months in a row.",
            ("eth", "down", "streak:M:7", False),
        ),
        (  # wire: a base verb after "on track to"
            "The dollar index is poised to drop for a second week in a row.",
            ("dxy", "down", "streak:W:2", True),
        ),
        (
            "Bitcoin was in the green for the fourth straight week.",
            ("btc", "up", "streak:W:4", False),
        ),
        (  # data-feed page: a counted streak noun
            "The dollar index extended a five-day winning streak.",
            ("dxy", "up", "streak:D:5", False),
        ),
        (
            "Gold is on course for a third consecutive year of gains.",
            ("gold", "up", "streak:Y:3", True),
        ),
        (  # regional paper: "in each of the past N"
            "Bitcoin has declined in each of the past three months.",
            ("btc", "down", "streak:M:3", False),
        ),
        (  # bank note: a possessive owner and "day of gains"
            "Silver rose, the metal's seventh consecutive day of gains.",
            ("silver", "up", "streak:D:7", False),
        ),
        (
            "The S&P 500 closed lower for a third straight session.",
            ("spx", "down", "streak:D:3", False),
        ),
        ("Gold is set to rise for a fourth straight month.", ("gold", "up", "streak:M:4", True)),
        (  # a count of periods named by what they did
            "The S&P 500 logged four straight losing sessions.",
            ("spx", "down", "streak:D:4", False),
        ),
        ("Ether has posted two consecutive weeks of gains.", ("eth", "up", "streak:W:2", False)),
        (
            "Bitcoin is headed for its third straight losing week.",
            ("btc", "down", "streak:W:3", True),
        ),
        (  # a noun of the move before the count
            "Silver posted losses for a fourth straight week.",
            ("silver", "down", "streak:W:4", False),
        ),
        (  # the major indexes together stand as the S&P 500
            "Major U.S. equities indexes closed lower for a third consecutive session.",
            ("spx", "down", "streak:D:3", False),
        ),
        (  # the latest period told again
            "The S&P 500 had a down week for the third week in a row.",
            ("spx", "down", "streak:W:3", False),
        ),
    ],
)
def test_streak_phrasings(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert _streaks(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dollar slipped 0.3%, ending a five-day winning streak.", ("dxy", "up", "streak:D:5")),
        ("Bitcoin snapped a four-week losing streak.", ("btc", "down", "streak:W:4")),
        ("Gold rose, breaking its three-session losing run.", ("gold", "down", "streak:D:3")),
        (
            "Silver steadied on Thursday after three consecutive weekly declines.",
            ("silver", "down", "streak:W:3"),
        ),
    ],
)
def test_an_ended_streak_is_of_the_periods_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _ended(text) == [expected]


def test_an_ended_streak_is_graded_before_the_period_told() -> None:
    # a fall, five sessions up to Thursday 2026-06-25, then Friday falls
    days = pd.bdate_range("2026-06-16", "2026-06-26")
    dxy = pd.Series([101.0, 100.0, 100.5, 101.0, 101.5, 102.0, 102.5, 103.0, 102.0], index=days)
    text = "The dollar index slipped 1% on Friday, ending a five-day winning streak."
    assert _status(text, "2026-06-26", {"dxy": dxy}) == ["confirmed"]
    six = "The dollar index slipped 1% on Friday, ending a seven-day winning streak."
    assert _status(six, "2026-06-26", {"dxy": dxy}) == ["contradicted"]
    # weeks: three weekly falls to 2026-06-19, then a rise in the week told
    weekly = _weekly([100.0, 104.0, 103.0, 102.0, 101.0, 103.0], "2026-06-26")
    text = "The dollar index rebounded on Friday after three consecutive weekly declines."
    assert _status(text, "2026-06-26", {"dxy": weekly}) == ["confirmed"]
    assert _status(text, "2026-06-19", {"dxy": weekly}) == ["contradicted"]


def _weekly(values: list[float], end: str) -> pd.Series:
    days = pd.bdate_range(end=end, periods=5 * len(values))
    return pd.Series([v for v in values for _ in range(5)], index=days)


def _status(text: str, day: str, series: dict[str, pd.Series]) -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), Market(series))
    return [c.status for c in checked if (c.claim.window or "").startswith("streak:")]


def test_every_week_of_a_streak_is_graded_not_only_the_latest() -> None:
    # weekly closes 100, 99, 101, 100: the latest week fell, the one before rose
    dxy = _weekly([100.0, 99.0, 101.0, 100.0], "2026-06-26")
    text = "The dollar index fell for a third straight week."
    assert _status(text, "2026-06-26", {"dxy": dxy}) == ["contradicted"]
    dxy = _weekly([102.0, 101.0, 100.5, 100.0], "2026-06-26")
    assert _status(text, "2026-06-26", {"dxy": dxy}) == ["confirmed"]


def test_weeks_end_on_friday_and_under_way_means_to_date() -> None:
    # closes fall every calendar week to Friday 2026-06-19; this week (to Wednesday) rose
    days = pd.bdate_range("2026-05-25", "2026-06-24")
    values = [100.0 - 0.5 * i for i in range(20)] + [95.0, 96.0, 97.0]
    dxy = pd.Series(values, index=days)
    under_way = "The dollar index looks set to slide for a third week in a row."
    assert _status(under_way, "2026-06-24", {"dxy": dxy}) == ["contradicted"]
    done = "The dollar index has fallen for three straight weeks."  # the weeks ended by then
    assert _status(done, "2026-06-22", {"dxy": dxy}) == ["confirmed"]


def test_crypto_days_are_calendar_days() -> None:
    days = pd.date_range("2026-03-01", "2026-03-08")  # every day, weekend included
    btc = pd.Series([100.0, 101, 102, 103, 104, 103, 104, 105], index=days)
    text = "Bitcoin has risen for four consecutive days."
    assert _status(text, "2026-03-05", {"btc": btc}) == ["confirmed"]
    assert _status(text, "2026-03-08", {"btc": btc}) == ["contradicted"]


def test_months_are_calendar_months() -> None:
    days = pd.bdate_range("2025-09-01", "2026-02-27")
    falling = pd.Series([300.0 - 10 * (d.year * 12 + d.month - 24300) for d in days], index=days)
    text = "Ether was stuck in the red for five months in a row."
    assert _status(text, "2026-03-01", {"eth": falling}) == ["confirmed"]
    six = "Ether was stuck in the red for six straight months."  # September has no base
    assert _status(six, "2026-03-01", {"eth": falling}) == ["not checkable"]


def test_a_streak_said_to_close_a_month_ends_with_it() -> None:
    # four falls to Wednesday 2025-12-31, then two rises into January
    days = pd.bdate_range("2025-12-24", "2026-01-06")
    spx = pd.Series([100.0, 99.0, 98.0, 97.0, 96.0, 97.0, 98.0, 99.0], index=days[:8])
    text = "The S&P 500 logged four straight losing sessions to finish December."
    claims = [c for c in extract_claims(text).claims if c.window == "streak:D:4"]
    assert [c.when for c in claims] == [("date", (12, 31))]
    assert _status(text, "2026-01-06", {"spx": spx}) == ["confirmed"]
    plain = "The S&P 500 logged four straight losing sessions."  # to the article date: no
    assert _status(plain, "2026-01-06", {"spx": spx}) == ["contradicted"]


def test_a_session_streak_told_of_yesterday_ends_yesterday() -> None:
    days = pd.bdate_range("2026-02-27", "2026-03-06")
    gold = pd.Series([99.0, 100.0, 99.0, 98.0, 97.0, 96.0], index=days)  # four falls to Friday
    text = "Yesterday, gold fell for a fourth straight session."  # Thursday's run is three
    assert _status(text, "2026-03-06", {"gold": gold}) == ["contradicted"]
    today = "Gold fell for a fourth straight session."
    assert _status(today, "2026-03-06", {"gold": gold}) == ["confirmed"]
    weeks = "Last week, gold notched its fourth straight weekly gain."  # a week past: not read
    assert _streaks(weeks) == []
