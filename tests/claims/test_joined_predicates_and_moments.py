"""Owners and moments read from the clause around a figure: a predicate joined by "and"
shares its clause's subject ("Gold benefited from a weaker dollar and rose 2%"); "US stock
markets" are the S&P 500; a figure told of a moment of the session ("reversed an early
4% gain", "up 10% at its peak") is no close-to-close move; a close named as the weekend's
or the previous session's is that day's."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _moves(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Gold benefited from a weaker dollar and rose 2%.", "gold"),
        ("Silver drew support from the softer dollar, and has gained 6% this week.", "silver"),
        ("Gold slipped while the dollar firmed and gained 0.8%.", "dxy"),  # the clause's own
        ("Bitcoin fell 3% and ether slid 5%.", "btc"),
    ],
)
def test_a_joined_predicate_shares_its_clauses_subject(text: str, owner: str) -> None:
    assert _moves(text)[0][0] == owner


def test_us_stock_markets_are_the_sp500() -> None:
    found = extract_claims("Despite the dollar's slide, US stock markets hit record highs.")
    assert [(c.kind, c.asset) for c in found.claims] == [("record", "spx")]


def test_a_figure_of_a_moment_of_the_session() -> None:
    days = pd.bdate_range("2025-01-01", "2025-04-08")
    spx = pd.Series(5040.0, index=days)
    spx.iloc[-1] = 4960.0  # Tuesday 8 April: down 1.6% at the close
    text = "On Tuesday the S&P 500 reversed an early 3.9% gain to end 1.6% lower."
    checked = check_claims(extract_claims(text), days[-1], Market({"spx": spx}))
    status = {c.claim.pct: c.status for c in checked if c.claim.kind == "percent"}
    assert status == {3.9: "inconclusive", 1.6: "confirmed"}  # closes cannot see the morning
    found = extract_claims("Silver has shot up more than 10% at its peak today.").claims
    assert [c.qualifiers for c in found if c.kind == "percent"] == [("more", "extreme")]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Silver ran from the weekend close of $31.40 to $34.", ("weekday", 4)),
        ("Gold rose from the previous session's close of $2,010 to $2,040.", ("yesterday", 1)),
    ],
)
def test_a_named_close_is_that_days(text: str, when: tuple[str, int]) -> None:
    levels = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert levels[0].when == when
    assert levels[1].when is None  # the price reached is today's
