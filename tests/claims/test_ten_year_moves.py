"""The 10-year yield named without "Treasury" ("the 10-year", "the benchmark 10-year") and
its moves told in basis points or percentage points over a named window are graded on
the yield's change in points over that window."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

SUBJECTS = ["The 10-year", "The benchmark 10-year", "10-year yields", "The benchmark 10-year yield"]
#: (phrasing, first day, last day) at the article date 2025-10-15: ``{s}`` the subject,
#: ``{v}`` a verb of the direction, ``{bp}`` the size in basis points, ``{pp}`` in points.
PHRASES = [
    ("{s} {v} {pp} percentage point last month.", "2025-08-31", "2025-09-30"),
    ("{s} {v} {bp} basis points last month.", "2025-08-31", "2025-09-30"),
    ("{s} {v} {bp}bps in the previous quarter.", "2025-06-30", "2025-09-30"),
    ("{s} {v} by {pp} percentage points so far this month.", "2025-09-30", "2025-10-15"),
]
VERBS = {True: ("climbed", "advanced", "jumped"), False: ("retreated", "shed", "eased")}


def _status(text: str, day: pd.Timestamp, market: Market) -> str:
    (c,) = [c for c in check_claims(extract_claims(text), day, market) if c.claim.asset]
    assert c.claim.asset == "yield_10y", c.claim
    return c.status


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize(("text", "first", "last"), PHRASES)
def test_ten_year_point_moves(
    subject: str, text: str, first: str, last: str, market: Market
) -> None:
    day = pd.Timestamp("2025-10-15")
    y = market.close("yield_10y")
    change = float(y.loc[:last].iloc[-1] - y.loc[:first].iloc[-1])
    assert abs(change) > 0.02  # a window that moved
    for i, verb in enumerate(VERBS[change > 0]):
        for size, status in ((abs(change), "confirmed"), (abs(change) * 3 + 0.4, "contradicted")):
            words = {"pp": f"{size:.2f}", "bp": f"{size * 100:.0f}"}
            said = text.format(s=subject, v=verb, **words)
            assert _status(said, day, market) == status, (said, i)
