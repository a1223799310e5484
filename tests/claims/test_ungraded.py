"""Stale data are never graded: a claim about a day long after the store's last close is
'not checkable' with the reason, not confirmed or contradicted on old closes."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.ungraded import gap_note

DAYS = pd.bdate_range("2025-06-02", "2026-03-31")
GOLD = pd.Series(range(3000, 3000 + len(DAYS)), index=DAYS, dtype=float)
MARKET = Market({"gold": GOLD})


def _statuses(text: str, day: str) -> list[tuple[str, str]]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), MARKET)
    return [(c.status, c.evidence) for c in checked]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 2% to $3,210 an ounce on Tuesday.",
        "Gold hit a record high today.",
        "Gold is up 5% this year.",
        "Gold traded near $3,200 an ounce.",
    ],
)
def test_claims_about_days_after_the_data_end_are_not_graded(text: str) -> None:
    found = _statuses(text, "2026-06-01")
    assert found, text
    for status, evidence in found:
        assert status == "not checkable", (text, status, evidence)
        assert "stale" in evidence and "2026-03-31" in evidence and "data update" in evidence


@pytest.mark.parametrize("day", ["2026-03-31", "2026-04-01", "2026-04-03"])
def test_a_few_days_after_the_last_close_are_still_graded(day: str) -> None:
    found = _statuses("Gold hit a record high today.", day)
    assert [s for s, _ in found] == ["confirmed"], found


def test_a_past_day_named_in_a_late_article_is_still_graded() -> None:
    (status, evidence), *_ = _statuses("Gold was at $3,180 an ounce in February.", "2026-06-01")
    assert status in ("confirmed", "contradicted") and "stale" not in evidence


def test_weekly_series_get_three_of_their_spacings() -> None:
    weeks = pd.date_range("2025-01-01", "2026-03-25", freq="W-WED")
    market = Market({"fed_assets": pd.Series(1.0, index=weeks)})
    ten_days, five_weeks = pd.Timestamp("2026-04-04"), pd.Timestamp("2026-04-29")
    assert gap_note(market, "fed_assets", ten_days, "Fed assets") is None
    assert "stale" in (gap_note(market, "fed_assets", five_weeks, "Fed assets") or "")
