"""Round-four extraction rules, each tested on several hand-written phrasings of its
class: a move noun after its figure, distances from a past peak, clause-scoped dates."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.anchored import year_anchors, yearless_since_days
from leadwatch.claims.dating import dating_claims, infer_date
from leadwatch.claims.market import Market


def _moves(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.pct is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spot gold dropped 1.4% to $2,310.20 by midday, after a 3% jump on Tuesday.",
            [("gold", "down", 1.4), ("gold", "up", 3.0)],
        ),
        (
            "Silver slid 2.1% to $31.05, after nearly a 5% surge in the previous session.",
            [("silver", "down", 2.1), ("silver", "up", 5.0)],
        ),
        (
            "Bitcoin climbed 4% on Thursday following a 6% one-day slump on Wednesday.",
            [("btc", "up", 4.0), ("btc", "down", 6.0)],
        ),
        (
            "Gold rose 0.8% in early trade, extending its 2.5% weekly gain.",
            [("gold", "up", 0.8), ("gold", "up", 2.5)],
        ),
        (
            "Ether fell 3% after the 9% rally it posted last week.",
            [("eth", "down", 3.0), ("eth", "up", 9.0)],
        ),
    ],
)
def test_a_move_noun_after_its_figure_gives_that_figure_its_direction(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold fell 2% in trading on Friday as gains in the dollar weighed.",
        "Silver dropped 3% to end a run of gains.",
    ],
)
def test_a_noun_that_does_not_follow_the_figure_leaves_the_verb_its_say(text: str) -> None:
    assert [op for _, op, _ in _moves(text)] == ["down"]


def _records(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is the first time Ether has slipped below the $3,000 level since March 3.",
            [("eth", "low", "since:March 3")],
        ),
        (
            "That marked the first time silver sank under $28 since early May.",
            [("silver", "low", "since:early May")],
        ),
        (
            "It was the first time gold has climbed above $2,500 since the summer of 2024.",
            [("gold", "high", "since:the summer of 2024")],
        ),
        (
            "Bitcoin fell under $90,000 for the first time since April.",
            [("btc", "low", "since:April")],
        ),
    ],
)
def test_first_time_past_a_level_since_a_date_takes_the_side_and_span_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _records(text) == expected


def _btc_two_years() -> Market:
    """Daily closes over 2024-2025: $99,300 through December 2024, $98,000 (1.3% off it) on
    4 November 2025; a peak of $126,210 on 6 October 2025; a dip to $96,000 on 22 June 2025."""
    days = pd.date_range("2024-01-01", "2025-12-31", freq="D")
    close = pd.Series(80_000.0, index=days)
    close["2024-12-01":"2024-12-31"] = 99_300.0
    close["2025-06-22"] = 96_000.0
    close["2025-06-23":"2025-10-31"] = 110_000.0
    close["2025-10-06"] = 126_210.0
    close["2025-11-01":"2025-12-31"] = 105_000.0
    close["2025-11-04"] = 98_000.0
    return Market({"btc": close})


def test_a_price_tied_to_a_day_named_without_a_year_fixes_the_year() -> None:
    text = (
        "Bitcoin traded at $99,300 on Tuesday. Its all-time high of $126,210 was recorded "
        "on Oct. 6."
    )
    day = infer_date(extract_claims(text), _btc_two_years()).date
    assert day.year == 2025  # December 2024 fits the $99,300 better, but Oct. 6 is 2025's


def test_a_record_since_a_day_named_without_a_year_votes_for_the_year() -> None:
    text = "Bitcoin slipped to $99,300. It is the first time it fell below $98,500 since June 22."
    day = infer_date(extract_claims(text), _btc_two_years()).date
    assert day.year == 2025 and day.month == 11


def test_yearless_since_days_needs_the_last_close_beyond_near_the_named_day() -> None:
    held = yearless_since_days(_btc_two_years(), "btc", "low", 6, 22)
    assert bool(held["2025-11-04"])  # lowest since 2025-06-22
    assert not bool(held["2025-11-05"])  # 2025-11-04 was lower: not since June
    assert not held["2024-01-01":"2025-06-22"].any()


def test_a_price_of_a_named_day_is_year_evidence_not_the_article_day() -> None:
    text = "Silver set a record of $71.30 on 14th November. Gold reached $3,400."
    extraction = extract_claims(text)
    anchors = [(c.kind, c.asset, c.level) for c in year_anchors(extraction)]
    assert ("level", "silver", 71.3) in anchors
    assert all(c.asset == "gold" for c in dating_claims(extraction) if c.kind == "level")
