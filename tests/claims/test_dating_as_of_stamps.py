"""A full date stamped on the figures with "as of" / "as at" votes like a dateline; a date
the running text merely names keeps the smaller weight of the latest date printed."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datingstamps import STAMP_VOTE, stamped_as_of
from leadwatch.claims.textdates import text_evidence

#: An opening sentence with no date, so no dateline is read.
_LEAD = "Crypto markets stayed nervous through the session and volumes were thin. "

#: Own phrasings: word order, abbreviations, day-first dates, a close, a weekday, a bracket.
STAMPS = [
    "Bitcoin changed hands near $88,300 as of March 14, 2025, after a choppy week.",
    "As of 14 March 2025, ether was quoted at $1,900 on major exchanges.",
    "Gold stood at $2,990 an ounce, as at Mar. 14, 2025, holding most of its gains.",
    "Prices as of market close on March 14, 2025: the S&P 500 ended at 5,638.",
    "Data accurate as of Friday, March 14, 2025, shows silver at $34.10.",
    "The dollar index hovered around 103.7 (as of 2025-03-14), little changed.",
    "As of the close of March 14, 2025, the 10-year yield sat at 4.31%.",
]


def _vote_on_march_14(sentence: str) -> tuple[float, list[str]]:
    """The text's vote for 14 March 2025 in an article led by ``_LEAD``, and its reasons."""
    days = pd.date_range("2025-02-01", "2025-04-30")
    votes, why = text_evidence(extract_claims(_LEAD + sentence), days)
    return float(pd.Series(votes, index=days).loc["2025-03-14"]), why


@pytest.mark.parametrize("sentence", STAMPS)
def test_an_as_of_stamp_votes_like_a_dateline(sentence: str) -> None:
    vote, why = _vote_on_march_14(sentence)
    assert vote >= STAMP_VOTE, why


#: Dates the running text names without a stamp: the latest-printed weight stays.
NAMED = [
    "Bitcoin hit a record on March 14, 2025, and has traded sideways since.",
    "Gold closed at $2,990 on March 14, 2025, after the inflation report.",
    "Silver has been rising since March 14, 2025, when it broke $34.",
]


@pytest.mark.parametrize("sentence", NAMED)
def test_a_named_date_is_not_a_stamp(sentence: str) -> None:
    assert _vote_on_march_14(sentence)[0] < STAMP_VOTE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("price as of November 9, 2025", True),
        ("As at 9 November 2025", True),
        ("as of writing on November 9, 2025", True),
        ("the record of November 9, 2025", False),
        ("as of last month, on November 9, 2025", False),
    ],
)
def test_stamped_as_of(text: str, expected: bool) -> None:
    assert stamped_as_of(text, text.find("9 Nov") if "9 Nov" in text else text.find("Nov")) is (
        expected
    )
