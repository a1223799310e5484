"""A price stated as the record itself dates the article to the days that record stood
(hand-written phrasings on small synthetic markets)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.standingrecords import record_side, standing_days, standing_record


def _market(asset: str, level: float) -> Market:
    """A record close near ``level`` in February, an intraday spike far through it late in
    February (the new record), and a later record close right at ``level`` in March."""
    days = pd.bdate_range("2025-01-06", "2025-04-30")
    close = pd.Series(level * 0.9, index=days)
    close[days >= pd.Timestamp("2025-02-04")] = level * 0.985
    close[days >= pd.Timestamp("2025-02-12")] = level * 0.95
    high = close * 1.004
    high[pd.Timestamp("2025-02-25")] = level * 1.05
    close[pd.Timestamp("2025-03-12")] = level
    close[days > pd.Timestamp("2025-03-12")] = level * 0.95
    frame = pd.DataFrame({"low": close * 0.996, "high": high})
    return Market({asset: close}, {asset: frame})


@pytest.mark.parametrize(
    ("asset", "level", "text"),
    [
        ("silver", 41.2, "Silver notched a fresh record high near $41.20 an ounce."),
        ("gold", 2940.0, "Gold climbed to a record high of $2,940 on heavy buying."),
        ("btc", 97_300.0, "Bitcoin printed an all-time high of $97,300 overnight."),
        ("gold", 2940.0, "The metal, gold, climbed to a record $2,940 per ounce."),
    ],
)
def test_a_record_level_is_dated_while_that_record_stood(
    asset: str, level: float, text: str
) -> None:
    d = infer_date(extract_claims(text), _market(asset, level))
    assert d.date == pd.Timestamp("2025-02-04")  # not March: by then the record was higher


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Silver notched a fresh record high near $41.20 an ounce.", "high"),
        ("Gold edged up to a record $2,940 in thin trade.", "high"),
        ("Bitcoin printed a fresh all-time high of about $97,300.", "high"),
        ("Ether sank to a record low of $80 overnight.", "low"),
        ("Gold logged its record closing high of $2,940 that day.", "high"),
        # no standing record: an older one, one the price went past, or none at all
        ("Gold leapt beyond its prior record of $2,075 in early trade.", None),
        ("Silver is still below its former record high of $50 from 1980.", None),
        ("Bitcoin broke through the record of $97,300 and kept going.", None),
        ("Gold changed hands at $2,940, a 2% gain on the week.", None),
        ("Silver printed a two-week high of $41.20 on Tuesday.", None),
    ],
)
def test_which_prices_are_the_standing_record(text: str, side: str | None) -> None:
    at = text.index("$")
    assert record_side(text, at) == side


@pytest.mark.parametrize(
    ("closes", "highs", "side", "level", "expected"),
    [
        ([60.0, 64.3, 63.0, 67.0], None, "high", 64.3, [True, True, True, False]),
        ([60.0, 64.3, 63.0, 63.5], [61.0, 64.5, 66.5, 64.0], "high", 64.3, [1, 1, 0, 0]),
        ([90.0, 80.0, 81.0, 70.0], None, "low", 80.0, [True, True, True, False]),
        ([60.0, 64.3, 65.2, 65.0], None, "high", 64.3, [True, True, True, True]),  # within 2%
    ],
)
def test_standing_days(
    closes: list[float],
    highs: list[float] | None,
    side: str,
    level: float,
    expected: list[bool],
) -> None:
    days = pd.bdate_range("2026-03-02", periods=len(closes))
    ranges = {}
    if highs is not None:
        ranges["silver"] = pd.DataFrame({"low": [h - 5 for h in highs], "high": highs}, days)
    market = Market({"silver": pd.Series(closes, index=days)}, ranges)
    assert standing_days(market, "silver", side, level, days).tolist() == [
        bool(e) for e in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gold leapt beyond its prior record of $2,940 in early trade.",
        "Gold changed hands at $2,940 an ounce as the dollar slipped.",
    ],
)
def test_other_prices_keep_the_plain_level_test(text: str) -> None:
    market = _market("gold", 2940.0)
    claim = Claim(0, "level", "gold", text[text.index("$") :].split(" ")[0], "at", level=2940.0)
    held = pd.Series(True, index=pd.date_range("2025-01-06", "2025-04-30"))
    assert standing_record(claim, text, market, held).equals(held)


def test_a_record_that_never_stood_near_the_level_keeps_the_days() -> None:
    market = _market("gold", 2940.0)
    text = "Gold rose to a record high of $2,000 an ounce."  # far below every record here
    claim = Claim(0, "level", "gold", "record high of $2,000", "at", level=2000.0)
    held = pd.Series(True, index=pd.date_range("2025-03-01", "2025-03-31"))
    assert standing_record(claim, text, market, held).equals(held)  # no day left: unchanged
