"""Dating round 22: a page dated the trading day after the session its lead names ("2026-03-12"
atop "On Wednesday, at 3:15 PM ET, ...": a desk a time zone ahead, or a page dated the morning
after) is dated on that session's weekday, a Monday page on Friday's; a lead opening twice on
the same weekday is one session, no day-by-day recap."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.sessionweekday import session_weekday

_DAYS = pd.bdate_range("2026-01-05", "2026-06-30")


def test_the_same_weekday_opening_twice_is_one_session() -> None:
    text = (
        "On Thursday New York time, the central bank cut rates. "
        "On Thursday afternoon, at 2:10 PM ET, stocks were flat."
    )
    assert session_weekday(text) == 3


def _gold_on(day: str) -> Market:
    gold, silver = pd.Series(3000.0, index=_DAYS), pd.Series(40.0, index=_DAYS)
    gold.loc[pd.Timestamp(day)], silver.loc[pd.Timestamp(day)] = 4123.0, 55.7
    return Market({"gold": gold, "silver": silver})


@pytest.mark.parametrize(
    "lead",
    [
        "On Wednesday, at 3:15 PM ET, gold traded near $4,123 and silver near $55.70.",
        "Gold held near $4,123 in New York trading on Wednesday; silver sat near $55.70.",
        "On Wednesday gold rose to near $4,123, and silver to about $55.70.",  # no hour
    ],
)
def test_a_dateline_the_day_after_the_session_moves_to_it(lead: str) -> None:
    text = f"Metals desk\n2026-03-12\n\n{lead}"
    dated = infer_date(extract_claims(text), _gold_on("2026-03-11"))
    assert dated.date == pd.Timestamp("2026-03-11"), dated.reasoning


@pytest.mark.parametrize(
    ("dateline", "lead"),
    [
        ("2026-03-12", "On Thursday, at 9:15 AM ET, gold traded near $4,123 and silver $55.70."),
        ("2026-03-12", "Gold rose to near $4,123, and silver to about $55.70."),  # no weekday
        ("2026-03-12", "On Tuesday gold rose to near $4,123, and silver to about $55.70."),
        ("2026-03-16", "On Wednesday gold rose to near $4,123, and silver to about $55.70."),
    ],
)
def test_a_dateline_stays_without_a_session_of_the_day_before(dateline: str, lead: str) -> None:
    text = f"Metals desk\n{dateline}\n\n{lead}"
    dated = infer_date(extract_claims(text), _gold_on("2026-03-11"))
    assert dated.date == pd.Timestamp(dateline), dated.reasoning


def test_a_monday_page_on_fridays_session_is_dated_friday() -> None:
    text = "Metals desk\n2026-03-16\n\nGold rose on Friday to near $4,123; silver hit $55.70."
    dated = infer_date(extract_claims(text), _gold_on("2026-03-13"))
    assert dated.date == pd.Timestamp("2026-03-13"), dated.reasoning


def test_a_day_by_day_recap_keeps_its_dateline() -> None:
    text = (
        "Metals desk\n2026-03-12\n\nOn Tuesday, gold slipped. On Wednesday, gold rose to "
        "near $4,123 and silver to about $55.70."
    )
    dated = infer_date(extract_claims(text), _gold_on("2026-03-11"))
    assert dated.date == pd.Timestamp("2026-03-12"), dated.reasoning
