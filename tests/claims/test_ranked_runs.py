"""Ranked streaks ("its longest losing streak since 2022") and ranked starts of a year ("its
worst start to a year since 2018"), as outlets write them, graded on the runs and spans."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _ranked(text: str) -> list[tuple[str | None, str | None, str | None, bool]]:
    return [
        (c.asset, c.op, c.window, "streak" in c.qualifiers)
        for c in extract_claims(text).claims
        if c.kind == "record"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # crypto news
            "Bitcoin is on course for its longest losing streak since 2022.",
            ("btc", "worst:D", "since:2022", True),
        ),
        (  # wire
            "The dollar posted its longest weekly winning run in more than a year.",
            ("dxy", "best:W", "last:1:year", True),
        ),
        (  # bank note
            "Gold is on track for its longest run of monthly gains since 2011.",
            ("gold", "best:M", "since:2011", True),
        ),
        (  # regional paper
            "Gold is having its worst start to a year since 2018.",
            ("gold", "worst:YTD", "since:2018", False),
        ),
        (  # data-feed page
            "Ether has had its weakest year-to-date performance on record.",
            ("eth", "worst:YTD", "ever", False),
        ),
        (
            "Silver is off to its best start to the year in five years.",
            ("silver", "best:YTD", "last:5:year", False),
        ),
    ],
)
def test_ranked_run_phrasings(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert _ranked(text) == [expected]


def _status(text: str, day: str, series: dict[str, pd.Series]) -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), Market(series))
    return [c.status for c in checked if c.claim.kind == "record"]


def _daily(signs: str, start: str) -> pd.Series:
    """A calendar-day series that moves 1% up ("+") or down ("-") each day."""
    values = [100.0]
    for x in signs:
        values.append(values[-1] * (1.01 if x == "+" else 0.99))
    return pd.Series(values, index=pd.date_range(start, periods=len(values)))


def test_a_longest_streak_is_ranked_on_run_lengths() -> None:
    # 2022: a 6-day fall; then runs of at most 3; now a 5-day fall
    signs = "++" + "------" + "+" + ("---+" * 100) + "+-----"
    btc = _daily(signs, "2022-12-20")
    day = str(btc.index[-1].date())
    text = "Bitcoin is on course for its longest losing streak since 2022."
    assert _status(text, day, {"btc": btc}) == ["confirmed"]
    longer = _daily(
        signs[:-6] + "+----", "2022-12-20"
    )  # a 4-day fall still beats the 3-day runs since
    assert _status(text, str(longer.index[-1].date()), {"btc": longer}) == ["confirmed"]
    shorter = _daily(signs[:-6] + "+---", "2022-12-20")  # 3 days: as long as the runs since
    assert _status(text, str(shorter.index[-1].date()), {"btc": shorter}) == ["contradicted"]


def test_a_start_of_a_year_is_ranked_against_the_same_span_of_other_years() -> None:
    days = pd.date_range("2016-12-01", "2026-02-20")
    gold = pd.Series(100.0, index=days)
    for year in range(2017, 2027):  # each year dips by 1% in its first weeks ...
        gold[(gold.index >= f"{year}-01-01") & (gold.index < f"{year}-03-01")] = 99.0
    gold[(gold.index >= "2018-01-01") & (gold.index < "2018-03-01")] = 90.0  # ... 2018 by 10%
    gold[gold.index >= "2026-01-01"] = 95.0  # 2026 by 5%: the worst since 2018
    text = "Gold is having its worst start to a year since 2018."
    assert _status(text, "2026-02-20", {"gold": gold}) == ["confirmed"]
    text = "Gold is having its worst start to a year on record."
    assert _status(text, "2026-02-20", {"gold": gold}) == ["contradicted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ether is set for a fifth straight monthly loss, the first such run since 2018.",
            ("eth", "worst:M", "since:2018", True),
        ),
        (
            "Gold rose for a ninth consecutive week, its longest since 2011.",
            ("gold", "best:W", "since:2011", True),
        ),
        (
            "Bitcoin slid for a fourth session in a row for the first time since March 2020.",
            ("btc", "worst:D", "since:March 2020", True),
        ),
        (  # over a span back: the run's rank, not a 400-day low of the price
            "Ether logged its third straight week of losses, a slide not seen in over 400 days.",
            ("eth", "worst:W", "last:400:day", True),
        ),
    ],
)
def test_a_rank_told_after_a_streak(text: str, expected: tuple[str, str, str, bool]) -> None:
    assert _ranked(text) == [expected]  # the streak's rank, and no price record


def test_a_run_that_began_in_the_named_year_counts_as_in_it() -> None:
    months = pd.date_range("2017-12-31", "2026-02-28", freq="ME")
    values, level = [], 100.0
    for m in months:  # six falling months Aug 2018 - Jan 2019, Oct 2025 - Feb 2026 five
        falling = pd.Timestamp("2018-08-01") <= m <= pd.Timestamp(
            "2019-01-31"
        ) or m >= pd.Timestamp("2025-10-01")
        level *= 0.95 if falling else (1.02 if m.month % 3 else 0.99)
        values.append(level)
    btc = pd.Series(values, index=months)
    text = "Bitcoin fell for a fifth straight month, the first such run since 2018."
    assert _status(text, "2026-03-01", {"btc": btc}) == ["confirmed"]
    text = "Bitcoin fell for a fifth straight month, the first such run since 2021."
    assert _status(text, "2026-03-01", {"btc": btc}) == ["contradicted"]


def test_a_run_ranked_over_days_back_counts_days() -> None:
    # weekly falls: a run of three 40 weeks back, then rises, then a run of three to date
    fridays = pd.date_range("2025-01-03", "2026-06-26", freq="W-FRI")
    signs = [1.0] * len(fridays)
    for i in (10, 11, 12, len(fridays) - 3, len(fridays) - 2, len(fridays) - 1):
        signs[i] = -1.0
    eth = pd.Series(100.0 * pd.Series([1.01 if s > 0 else 0.98 for s in signs]).cumprod().values,
                    index=fridays)  # fmt: skip
    text = "Ether fell for a third straight week, a run unseen for over 200 days."
    assert _status(text, "2026-06-26", {"eth": eth}) == ["confirmed"]
    text = "Ether fell for a third straight week, a run unseen for over 500 days."
    assert _status(text, "2026-06-26", {"eth": eth}) == ["contradicted"]
