"""Dating round 22: a page's own date printed with a two-digit year and a month's name
("Updated: 07-Apr-26 09:15 ET") is its dateline; a dateline printed firm as one day wins
against a later day nearby that the figures fit better, since a page cannot quote the
closes of days after its own date (a numeric one, "3.03.26", too: figures just after it
confirm its reading)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.printed import printed_dates

_DAYS = pd.bdate_range("2026-01-05", "2026-06-30")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Rates Desk\n\nUpdated: 07-Apr-26 09:15 ET\nYields slipped.", "2026-04-07"),
        ("Thu, 12-Feb-26 16:40\n\nCopper held steady.", "2026-02-12"),
        ("Posted 3-Sep-25 by the desk. Silver eased.", "2025-09-03"),
    ],
)
def test_a_header_date_with_a_short_year_is_the_dateline(text: str, iso: str) -> None:
    found = printed_dates(text)
    assert [(d.iso, d.role) for d in found] == [(iso, "dateline")]


def test_a_short_year_date_in_the_running_text_is_not_read() -> None:
    text = "Copper held steady. " * 25 + "It has gained 4% since 12-Feb-26 on demand hopes."
    assert printed_dates(text) == []


def _metals_on(day: str) -> Market:
    """Gold at $4,123 and silver at $55.70 on ``day`` only (flat prices elsewhere)."""
    gold, silver = pd.Series(3000.0, index=_DAYS), pd.Series(40.0, index=_DAYS)
    gold.loc[pd.Timestamp(day)], silver.loc[pd.Timestamp(day)] = 4123.0, 55.7
    return Market({"gold": gold, "silver": silver})


@pytest.mark.parametrize(
    "header",
    ["Updated: 03-Mar-26 10:05 ET", "March 3, 2026", "2026-03-03 14:20"],
)
def test_a_firm_dateline_beats_a_later_day_the_figures_fit(header: str) -> None:
    text = f"{header}\n\nMetals desk\n\nGold trades near $4,123 and silver near $55.70."
    dated = infer_date(extract_claims(text), _metals_on("2026-03-04"))
    assert dated.date == pd.Timestamp("2026-03-03"), dated.reasoning


@pytest.mark.parametrize("header", ["3.03.26", "3/3/2026"])
def test_a_numeric_dateline_the_figures_confirm_beats_the_next_day(header: str) -> None:
    text = f"{header}\n\nMetals desk\n\nGold trades near $4,123 and silver near $55.70."
    dated = infer_date(extract_claims(text), _metals_on("2026-03-04"))  # a day after: its reading
    assert dated.date == pd.Timestamp("2026-03-03"), dated.reasoning


@pytest.mark.parametrize(
    "text",
    [
        "Bars are stacked in a vault in Zurich, Switzerland, May 2, 2026. (Anna Keller/AP)",
        "A trader watches screens in Mumbai on 12 March 2026 (Ravi Nair/Getty Images)",
        "Coins lie on a counter, January 8, 2026. (Jo Brandt/Reuters)",
    ],
)
def test_a_date_before_a_bracketed_name_and_agency_is_a_caption(text: str) -> None:
    assert [d.role for d in printed_dates(text)] == ["caption"]


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, March 9, 2026 (Reuters) - Gold rose as the dollar eased.",
        "March 9, 2026 (gold/silver ratio near 80): silver lagged.",
    ],
)
def test_a_wire_dateline_or_a_bracketed_aside_is_no_caption(text: str) -> None:
    assert [d.role for d in printed_dates(text)] == ["dateline"]
