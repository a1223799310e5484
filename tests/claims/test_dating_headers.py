"""A page's own date in the header forms outlets print: two-digit years, a "Date:" label,
a weekday between the label and the date (hand-written phrasings)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.printed import printed_dates


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        ("Desk Note\nDate:\n18.11.25Morning Brief\n", "2025-11-18"),  # bank note
        ("Market note | 03.03.26 | ", "2026-03-03"),  # regional desk, day first
        ("Date: 5/3/26\n", "2026-05-03"),  # US feed, month first
        ("Morning call 18-11-25: ", "2025-11-18"),
        ("Updated: Tue 3 Mar 2026 08:15 GMT\n", "2026-03-03"),
        ("Last updated on Tuesday, 3 March 2026, 9:12 am\n", "2026-03-03"),
        ("Posted on Wednesday, September 24, 2025 at 4:05 pm\n", "2025-09-24"),
        ("Dated: Fri. 26 Sep 2025\n", "2025-09-26"),
    ],
)
def test_a_header_date_is_the_dateline(header: str, iso: str) -> None:
    found = printed_dates(f"{header}Gold rose 1.2% as the dollar eased.")
    assert [(d.iso, d.role) for d in found] == [(iso, "dateline")]


@pytest.mark.parametrize(
    "text",
    [
        "Version 2.3.10 of the feed: gold rose 1.5%.",
        "Gold traded in a narrow range. " * 15 + "The ratio moved from 1.2.25 on the day.",
        "Silver rose 1.25 to 27.12 on the day.",
        "Gold rose 2.5% to $4,012.25 on 12/3 trading.",
    ],
)
def test_two_digit_years_are_read_only_in_a_header(text: str) -> None:
    assert printed_dates(text) == []


def _two_markets(day: pd.Timestamp) -> Market:
    """The S&P 500 and the dollar index drifting for two years, each 3% up on the day after
    ``day`` (closes, not fixes: the move shows on that day only)."""
    days = pd.bdate_range(day - pd.Timedelta(days=700), day + pd.Timedelta(days=30))
    rng = np.random.default_rng(7)
    gold = 5000 * np.exp(np.cumsum(rng.normal(0, 0.002, len(days))))
    silver = 90 * np.exp(np.cumsum(rng.normal(0, 0.002, len(days))))
    at = days.get_loc(day)
    gold[at], silver[at] = 6000.0, 100.0
    gold[at + 1 :] *= 6180.0 / gold[at + 1]
    silver[at + 1 :] *= 103.0 / silver[at + 1]
    return Market({"spx": pd.Series(gold, index=days), "dxy": pd.Series(silver, index=days)})


@pytest.mark.parametrize(
    "header",
    [
        "May 20, 2025\nBy Staff\n",  # newsletter byline
        "Date: 20.05.25\n",  # bank note
        "Published: Tue 20 May 2025 17:40\n",  # data-feed page
        "NEW YORK, May 20, 2025 (Wire) -- ",  # wire dateline
        "20/05/2025 | Metals desk\n",  # regional paper
    ],
)
def test_a_dateline_beats_a_slightly_better_fit_the_next_day(header: str) -> None:
    day = pd.Timestamp("2025-05-20")
    text = (
        f"{header}The S&P 500 closed at 6,000. The dollar index closed at 100. "
        "The S&P 500 rose 3% and the dollar index rose 3%."
    )
    dated = infer_date(extract_claims(text), _two_markets(day))
    assert (dated.date, dated.how) == (day, "printed")
