"""Ranked parts of a year ("its worst first-quarter performance since 2022", "the best
first half in five years"), as outlets write them, graded against the same part of other
years only."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.extremes import period_returns
from leadwatch.claims.market import Market
from tests.claims.extracted import records as _ranked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "The S&P 500 posted its worst first-quarter performance since 2022.",
            ("spx", "worst:Q1", "since:2022"),
        ),
        (  # bank note
            "Gold is heading for its best first half since 1979.",
            ("gold", "best:H1", "since:1979"),
        ),
        (  # crypto news
            "Bitcoin logged its weakest second quarter in three years.",
            ("btc", "worst:Q2", "last:3:year"),
        ),
        (  # regional paper
            "The dollar index recorded its worst first-half performance in more than 50 years.",
            ("dxy", "worst:H1", "last:50:year"),
        ),
        (  # data-feed page
            "Silver had its strongest Q1 since 2016.",
            ("silver", "best:Q1", "since:2016"),
        ),
        (
            "Ether suffered its worst third-quarter showing on record.",
            ("eth", "worst:Q3", "ever"),
        ),
        (  # the side from the move noun
            "Treasury yields saw their biggest first-half drop since 2020.",
            ("yield_10y", "worst:H1", "since:2020"),
        ),
        (
            "Gold had the strongest second half of the year since 2010.",
            ("gold", "best:H2", "since:2010"),
        ),
    ],
)
def test_ranked_part_phrasings(text: str, expected: tuple[str, str, str]) -> None:
    assert _ranked(text) == [expected]


def test_no_part_a_year_has_not() -> None:
    assert _ranked("Gold had its best third half since 2010.") == []


def _quarters(changes: dict[str, float]) -> pd.Series:
    """A daily series that moves by the given change over each named quarter ("2022Q1")
    and is flat over every other."""
    days = pd.bdate_range("2019-12-02", "2025-04-30")
    step = pd.Series(0.0, index=days)
    for q, ch in changes.items():
        inside = days[days.to_period("Q") == pd.Period(q)]
        step[inside] = np.log1p(ch) / len(inside)
    return 100 * np.exp(step.cumsum())


def test_half_and_part_returns() -> None:
    s = _quarters({"2023Q1": 0.1, "2023Q2": 0.1, "2023Q3": -0.5})
    halves = period_returns(s, "H")
    assert halves[pd.Timestamp("2023-06-30")] == pytest.approx(0.21, rel=1e-2)
    assert halves[pd.Timestamp("2023-12-31")] == pytest.approx(-0.5, rel=1e-2)
    q1 = period_returns(s, "Q1")
    assert set(q1.index.month) == {3}
    assert q1[pd.Timestamp("2023-03-31")] == pytest.approx(0.1, rel=1e-2)


def _status(text: str, day: str, series: pd.Series, asset: str = "spx") -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), Market({asset: series}))
    return [c.status for c in checked if c.claim.kind == "record"]


# First quarters: 2022 -10%, 2025 -5%, the others up; a -20% second quarter in 2023 that a
# rank over every quarter (not just first ones) would hold against 2025.
_PLANTED = {"2022Q1": -0.1, "2023Q1": 0.04, "2023Q2": -0.2, "2024Q1": 0.06, "2025Q1": -0.05}


@pytest.mark.parametrize(
    ("since", "status"),
    [("2022", "confirmed"), ("2023", "contradicted"), ("2021", "contradicted")],
)
def test_first_quarter_ranked_against_first_quarters(since: str, status: str) -> None:
    text = f"The S&P 500 posted its worst first-quarter performance since {since}."
    assert _status(text, "2025-03-31", _quarters(_PLANTED)) == [status]


def test_half_ranked_in_progress() -> None:
    s = _quarters({"2021Q1": -0.08, "2021Q2": -0.08, "2025Q1": -0.09})
    text = "The dollar index is on track for its worst first half since 2021."
    assert _status(text, "2025-04-29", s, "dxy") == ["confirmed"]  # 2021's was -15%
    assert _status(text.replace("2021", "2022"), "2025-04-29", s, "dxy") == ["contradicted"]
    assert _status(text.replace("since 2021", "in three years"), "2025-04-29", s, "dxy") == [
        "confirmed"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire: the side from the move before it, the span from "since ... began in"
            "The dollar index lost 9% over six months, its steepest start since floating "
            "exchange rates began in 1973.",
            ("dxy", "worst:YTD", "since:1973"),
        ),
        (  # bank note
            "Gold has surged 25% this year, its biggest start to a year since 1980.",
            ("gold", "best:YTD", "since:1980"),
        ),
        ("Bitcoin tumbled 20%, its sharpest start since 2018.", ("btc", "worst:YTD", "since:2018")),
        (  # regional paper
            "The S&P 500 posted its worst annual performance since records began in 1957.",
            ("spx", "worst:Y", "since:1957"),
        ),
    ],
)
def test_steep_start_and_since_records_began(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _ranked(text)
