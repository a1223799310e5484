"""In a week-by-week account a figure said of a week named by a day ("the week of
September 2", "the September 2 week", "the week ending September 5") is graded in that
week: a move as the week's change, a price at the week's end, not on the article's date."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAY = pd.Timestamp("2025-09-26")  # published three weeks later, the price far higher


def _market() -> Market:
    days = pd.bdate_range("2025-08-01", DAY)
    silver = pd.Series(40.0, index=days)
    silver[days >= "2025-09-02"] = 40.8  # the week of (Tuesday) 2 September: +2%
    silver[days >= "2025-09-05"] = 41.5
    silver[days >= "2025-09-08"] = 45.0
    return Market({"silver": silver})


@pytest.mark.parametrize(
    "text",
    [
        "Silver gained 3.75% to $41.50 during the September 2 week.",  # a weekly column
        "In the week of September 2, silver rose 3.75% to $41.50.",  # a wire recap
        "Silver added 3.75% to close at $41.50 in the week ending Sept. 5.",  # a bank note
        "Silver ended the week of Sept. 2 at $41.50, up 3.75%.",  # a regional paper
        "Silver, week of September 2: +3.75% to $41.50",  # a data page
    ],
)
def test_each_figure_is_graded_in_its_week(text: str) -> None:
    checked = [c for c in check_claims(extract_claims(text), DAY, _market())]
    got = sorted((c.claim.kind, c.status) for c in checked if c.claim.kind in ("level", "percent"))
    assert got == [("level", "confirmed"), ("percent", "confirmed")], [c.evidence for c in checked]


def test_a_figure_of_another_week_is_contradicted() -> None:
    text = "Silver gained 3.75% to $45 during the September 2 week."  # $45 came a week later
    checked = check_claims(extract_claims(text), DAY, _market())
    assert [c.status for c in checked if c.claim.kind == "level"] == ["contradicted"]


def test_a_named_week_is_its_own_clause_s() -> None:
    text = (
        "Silver rose 2% to $40.80 by September 2, then 1.7% to $41.50 during the September 8 week."
    )
    windows = [c.window for c in extract_claims(text).claims if c.kind == "percent"]
    assert windows[0] != "weekof:September 8"
    assert windows[1] == "weekof:September 8"
