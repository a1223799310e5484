"""A record weekly close ("its highest weekly close ever", "a record weekly close"): the
latest week's last close against every earlier week's, not the daily all-time high."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.closingrecords import grade_close_record, with_close
from leadwatch.claims.market import Market
from tests.claims.extracted import records

# Four weeks to Friday 2026-01-30; a daily spike on Wednesday 2026-01-14 above every close.
_DAYS = pd.bdate_range("2026-01-05", "2026-01-30")
_WEEK_ENDS = {"2026-01-09": 100.0, "2026-01-16": 104.0, "2026-01-23": 101.0}


def _market(last_friday: float) -> Market:
    closes = pd.Series(99.0, index=_DAYS)
    for d, v in _WEEK_ENDS.items():
        closes[pd.Timestamp(d)] = v
    closes[pd.Timestamp("2026-01-14")] = 120.0  # the daily record stays mid-week
    closes[pd.Timestamp("2026-01-30")] = last_friday
    return Market({"silver": closes})


def _graded(text: str, last_friday: float) -> str:
    c = next(c for c in extract_claims(text).claims if c.kind == "record")
    c = with_close(c, text)
    assert "weekly" in c.qualifiers
    return grade_close_record(c, pd.Timestamp("2026-01-30"), _market(last_friday))[0]


@pytest.mark.parametrize(
    "text",
    [
        "Silver posted its highest weekly close ever on Friday.",
        "Silver notched a record weekly close.",
    ],
)
def test_a_weekly_close_record_is_graded_on_week_ends(text: str) -> None:
    assert _graded(text, 106.0) == "confirmed"  # above 104, though below the daily 120
    assert _graded(text, 103.0) == "contradicted"


def test_a_record_weekly_gain_is_no_price_record() -> None:
    assert records("Silver notched a record weekly gain.") == []


def test_a_plain_record_close_stays_daily() -> None:
    text = "Silver closed at a record high."
    c = with_close(next(c for c in extract_claims(text).claims if c.kind == "record"), text)
    assert c.qualifiers == ("close",)
