"""Negated and "last <verb>" forms of a relative record ("levels that haven't been seen
since 2011", "prices last reached in March"), as outlets write them, graded on the span."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from tests.claims.extracted import records as _records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # crypto news
            "Ether climbed to levels that haven't been seen since October 2023.",
            ("eth", "high", "since:October 2023"),
        ),
        (  # regional paper
            "Gold rose to a level it hasn't seen since 2011.",
            ("gold", "high", "since:2011"),
        ),
        (  # bank note
            "The 10-year yield reached levels not witnessed since 2007.",
            ("yield_10y", "high", "since:2007"),
        ),
        (  # wire
            "The S&P 500 fell to a level it had not touched since April.",
            ("spx", "low", "since:April"),
        ),
        (  # data-feed page
            "Bitcoin dropped to prices last reached in March.",
            ("btc", "low", "since:March"),
        ),
        (
            "Bitcoin fell to prices it hadn\u2019t traded at since November.",
            ("btc", "low", "since:November"),
        ),
        ("Gold has hit levels last seen in late 2023.", ("gold", "high", "since:late 2023")),
    ],
)
def test_unseen_phrasings(text: str, expected: tuple[str, str, str]) -> None:
    assert _records(text) == [expected]


def _status(text: str, day: str, series: pd.Series) -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), Market({"btc": series}))
    return [c.status for c in checked if c.claim.kind == "record"]


def test_last_reached_in_a_month_graded_from_that_month() -> None:
    days = pd.bdate_range("2025-01-01", "2025-06-30")
    values = np.full(len(days), 100.0)
    values[days.month == 3] = 80.0  # a dip in March, back to 100, then a fall to 79 at the end
    values[-3:] = 79.0
    s = pd.Series(values, index=days)
    assert _status("Bitcoin dropped to prices last reached in March.", "2025-06-30", s) == [
        "confirmed"
    ]
    s.iloc[-3:] = 85.0  # 85 was beaten in March: the lowest since March, as said
    assert _status("Bitcoin dropped to prices last reached in March.", "2025-06-30", s) == [
        "confirmed"
    ]
    s.loc["2025-06-02":"2025-06-06"] = 90.0  # a lower close in June, after the span's start
    s.iloc[-3:] = 95.0
    assert _status("Bitcoin dropped to prices last reached in May.", "2025-06-30", s) == [
        "contradicted"
    ]
