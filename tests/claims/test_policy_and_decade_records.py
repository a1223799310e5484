"""Records ranked over decades ("its highest in over a decade"), two records of one asset
on opposite sides in one sentence, "since May of 2024", and records of the Fed's policy
moves ("the first rate cut since 2020"). Hand-written sentences, several per class."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.market import Market
from tests.claims.extracted import records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Platinum rallied to $1,400, its best level in over a decade.", None),  # no asset
        ("Silver traded near $38, its highest level in over a decade.", "last:10:year"),
        ("Silver slid to its lowest in nearly a decade on Monday.", "last:10:year"),
        ("Silver surged to its highest in two decades.", "last:20:year"),
        ("Silver sank to its weakest in decades.", "last:20:year"),
        ("Silver surged to its highest in several decades.", None),  # no count to check
    ],
)
def test_a_span_of_decades_is_the_window_of_a_record(text: str, expected: str | None) -> None:
    found = [w for a, _, w in records(text) if a == "silver"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dollar index slipped from a one-year high on Monday.",
            [],  # where it came from: no record
        ),
        (
            "The dollar index went from a one-year high back to its lowest since May of 2024.",
            [("dxy", "low", "since:May 2024")],  # the high is where it came from
        ),
        (
            "Ten-year yields have moved from their highest point in the past year, back to "
            "their lowest since March of 2025.",
            [("yield_10y", "high", "year"), ("yield_10y", "low", "since:March 2025")],
        ),
        (  # one side after a distance: still no record
            "The dollar index fell 3% below a one-year high, under its peak of the year.",
            [],
        ),
    ],
)
def test_a_record_on_the_other_side_of_the_same_asset_is_kept(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Traders are pricing in the Fed's first rate cut since 2019 this month.",
            [("fed_funds", "cut", "since:2019")],
        ),
        (
            "The Federal Reserve lowered interest rates for the first time since 2021 on Friday.",
            [("fed_funds", "cut", "since:2021")],
        ),
        (
            "The FOMC raised its key rate for the first time since 2017, lifting the dollar.",
            [("fed_funds", "hike", "since:2017")],
        ),
        ("The ECB delivered its first rate cut since 2016, while the Fed held.", []),
        (  # a season is a start like a month ("since December")
            "Gold rose as the Fed weighed its first rate cut since the spring.",
            [("fed_funds", "cut", "since:the spring")],
        ),
        (  # a span of years back from the day: "in three years"
            "On Tuesday the Fed made its first interest rate hike in three years.",
            [("fed_funds", "hike", "years:3")],
        ),
        ("The Bank of Canada delivered its first rate cut in five years.", []),
    ],
)
def test_the_first_policy_move_since_a_year_is_a_record_of_the_rate(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert records(text) == expected


def _rate_market() -> Market:
    """A policy rate cut from 5% to 4.5% in mid 2021 and raised to 4.75% in 2023."""
    days = pd.date_range("2019-01-01", "2024-06-30", freq="D")
    rate = pd.Series(5.0, index=days)
    rate.loc["2021-06-15":] = 4.5
    rate.loc["2023-03-01":] = 4.75
    rate.loc["2023-06-30"] = 4.6  # a one-day month-end dip: no cut
    return Market({"fed_funds": rate})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Markets bet on the Fed's first rate cut since 2021.", "confirmed"),
        ("Markets bet on the Fed's first rate cut since 2020.", "contradicted"),  # 2021 cut
        ("The Fed cut rates for the first time since 2022.", "confirmed"),  # the dip is none
        ("The Fed hiked rates for the first time since 2022.", "contradicted"),  # 2023 hike
        ("The Fed hiked rates for the first time since 2023.", "confirmed"),
        ("The Fed made its first rate cut in two years.", "confirmed"),  # none since 2022-06
        ("The Fed made its first rate cut in four years.", "contradicted"),  # the 2021 cut
    ],
)
def test_a_policy_record_is_graded_on_the_steps_of_the_rate(text: str, status: str) -> None:
    ex = extract_claims(text)
    graded = [c for c in check_claims(ex, pd.Timestamp("2024-06-20"), _rate_market())]
    policy = [c for c in graded if c.claim.kind == "record"]
    assert [c.status for c in policy] == [status]
    assert not [c for c in dating_claims(ex) if c.kind == "record"]  # no evidence of the day
