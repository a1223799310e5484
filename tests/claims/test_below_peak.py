"""A figure placing today against a past top or bottom ("almost 30% below its October
peak", "25% above its April low") is a move from that extreme, graded from it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _moves(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    kinds = ("percent", "move")
    return [
        (c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims if c.kind in kinds
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # crypto news
            "Bitcoin is almost 30% below its October peak.",
            ("btc", "down", 30.0, "peak:in:October"),
        ),
        ("Gold sits 8% under its January high.", ("gold", "down", 8.0, "peak:in:January")),
        (  # wire
            "Ether is trading 40% beneath its August record.",
            ("eth", "down", 40.0, "peak:in:August"),
        ),
        (  # regional paper
            "The S&P 500 is 10% below its February high.",
            ("spx", "down", 10.0, "peak:in:February"),
        ),
        (  # bank note
            "The S&P 500 trades 25% above its April low.",
            ("spx", "up", 25.0, "low:in:April"),
        ),
        (  # data-feed page
            "Bitcoin stands 20 percent shy of its November record.",
            ("btc", "down", 20.0, "peak:in:November"),
        ),
    ],
)
def test_distance_from_an_extreme_phrasings(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    assert _moves(text) == [expected]


def test_above_a_peak_is_no_distance() -> None:
    assert all(w != "peak" for *_, w in _moves("Gold rose 3% to stand above its peak."))


def _status(text: str, day: str, series: pd.Series) -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), Market({"btc": series}))
    return [c.status for c in checked if c.claim.kind == "percent"]


def test_graded_from_the_peak_of_the_month() -> None:
    days = pd.bdate_range("2025-06-02", "2025-11-18")
    values = np.full(len(days), 100.0)
    values[(days.month == 10) & (days.day == 6)] = 125.0  # the October peak
    values[days > "2025-10-06"] = 90.0  # 28% under it
    s = pd.Series(values, index=days)
    assert _status("Bitcoin is almost 30% below its October peak.", "2025-11-18", s) == [
        "confirmed"
    ]
    assert _status("Bitcoin is almost 5% below its October peak.", "2025-11-18", s) == [
        "contradicted"
    ]
