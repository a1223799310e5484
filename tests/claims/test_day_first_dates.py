"""A past day written day first ("On 5 March alone", "On 11-12 March", "By 28 February"), or
as a fixed-date holiday ("By Halloween", "on Christmas Eve"), dates the claims of its
sentence; a rolling window stated there ("down 4% monthly") runs to that day, not to the
article's. A deadline ahead ("could reach $150,000 by Christmas") dates nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DATED = [
    ("On 5 March alone, silver dropped 6% to $30.10 at the close.", ("date", (3, 5))),
    ("On 11\u201312 March, ether traded near $1,900.", ("date", (3, 12))),
    ("On the 3rd of June, gold closed at $3,350.", ("date", (6, 3))),
    ("By 28 February bitcoin had already slipped to around $84,000.", ("date", (2, 28))),
    ("By Halloween, gold stood at $2,750.", ("date", (10, 31))),
    ("On Christmas Eve, bitcoin closed at $98,000.", ("date", (12, 24))),
    ("By New Year\u2019s Day, ether had fallen to $3,300.", ("date", (1, 1))),
    ("Ether changed hands at $2,450 as of 9 April.", ("date", (4, 9))),
    ("As of the 2nd of May, the dollar index stood at 99.8.", ("date", (5, 2))),
]


@pytest.mark.parametrize(("text", "when"), DATED)
def test_a_day_first_date_or_a_holiday_dates_its_sentence(
    text: str, when: tuple[str, object]
) -> None:
    ex = extract_claims(text)
    assert ex.claims
    assert all(c.when == when for c in ex.claims), ex.claims


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin could reach $150,000 by Christmas, one analyst said.",
        "Gold may climb to $3,000 by 31 December.",
    ],
)
def test_a_deadline_ahead_dates_nothing(text: str) -> None:
    assert all(c.when is None for c in extract_claims(text).claims)


def test_a_weekday_is_still_a_weekday() -> None:
    ex = extract_claims("Silver rose 2% on Tuesday to $33.")
    assert {c.when for c in ex.claims} == {("weekday", 1)}


def _btc() -> Market:
    """Bitcoin at 114,000 to the end of September, 112,000 in October but 109,500 on its
    last day, 95,000 in November and 92,000 on 17 November."""
    days = pd.date_range("2025-09-01", "2025-11-17")
    close = pd.Series(114_000.0, index=days)
    close.loc["2025-10-01":"2025-10-30"] = 112_000.0
    close.loc["2025-10-31"] = 109_500.0
    close.loc["2025-11-01":] = 95_000.0
    close.loc["2025-11-17"] = 92_000.0
    return Market({"btc": close})


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("By Halloween, bitcoin closed at $110,000 (down 4% monthly).", ["confirmed"] * 2),
        ("By 31 October bitcoin had ended at $110,000, down 4% monthly.", ["confirmed"] * 2),
        (
            "By 31 October bitcoin had ended at $110,000, down 15% monthly.",
            ["confirmed", "contradicted"],
        ),
        # no day named: the month to the article's day (-17.9%)
        ("Bitcoin is at $92,000, down 4% monthly.", ["confirmed", "contradicted"]),
    ],
)
def test_a_rolling_window_runs_to_the_day_named(text: str, statuses: list[str]) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-11-17"), _btc())
    assert [c.status for c in checked] == statuses, [c.evidence for c in checked]
