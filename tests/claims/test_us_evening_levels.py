"""A coin's level said of a weekday's US evening ("by the evening", "at 9:40 p.m. ET") falls
in the next day of a series closing at 00:00 UTC; a morning or afternoon clock time, or an
asset that does not trade overnight, stays on the day named (hand-written phrasings)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.nights import night_of


def _market() -> Market:
    """Ether around the clock; 100 every day but Friday 2025-03-07 (80)."""
    days = pd.date_range("2025-03-01", "2025-03-08")
    values = pd.Series(100.0, index=days)
    values.loc["2025-03-07"] = 80.0
    return Market({"eth": values})


@pytest.mark.parametrize(
    "text",
    [
        "Ether slumped on Thursday, sinking to $80 by the evening.",
        "Ether traded as low as $80 at 9:40 p.m. ET on Thursday.",
        "On Thursday ether touched $80 at 7:05 pm EST.",
    ],
)
def test_a_us_evening_level_holds_on_the_next_utc_day(text: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-08"), _market())
    levels = [c for c in checked if c.claim.kind == "level"]
    assert [c.status for c in levels] == ["confirmed"]
    assert "next day in UTC" in levels[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Ether traded at $80 at 10:15 a.m. ET on Thursday.",
        "Ether traded at $80 at 3:30 p.m. ET on Thursday.",
        "Ether touched $80 at 7:05 pm EDT on Thursday.",
    ],
)
def test_a_daytime_clock_time_stays_on_its_day(text: str) -> None:
    c = Claim(0, "level", "eth", "$80", "at", 80.0, when=("weekday", 3))
    assert night_of(text, c) is None


@pytest.mark.parametrize(
    "text",
    [
        "Ether kept sliding, reaching $80 by the evening.",
        "Ether was changing hands at $80 at 8:30 p.m. ET, data showed.",
    ],
)
def test_an_evening_of_the_article_day_holds_on_the_next_utc_day(text: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-06"), _market())
    assert [c.status for c in checked if c.claim.kind == "level"] == ["confirmed"]


def test_a_daytime_quote_of_the_article_day_stays_contradicted() -> None:
    text = "Ether was changing hands at $80 at 11:30 a.m. ET, data showed."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-06"), _market())
    assert [c.status for c in checked if c.claim.kind == "level"] == ["contradicted"]


def test_a_metal_evening_level_stays_on_its_day() -> None:
    days = pd.bdate_range("2025-03-03", "2025-03-07")
    gold = pd.Series(100.0, index=days)
    gold.loc["2025-03-07"] = 80.0
    text = "Gold slid on Thursday, sinking to $80 by the evening."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-07"), Market({"gold": gold}))
    assert [c.status for c in checked if c.claim.kind == "level"] == ["contradicted"]


def test_the_evening_of_the_weekday_the_article_is_dated_holds_on_the_next_utc_day() -> None:
    text = "Ether slumped on Thursday, sinking to $80 by the evening."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-06"), _market())
    assert [c.status for c in checked if c.claim.kind == "level"] == ["confirmed"]
