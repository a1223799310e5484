"""A crossing told as the first since a named month ("the first time below $100,000 since
June"): read with its level, dated as a first crossing since then; and a demonstrative that
says where the last asset stands ("That's down 20% from its peak")."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.firsttime import crossing_since_days, first_crossings
from leadwatch.claims.market import Market


@pytest.mark.parametrize(
    ("text", "op", "window"),
    [
        ("Ether slid 6% to $2,850 on Monday, the first time below $3,000 since May.", "low", "May"),
        ("Gold rose 1% on Friday, the first time above $4,000 since March.", "high", "March"),
        (
            "Bitcoin fell on Tuesday, the first time it traded under $90k since April.",
            "low",
            "April",
        ),
    ],
)
def test_a_first_time_since_told_after_the_level_is_a_relative_record(
    text: str, op: str, window: str
) -> None:
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.op, c.window) for c in records] == [(op, f"since:{window}")]


def test_a_first_time_in_history_told_after_the_level_stays_all_time() -> None:
    text = "Silver gained 3% on Friday, the first time above $60 in its history."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.op, c.window) for c in records] == [("high", None)]


def test_the_first_time_since_becomes_a_first_crossing_since_for_dating() -> None:
    ex = extract_claims("Ether fell to $2,850 on Monday, the first time below $3,000 since May.")
    levels = [c for c in first_crossings(dating_claims(ex), ex.sentences) if c.kind == "level"]
    assert ("first:below", 3000.0, "since:May") in [(c.op, c.level, c.window) for c in levels]


def _crossings(values: list[float], level: float, side: str) -> list[str]:
    days = pd.bdate_range("2025-05-01", periods=len(values), freq="7D")
    m = Market({"eth": pd.Series(values, index=days)})
    held = crossing_since_days(m, "eth", level, side, 5, None)
    return [str(d.date()) for d in held[held].index]


def test_a_crossing_since_needs_the_last_one_in_the_named_month() -> None:
    # below in May, above through the summer, below again: the new crossing and the day before
    assert _crossings([2900, 2950, 3100, 3200, 3300, 3400, 2800, 2700], 3000, "below") == [
        "2025-06-05",
        "2025-06-12",
    ]


def test_no_crossing_since_when_it_never_left_the_level() -> None:
    assert _crossings([2900, 2950, 2900, 2800, 2850, 2700], 3000, "below") == []


def test_a_later_crossing_is_no_first_since_the_named_month() -> None:
    # below on May 1, back below on June 5 (the first since May), and again on June 26 (the
    # last one before it was in June, not May)
    weekly = [2900, 3100, 3100, 3100, 3100, 2900, 3100, 3200, 2800]  # May 1 to June 26
    assert _crossings(weekly, 3000, "below") == ["2025-05-29", "2025-06-05"]


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Bitcoin fell to $96,000 on Tuesday. That's down more than 20% from its peak.", 20.0),
        ("Gold rose to $4,100 on Friday. That leaves it up 30% this year.", 30.0),
        ("Silver closed at $50 on Monday. This puts it up 60% in 2025.", 60.0),
    ],
)
def test_a_demonstrative_tells_where_the_last_asset_stands(text: str, pct: float) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent" and c.pct == pct]
    assert [c.asset for c in moves] == [extract_claims(text).claims[0].asset]


def test_a_demonstrative_of_a_figure_from_another_is_no_move() -> None:
    text = "Inflation rose to 3% in May. That is up from 2% a year earlier."
    assert not [c for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "Ether needs to reclaim $4,200 to turn the trend.",
        "Silver has to clear $55 before the bulls return.",
        "Gold must hold $4,000 to keep the rally alive.",
        "A slide under $60,000 exposes bitcoin to a drop toward $52,000.",
    ],
)
def test_a_level_a_view_needs_is_no_level_of_the_day(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]


def test_a_level_reached_stays_a_level() -> None:
    levels = [c for c in extract_claims("Ether reclaimed $4,200 on Monday.").claims]
    assert [(c.kind, c.level) for c in levels] == [("level", 4200.0)]


def test_a_participle_of_exceeding_is_a_floor() -> None:
    claims = extract_claims("Silver suffered an intraday drop exceeding 7% on Wednesday.").claims
    assert [(c.pct, c.qualifiers) for c in claims if c.kind == "percent"] == [(7.0, ("more",))]


def test_a_month_of_a_year_keeps_its_year() -> None:
    text = "Gold set a peak of $1,921 in September of 2011, then a low of $1,050 in May of 2015."
    windows = [c.window for c in extract_claims(text).claims if c.kind == "level"]
    assert windows == ["ext:high:mon:9:2011:", "ext:low:mon:5:2015:"]
