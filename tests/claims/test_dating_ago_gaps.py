"""Dating round 26: a printed date said to lie some time ago ("three weeks ago, on ...")
dates the article that long after it, and is never the day of writing; a claim tied to a
day named without a year counts less the further the article is from that day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.anchored import named_day_fade
from leadwatch.claims.datehints import claims_score
from leadwatch.claims.model import Claim
from leadwatch.claims.textdates import latest_printed, text_evidence

_DAYS = pd.date_range("2024-01-01", "2026-12-31")


def _vote(votes: object, day: str) -> float:
    return float(pd.Series(votes, index=_DAYS).loc[pd.Timestamp(day)])


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        (
            "Silver has lost a third of its value since its peak three weeks ago, on "
            "March 4, 2026, when it traded near $120.",
            "2026-03-25",
            "2026-03-05",
        ),
        (
            "Ether sits far below the top it set nearly six months ago, on Feb. 11, 2025.",
            "2025-08-08",
            "2025-08-20",
        ),
        (
            "The metal peaked more than 2 years ago on June 3, 2024 and has not recovered.",
            "2026-06-10",
            "2026-05-20",
        ),
    ],
)
def test_a_gap_back_to_a_printed_date_votes_for_that_long_after_it(
    text: str, inside: str, outside: str
) -> None:
    votes, why = text_evidence(extract_claims(text), _DAYS)
    assert _vote(votes, inside) > _vote(votes, outside), why
    assert latest_printed(extract_claims(text)) is None  # never the day of writing


def test_a_printed_date_with_no_gap_is_still_the_latest_printed() -> None:
    text = "Copper rallied to $6 on May 12, 2026, its best day in a month."
    printed = latest_printed(extract_claims(text))
    assert printed is not None and printed.iso == "2026-05-12"
    _, why = text_evidence(extract_claims(text), _DAYS)
    assert not any("(s) ago" in r for r in why)


def _dated(month: int, dom: int) -> Claim:
    return Claim(0, "level", "eth", "at $4,100", op="at", level=4100.0, when=("date", (month, dom)))


@pytest.mark.parametrize(("month", "dom", "soon", "late"), [(9, 14, 20, 200), (3, 2, 5, 300)])
def test_a_yearless_day_claim_fades_with_time_since_the_day(
    month: int, dom: int, soon: int, late: int
) -> None:
    day = pd.Timestamp(year=2025, month=month, day=dom)
    days = pd.DatetimeIndex([day + pd.Timedelta(days=soon), day + pd.Timedelta(days=late)])
    held = pd.Series(True, index=days)
    score = claims_score([(_dated(month, dom), held, 1.0)], days)
    assert score.iloc[0] == pytest.approx(1.0)
    assert 0.25 <= score.iloc[1] < 0.75


def test_a_claim_of_today_does_not_fade() -> None:
    days = pd.date_range("2025-01-01", periods=400, freq="D")
    today = Claim(0, "level", "eth", "at $4,100", op="at", level=4100.0, when=("today", 0))
    assert (named_day_fade(today, days) == 1.0).all()
