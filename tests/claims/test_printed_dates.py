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
        ("LONDON, 5th January, 2026 (Wire) -- Gold rose.", "2026-01-05"),
        ("Dollar Jumps\n\nTue, 03-Mar-2026 15:50\n\nThe dollar rose.", "2026-03-03"),
        ("Yields Edge Down | Markets 2026.06.09 (en)\n\nYields fell.", "2026-06-09"),
        ("Market Color October 21, 2025Spot Gold Sees a Drop", "2025-10-21"),
        ("Business\n13 April 2025\n\nStocks fell.", "2025-04-13"),
        ("09:34 AM EDT, 10/08/2025 (Newswires) -- Gold firmed.", "2025-10-08"),
        ("Posted Mar 3, 2026 by a reporter. Gold fell.", "2026-03-03"),
    ],
)
def test_datelines_in_many_formats(text: str, iso: str) -> None:
    (first, *_) = printed_dates(text)
    assert (first.iso, first.role) == (iso, "dateline")


def test_dates_in_the_running_text_look_back_or_ahead() -> None:
    text = (
        "Gold rallied this week. " * 20  # past the opening lines
        + "It set a record on 26th December 2025, and traders eye a vote due January 30, 2026."
    )
    assert [(d.iso, d.role) for d in printed_dates(text)] == [
        ("2025-12-26", "past"),
        ("2026-01-30", "ahead"),
    ]
    header = "Today: Apr 15, 2025\nBusiness\n13 April 2025\nStocks fell."
    assert [d.iso for d in printed_dates(header)] == ["2025-04-13"]  # the page's viewing day


def _flat_gold() -> Market:
    days = pd.bdate_range("2020-01-01", "2026-06-30")
    return Market({"gold": pd.Series(np.where(days.year == 2021, 3000.0, 2000.0), index=days)})


def test_a_dateline_outweighs_a_price_that_fits_another_year() -> None:
    text = "NEW YORK, 5th January, 2026 (Wire) -- Gold traded at $3,000."
    dated = infer_date(extract_claims(text), _flat_gold())
    assert (dated.how, dated.date) == ("printed", pd.Timestamp("2026-01-05"))
    assert any("dateline" in r for r in dated.reasoning)


def test_a_date_looked_back_to_bounds_the_article_from_below() -> None:
    text = "Gold traded at $2,000. " * 15 + "It last peaked on March 3, 2025."
    dated = infer_date(extract_claims(text), _flat_gold())
    assert dated.date >= pd.Timestamp("2025-03-03") and dated.how == "printed"


def test_references_forecasts_and_past_records_do_not_date() -> None:
    text = (
        "Gold hit $3,400, just below its record high above $3,500. "
        "Analysts see prices potentially peaking around $5,500 later this year. "
        "Silver set a record of $83.62 on 29th December. "
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
    text = "Bitcoin slipped after hitting a new all-time high in early October."
    (record,) = dating_claims(extract_claims(text))
    assert (record.kind, record.when) == ("record", ("month", (0, 10)))
    dated = infer_date(extract_claims(text), Market({"btc": close}))
    assert pd.Timestamp("2025-10-06") <= dated.date < pd.Timestamp("2026-01-01"), dated.reasoning


def test_a_date_used_as_an_adjective_is_an_event_not_the_dateline() -> None:
    text = "Bitcoin's October 6, 2025 record still looms as the coin trades lower."
    assert [(d.iso, d.role) for d in printed_dates(text)] == [("2025-10-06", "past")]


def test_impossible_dates_are_no_dates() -> None:
    assert printed_dates("Posted February 30, 2025 and 2025-13-45 and 31/31/2025.") == []
    days = pd.bdate_range("2025-01-01", "2025-03-31")
    m = Market({"gold": pd.Series(2000.0, index=days)})
    dated = infer_date(extract_claims("February 30, 2025 -- Gold traded at $2,000."), m)
    assert dated.how == "inferred"  # no crash on a day that does not exist


def test_a_date_labelled_published_is_the_dateline_even_after_a_long_header() -> None:
    text = "A very long headline about gold and the dollar. " * 12 + "Published on March 3, 2026."
    assert [(d.iso, d.role) for d in printed_dates(text)] == [("2026-03-03", "dateline")]
