"""A full date the article tells as past bounds its day from below: claims that fit an
earlier year better (a false "first time above $71,000") do not outvote it.

The texts are written for the test; the market is synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market


def _btc() -> Market:
    """Bitcoin first above $71,000 on 2024-03-11, back near it in March 2026."""
    days = pd.date_range("2023-01-01", "2026-03-20")
    btc = pd.Series(40_000.0, index=days)
    btc[pd.Timestamp("2024-03-11") : pd.Timestamp("2024-03-15")] = 71_500.0
    btc[pd.Timestamp("2024-03-16") :] = 65_000.0
    btc[pd.Timestamp("2026-03-04") :] = 71_200.0
    return Market({"btc": btc})


def test_a_day_told_as_past_outweighs_claims_that_fit_an_earlier_year() -> None:
    text = (
        "Bitcoin climbed above $71,000 for the first time, lifting the mood in crypto.\n"
        "Bitcoin surpassed $71,000 on March 4, 2026, as buyers returned."
    )
    dated = infer_date(extract_claims(text), _btc())
    assert dated.date >= pd.Timestamp("2026-03-04")
    assert any("as past" in r for r in dated.reasoning)


def test_a_date_ahead_sets_no_floor() -> None:
    text = (
        "Bitcoin climbed above $71,000 for the first time.\n"
        "Traders expect the next ETF decision by March 4, 2026."
    )
    dated = infer_date(extract_claims(text), _btc())
    assert dated.date < pd.Timestamp("2025-01-01")


def test_a_weekday_beside_an_all_number_date_picks_its_order() -> None:
    from leadwatch.claims.printed import printed_dates

    text = "Markets firmed on Thursday (5/9/2024). Stocks had slipped on Wednesday (4/9/2024)."
    assert [d.iso for d in printed_dates(text)] == ["2024-09-05", "2024-09-04"]
    text = "Markets firmed on Tuesday (10.8.2024)."  # a dot reads day first: 10 August, a
    assert [d.iso for d in printed_dates(text)] == ["2024-10-08"]  # Saturday; 8 October


def _gold_and_rates() -> Market:
    """Gold flat at $2,600 through 2024; 50 bp cuts decided on 2024-09-18 (showing on the
    19th) and 25 bp on 2024-11-07 (showing on the 8th)."""
    days = pd.date_range("2024-06-01", "2024-12-31")
    rate = pd.Series(5.33, index=days)
    rate[pd.Timestamp("2024-09-19") :] = 4.83
    rate[pd.Timestamp("2024-11-08") :] = 4.58
    return Market({"gold": pd.Series(2_600.0, index=days), "fed_funds": rate})


def test_a_fed_cut_of_last_week_dates_the_article_to_the_week_after_it() -> None:
    text = "Gold held near $2,600 after the Federal Reserve's 50 basis points cut last week."
    dated = infer_date(extract_claims(text), _gold_and_rates())
    assert pd.Timestamp("2024-09-21") <= dated.date <= pd.Timestamp("2024-09-29")


def test_a_fed_cut_told_as_news_dates_the_article_to_the_days_after_it() -> None:
    text = "Gold held near $2,600 after the Fed cut rates by 25 basis points."
    dated = infer_date(extract_claims(text), _gold_and_rates())
    assert pd.Timestamp("2024-11-07") <= dated.date <= pd.Timestamp("2024-11-11")
