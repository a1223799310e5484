"""A market that "pulled back from record highs" set a record in the days before, not on the
article's day: the record is graded over the week to the article date."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

_DAY = pd.Timestamp("2025-08-29")


def _market(record_on: str | None) -> Market:
    days = pd.bdate_range("2025-07-01", "2025-08-29")
    closes = pd.Series(100.0, index=days)
    if record_on is not None:
        closes.loc[record_on] = 120.0
    closes.iloc[-1] = 110.0 if record_on is not None else 90.0
    return Market({"spx": closes})


def _records(text: str, market: Market) -> list[tuple[str | None, str]]:
    checked = check_claims(extract_claims(text), _DAY, market)
    return [(c.claim.window, c.status) for c in checked if c.claim.kind == "record"]


def test_a_record_the_days_before_confirms_a_retreat_from_it() -> None:
    text = "Wall Street pulled back from record highs on Friday after a hot inflation print."
    assert _records(text, _market("2025-08-28")) == [("past:lately", "confirmed")]


def test_no_record_lately_contradicts_a_retreat_from_one() -> None:
    text = "Wall Street pulled back from record highs on Friday after a hot inflation print."
    assert _records(text, _market("2025-07-10")) == [("past:lately", "contradicted")]


def test_a_record_set_today_keeps_its_day() -> None:
    text = "The S&P 500 hit a record high on Friday."
    assert [w for w, _ in _records(text, _market("2025-08-28"))] == [None]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Ahead of the data, gold prices ease from record highs.", "gold"),
        ("Silver declined from its record highs on Tuesday.", "silver"),
        ("Bitcoin slid from record levels on Tuesday.", "btc"),
    ],
)
def test_any_fall_from_records_is_a_record_lately(text: str, asset: str) -> None:
    got = [(c.asset, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert got == [(asset, "past:lately")]


def test_a_fall_from_a_record_of_another_time_keeps_that_time() -> None:
    text = "Gold fell from a record high of $4,380 set on Friday."
    assert all(c.window != "past:lately" for c in extract_claims(text).claims)


def test_a_record_lately_says_so_in_words() -> None:
    [c] = [c for c in extract_claims("Bitcoin slid from record levels.").claims]
    assert c.describe() == "btc at a record high in the week before"
