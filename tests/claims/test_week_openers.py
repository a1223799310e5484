"""A move said of the week's opening ("opened the week down 0.5%") is Monday's move, not the
article day's."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _whens(text: str) -> list[object]:
    return [c.when for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "The dollar index opened the week down 0.5% before rebounding.",
        "Gold started the week with a 1.2% gain.",
        "Silver kicked off the week by falling 2%.",
    ],
)
def test_a_week_opener_dates_the_move_on_monday(text: str) -> None:
    assert _whens(text) == [("weekday", 0)]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Gold opened the week higher and has gained 3% since.", None),  # another clause
        ("Gold opened the week down 2% on Tuesday.", ("weekday", 1)),  # its own day wins
        ("Gold fell 2% this week.", None),  # no opener
    ],
)
def test_other_moves_keep_their_time(text: str, when: object) -> None:
    assert _whens(text) == [when]


def test_graded_on_monday() -> None:
    days = pd.bdate_range("2025-03-03", "2025-03-13")  # Monday 10 March: -1%; then +2% a day
    values = pd.Series(100.0, index=days)
    values.loc["2025-03-10"] = 99.0
    values.loc["2025-03-11":] = [101.0, 103.0, 105.0]
    market, day = Market({"gold": values}), pd.Timestamp("2025-03-13")
    text = "Gold opened the week down 1% and then climbed."
    statuses = [c.status for c in check_claims(extract_claims(text), day, market)]
    assert statuses[:1] == ["confirmed"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Silver opened the week 2% lower at $30.", ("weekday", 0)),
        (
            "While the dollar index opened the week down 0.5% ahead of a jump in gold to $3,100,"
            " it later rose.",
            ("weekday", 0),
        ),
        ("Silver opened the week 2% lower, and now trades at $30.", None),  # another clause
    ],
)
def test_a_level_in_the_openers_clause_is_mondays(text: str, when: object) -> None:
    assert [c.when for c in extract_claims(text).claims if c.kind == "level"] == [when]
