"""A level said of "the night between Thursday and Friday" holds on either day, like one said
of "Thursday night"."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.nights import night_of


def _market() -> Market:
    """Around the clock; 100 every day but Friday 2025-03-07 (80)."""
    days = pd.date_range("2025-03-01", "2025-03-08")
    values = pd.Series(100.0, index=days)
    values.loc["2025-03-07"] = 80.0
    return Market({"btc": values})


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin traded as low as $80 during the night between Thursday and Friday.",
        "Bitcoin sank to $80 in the night from Thursday to Friday.",
    ],
)
def test_the_night_between_two_days_holds_on_the_later(text: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-08"), _market())
    assert [c.status for c in checked if c.claim.kind == "level"] == ["confirmed"]


def test_a_plain_weekday_stays_on_its_day() -> None:
    c = Claim(0, "level", "btc", "$80", "at", 80.0, when=("weekday", 3))
    assert night_of("Bitcoin traded at $80 on Thursday, then rose on Friday.", c) is None
