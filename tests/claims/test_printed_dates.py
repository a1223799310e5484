"""Dates printed in an article, references kept out of the date, and the recency prior,
on hand-written articles."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import dating_claims, infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.printed import printed_dates


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("LONDON, 7th February, 2026 (Wire) -- Gold rose.", "2026-02-07"),
        ("Yen Slides\n\nThu, 12-Feb-2026 09:15\n\nThe yen fell.", "2026-02-12"),
        ("Yields Edge Down | Markets 2026.06.09 (en)\n\nYields fell.", "2026-06-09"),
        ("Metals Brief November 14, 2025Silver Posts a Gain", "2025-11-14"),
        ("Markets\n18 May 2025\n\nShares fell.", "2025-05-18"),
        ("02:47 PM EDT, 09/04/2025 (Newswires) -- Gold firmed.", "2025-09-04"),
        ("Posted Mar 3, 2026 by a reporter. Gold fell.", "2026-03-03"),
    ],
)
def test_datelines_in_many_formats(text: str, iso: str) -> None:
    (first, *_) = printed_dates(text)
    assert (first.iso, first.role) == (iso, "dateline")


def test_dates_in_the_running_text_look_back_or_ahead() -> None:
    text = (
        "Gold rallied this week. " * 20  # past the opening lines
        + "It set a record on 12th November 2025, and traders eye a vote due January 30, 2026."
    )
    assert [(d.iso, d.role) for d in printed_dates(text)] == [
        ("2025-11-12", "past"),
        ("2026-01-30", "ahead"),
    ]
    header = "Today: May 20, 2025\nMarkets\n18 May 2025\nShares fell."
    assert [d.iso for d in printed_dates(header)] == ["2025-05-18"]  # the page's viewing day


def _flat_gold() -> Market:
    days = pd.bdate_range("2020-01-01", "2026-06-30")
    return Market({"gold": pd.Series(np.where(days.year == 2021, 3000.0, 2000.0), index=days)})


def test_a_dateline_outweighs_a_price_that_fits_another_year() -> None:
    text = "SYDNEY, 9th February, 2026 (Wire) -- Gold traded at $3,000."
    dated = infer_date(extract_claims(text), _flat_gold())
    assert (dated.how, dated.date) == ("printed", pd.Timestamp("2026-02-09"))
    assert any("dateline" in r for r in dated.reasoning)


def test_a_date_looked_back_to_bounds_the_article_from_below() -> None:
    text = "Gold traded at $2,000. " * 15 + "It last peaked on March 3, 2025."
    dated = infer_date(extract_claims(text), _flat_gold())
    assert dated.date >= pd.Timestamp("2025-03-03") and dated.how == "printed"


def test_references_forecasts_and_past_records_do_not_date() -> None:
    text = (
        "Gold reached $3,400, shy of its all-time high above $3,500. "
        "Strategists see prices potentially topping near $4,800 later this year. "
        "Silver set a record of $71.30 on 14th November. "
        "Bitcoin slipped from the all-time high it set in early October."
    )
    kept = [
        (c.kind, c.asset, c.level)
        for c in dating_claims(extract_claims(text))
        if c.kind in ("level", "record")
    ]
    assert kept == [("level", "gold", 3400.0)]


def test_recent_years_win_when_the_claims_fit_two_eras_equally() -> None:
    days = pd.bdate_range("1970-01-01", "2026-06-30")
    level = pd.Series(100.0, index=days)
    level.loc["1975-03-03"] = level.loc["2025-03-03"] = 4.54
    m = Market({"yield_10y": level}, rates=frozenset({"yield_10y"}))
    dated = infer_date(extract_claims("The 10-year yield fell to 4.54%."), m)
    assert dated.date.year == 2025, dated.reasoning


def test_a_record_placed_in_a_named_month_dates_the_article_after_that_month() -> None:
    days = pd.date_range("2023-01-01", "2025-12-31")
    close = pd.Series(np.linspace(60.0, 40.0, len(days)), index=days)  # no records but day 1
    close.loc["2025-10-06"] = 126.0  # the only record set in an October
    close.loc["2025-01-20"] = 100.0  # a record in January, no October record before it
    text = "Bitcoin eased back after it set an all-time high in early October."
    (record,) = dating_claims(extract_claims(text))
    assert (record.kind, record.when) == ("record", ("month", (0, 10)))
    dated = infer_date(extract_claims(text), Market({"btc": close}))
    assert pd.Timestamp("2025-10-06") <= dated.date < pd.Timestamp("2026-01-01"), dated.reasoning


def test_a_date_used_as_an_adjective_is_an_event_not_the_dateline() -> None:
    text = "Ether's August 24, 2025 record still looms as the coin trades lower."
    assert [(d.iso, d.role) for d in printed_dates(text)] == [("2025-08-24", "past")]


def test_impossible_dates_are_no_dates() -> None:
    assert printed_dates("Posted February 30, 2025 and 2025-13-45 and 31/31/2025.") == []
    days = pd.bdate_range("2025-01-01", "2025-03-31")
    m = Market({"gold": pd.Series(2000.0, index=days)})
    dated = infer_date(extract_claims("February 30, 2025 -- Gold traded at $2,000."), m)
    assert dated.how == "inferred"  # no crash on a day that does not exist


def test_a_date_labelled_published_is_the_dateline_even_after_a_long_header() -> None:
    text = "A very long headline about gold and the dollar. " * 12 + "Published on March 3, 2026."
    assert [(d.iso, d.role) for d in printed_dates(text)] == [("2026-03-03", "dateline")]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Weekly wrap, trading week 20/2025\n\nStocks rose.", "2025-05-16"),
        ("Week 3 of 2026 in review\n\nGold slipped.", "2026-01-16"),
        ("Markets, calendar week 1, 2025\n\nYields fell.", "2025-01-03"),
    ],
)
def test_a_numbered_trading_week_is_read_as_its_friday(text: str, iso: str) -> None:
    (first, *_) = printed_dates(text)
    assert (first.iso, first.role, first.after) == (iso, "dateline", 0)
    assert printed_dates("Our recap of week 54/2025 follows.") == []  # no such ISO week


def test_a_weekly_recap_is_dated_on_the_weeks_friday_not_the_weekend_after() -> None:
    days = pd.date_range("2025-04-01", "2025-06-30")
    btc = pd.Series(90_000.0, index=days)
    btc.loc["2025-05-17":"2025-05-18"] = 95_000.0  # a crypto quote of the weekend after
    gold = pd.Series(3200.0, index=pd.bdate_range("2025-04-01", "2025-06-30"))
    text = (
        "Markets recap for trading week 20/2025\n\n"
        "Bitcoin ended near $95,000. Gold was steady around $3,200 over the five sessions."
    )
    dated = infer_date(extract_claims(text), Market({"btc": btc, "gold": gold}))
    assert str(dated.date.date()) == "2025-05-16", dated.reasoning


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Over the autumn, the dollar index fell 3% by October 14, 2025 and then steadied.",
            "past",
        ),
        ("Miners had doubled by March 3, 2025, well before the sell-off.", "past"),
        ("Ether shed a fifth of its value by June 9, 2025 as funds pulled out.", "past"),
        ("Analysts expect gold to climb 5% by March 31, 2026, if rates fall.", "ahead"),
        ("Bitcoin could reach $150,000 by December 31, 2026, bulls say.", "ahead"),
        ("Holders must redeem their notes by May 15, 2026.", "ahead"),
    ],
)
def test_by_a_date_after_a_past_move_looks_back_and_after_a_forecast_looks_ahead(
    text: str, role: str
) -> None:
    (printed,) = printed_dates("Intro line of a note.\n" + " " * 400 + text)
    assert printed.role == role


def test_a_day_reached_by_a_past_move_bounds_the_article_from_below() -> None:
    from leadwatch.claims.textdates import text_evidence

    days = pd.date_range("2025-11-01", "2025-12-10")
    text = "Stocks slid about 5% by November 20th but rallied into the month's end."
    votes, why = text_evidence(extract_claims(text), days)
    named = pd.Series(votes, index=days)
    assert named.loc["2025-11-21":"2025-12-10"].min() > 0  # dated after it
    assert named.loc[:"2025-11-20"].max() == 0  # not before it, nor on it
    assert any("looks back to" in line for line in why)
