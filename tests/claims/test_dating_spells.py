"""Which day of the evidence to take, on hand-written articles over small synthetic
markets: the latest date a text prints is likely its day (not only a lower bound), and in
a spell the levels leave open, the day right after the weekdays the story names."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.textdates import latest_printed

_DAYS = pd.bdate_range("2025-03-03", "2025-05-30")
_PRINTED = pd.Timestamp("2025-04-04")  # a Friday


def _gold_near_then_exact() -> Market:
    """Gold at $1,985 on the printed day (0.75% off a $2,000 quote, within the level's
    tolerance) and at exactly $2,000 four sessions later; far below elsewhere."""
    gold = pd.Series(1700.0, index=_DAYS)
    gold.loc[_PRINTED] = 1985.0
    gold.loc[pd.Timestamp("2025-04-10")] = 2000.0
    return Market({"gold": gold})


@pytest.mark.parametrize(
    "text",
    [
        "As of April 4, 2025, gold traded at $2,000 an ounce after a volatile week.",
        "Gold stood at $2,000 an ounce at 1 p.m. on Friday, April 4, 2025, traders said.",
        "The major indexes on April 4, 2025, at noon. Gold was quoted at $2,000 an ounce.",
        "Gold was trading at $2,000 an ounce. Weekly Metals Review - April 4th, 2025.",
    ],
)
def test_the_latest_date_printed_is_likely_the_articles_day(text: str) -> None:
    padded = "Markets wrap. " + "Traders weighed the news. " * 16 + text  # no dateline
    extraction = extract_claims(padded)
    latest = latest_printed(extraction)
    assert latest is not None and latest.iso == "2025-04-04"
    dated = infer_date(extraction, _gold_near_then_exact())
    assert dated.date == _PRINTED, dated.reasoning
    assert any("latest date printed" in r for r in dated.reasoning)
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2025-04-10" in runner  # the closer fit is still shown


@pytest.mark.parametrize(
    "text",
    [
        "Gold traded at $2,000 an ounce, its best level since April 4, 2025.",
        "Gold traded at $2,000 an ounce, below the record high set on April 4, 2025.",
        "Gold traded at $2,000 an ounce, up from $1,700 after April 4, 2025.",
    ],
)
def test_a_date_looked_back_to_on_purpose_is_no_likely_day(text: str) -> None:
    assert latest_printed(extract_claims(text)) is None


def test_a_dateline_leaves_the_latest_printed_date_alone() -> None:
    text = "LONDON, 10th April, 2025 (Wire) -- Gold traded at $2,000. It fell on April 4, 2025."
    assert latest_printed(extract_claims(text)) is None


def _silver_flat_week() -> Market:
    """Silver at $60 from Monday 2026-01-12 to Wednesday 2026-01-14, at $50 elsewhere: a $60
    quote holds from Monday to Thursday (a claim of the day also holds the day after)."""
    days = pd.date_range("2025-12-01", "2026-02-27")
    silver = pd.Series(50.0, index=days)
    silver.loc["2026-01-12":"2026-01-14"] = 60.0
    return Market({"silver": silver})


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Silver traded at $60. It eased on Wednesday after gains on Monday and Friday.", 2),
        ("Silver was at $60. Thursday was quiet after the rallies of Tuesday and Friday.", 3),
        ("Silver was at $60. It rose on Tuesday and held its gains on Wednesday.", 2),
        ("Silver traded at $60. Monday's and Tuesday's gains held through Thursday.", 3),
    ],
)
def test_in_a_spell_the_day_right_after_the_weekdays_named_wins(text: str, weekday: int) -> None:
    dated = infer_date(extract_claims(text), _silver_flat_week())
    assert dated.date.weekday() == weekday, dated.reasoning
    assert pd.Timestamp("2026-01-12") <= dated.date <= pd.Timestamp("2026-01-15")


def test_with_no_weekday_named_a_spell_is_dated_on_its_first_day() -> None:
    dated = infer_date(extract_claims("Silver traded at $60."), _silver_flat_week())
    assert dated.date == pd.Timestamp("2026-01-12"), dated.reasoning


def _gold_spot_and_futures() -> Market:
    """On 2025-01-30 spot gold closes at $2,787 (2.03% below a $2,845 quote: outside the
    'at' tolerance) while the futures settle at $2,823 (0.8% off); on 2025-02-20 spot
    closes at $2,800 and the futures at $2,790 (1.6% off)."""
    days = pd.bdate_range("2025-01-02", "2025-03-31")
    spot, fut = pd.Series(2600.0, index=days), pd.Series(2610.0, index=days)
    spot.loc["2025-01-30"], fut.loc["2025-01-30"] = 2787.0, 2823.0
    spot.loc["2025-02-20"], fut.loc["2025-02-20"] = 2800.0, 2790.0
    return Market({"gold": spot, "gold_fut": fut})


@pytest.mark.parametrize(
    "text",
    [
        "U.S. gold futures settled at $2,845 an ounce.",
        "The April gold contract closed at $2,845.20 per troy ounce.",
        "Gold was quoted at $2,845 an ounce in New York.",
        "Gold changed hands at $2,845 on the Comex.",
    ],
)
def test_a_quoted_price_holds_on_the_futures_as_well_as_on_spot(text: str) -> None:
    dated = infer_date(extract_claims(text), _gold_spot_and_futures())
    assert dated.date == pd.Timestamp("2025-01-30"), dated.reasoning
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2025-02-20" in runner
