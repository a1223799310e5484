"""A move stated as the session's extreme (issue 15, units): "as much as 34%", "at one
point down 9%", "at one stage it was 12% lower", "fell up to 12% intraday" are graded on
the day's low (high) where the series has a range; a plain move stays on the close."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2026-01-05", "2026-01-30")


def _percents(text: str) -> list[tuple[str | None, str | None, tuple[str, ...]]]:
    return [(c.asset, c.op, c.qualifiers) for c in extract_claims(text).claims if c.pct]


@pytest.mark.parametrize(
    "text",
    [
        "Silver was at one point down 12% on Friday.",
        "At one stage silver was down 12% on Friday.",
        "Silver fell up to 12% intraday on Friday.",
        "Silver slid up to 12% on Friday before paring losses.",
        "Silver at one point tumbled 12% on Friday.",
        "On Friday silver, at one time, was off 12%.",
        "Silver sank as much as 12% on Friday.",
    ],
)
def test_a_move_stated_as_an_extreme_is_read_as_one(text: str) -> None:
    assert _percents(text) == [("silver", "down", ("extreme",))]


@pytest.mark.parametrize(
    "text",
    [
        "Silver fell 12% on Friday.",
        "At one point gold rallied, but silver fell 12% on Friday.",  # another clause
        "At one stage traders sold. Silver then fell 12% on Friday.",
    ],
)
def test_a_plain_move_is_no_extreme(text: str) -> None:
    assert _percents(text) == [("silver", "down", ())]


def _market() -> Market:
    closes = pd.Series(100.0, index=DAYS)
    closes.iloc[-1] = 96.0  # closed 4% lower
    ranges = pd.DataFrame({"low": closes * 0.99, "high": closes * 1.01}, index=DAYS)
    ranges.iloc[-1] = (88.0, 100.5)  # but traded 12% lower at one point
    return Market({"btc": closes}, ranges={"btc": ranges})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Bitcoin was at one point down 12% on Friday.", "confirmed"),
        ("At one stage bitcoin was down 12% on Friday.", "confirmed"),
        ("Bitcoin was at one point down 20% on Friday.", "contradicted"),  # low: -12%
    ],
)
def test_an_extreme_is_graded_on_the_day_range(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), DAYS[-1], _market())
    moves = [c for c in checked if c.claim.kind == "percent"]
    assert [c.status for c in moves] == [status], [c.evidence for c in moves]
    assert "the day's extreme" in moves[0].evidence
