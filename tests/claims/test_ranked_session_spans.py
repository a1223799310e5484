"""Ranked session moves read like level records: the session the sentence names ("on
Monday, its biggest one-day fall in two years") is the one ranked; a span ("in two years")
holds when the last move beyond it lies at least the span less half a unit back. Records said
"since" a market crisis ("levels not seen since the COVID crash") read the crisis's month."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.extremes import check_move_record
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

_DAYS = pd.bdate_range("2019-01-01", "2024-06-14")


def _index(moves: dict[str, float]) -> Market:
    """An index drifting gently, with the given session moves."""
    steps = pd.Series([0.001 * (1 if i % 2 else -0.5) for i in range(len(_DAYS))], index=_DAYS)
    for day, move in moves.items():
        steps[pd.Timestamp(day)] = move
    return Market({"spx": 100 * steps.add(1).cumprod()})


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Stocks aside, the S&P 500 slid 3.2% on Tuesday, its worst one-day drop in a year.", 1),
        ("On Wednesday the S&P 500 logged its steepest daily loss in two years.", 2),
    ],
)
def test_a_ranked_session_takes_the_named_day(text: str, when: int) -> None:
    ranked = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.when for c in ranked] == [("weekday", when)]


def test_a_ranked_week_takes_no_day() -> None:
    text = "On Friday the S&P 500 closed out its best week in a year."
    ranked = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.when for c in ranked] == [None]


def _worst(window: str, when: tuple[str, int] | None = None) -> Claim:
    return Claim(0, "record", "spx", "worst one-day drop", "worst:D", when=when, window=window)


def test_the_named_session_is_ranked_not_the_article_day() -> None:
    market = _index({"2024-06-11": -0.035, "2022-03-01": -0.05})
    day = pd.Timestamp("2024-06-14")  # a Friday; the fall was on Tuesday
    assert check_move_record(_worst("last:2:year", ("weekday", 1)), day, market)[0] == "confirmed"
    assert check_move_record(_worst("last:2:year"), day, market)[0] == "contradicted"


@pytest.mark.parametrize(
    ("earlier", "status"),
    [
        ("2022-08-01", "confirmed"),  # 22 months back: "in two years" rounds it
        ("2021-01-04", "confirmed"),  # beyond the span
        ("2023-09-01", "contradicted"),  # 9 months back: no two-year record
    ],
)
def test_a_span_needs_the_last_move_beyond_it_most_of_the_span_back(
    earlier: str, status: str
) -> None:
    market = _index({"2024-06-14": -0.035, earlier: -0.05})
    day = pd.Timestamp("2024-06-14")
    assert check_move_record(_worst("last:2:year"), day, market)[0] == status
