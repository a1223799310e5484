"""A relative clause ("Gold, which rallied after the Fed's cut last week, hit a record on
Tuesday") neither owns the record nor lends its week; "by around $85" is a move's size, no
price; "Since the Fed slashed rates" opens a window, capitalised or not.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def test_a_relative_clause_neither_owns_the_record_nor_lends_its_week() -> None:
    text = (
        "Silver prices, which have firmed since the Federal Reserve's rate cut last week, "
        "set a new record in London on Tuesday."
    )
    (record,) = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert record.asset == "silver"
    assert record.when == ("weekday", 1) and "last_week" not in record.qualifiers


def test_a_move_by_a_dollar_amount_is_no_price() -> None:
    text = "Over the month, spot silver has climbed by around $4 an ounce, or 12%."
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]


def test_since_the_fed_slashed_rates_opens_a_window() -> None:
    text = "Since the Fed slashed its key rate on March 19, gold has added 3%."
    (move,) = [c for c in extract_claims(text).claims if c.pct == 3.0]
    assert (move.window or "").startswith("since:the Fed slashed")
    days = pd.bdate_range("2025-02-03", "2025-04-30")
    gold = pd.Series(3_000.0, index=days)
    gold[pd.Timestamp("2025-03-19") :] = 3_090.0  # +3% from the close before the decision
    rate = pd.Series(4.33, index=days)
    rate[pd.Timestamp("2025-03-20") :] = 4.08  # the cut shows the day after it is taken
    market = Market({"gold": gold, "fed_funds": rate})
    (graded,) = check_claims(extract_claims(text), pd.Timestamp("2025-04-10"), market)
    assert graded.status == "confirmed"


def test_a_participle_clause_after_the_subject_does_not_own_its_record() -> None:
    text = "Silver, profiting from steady inflows and a softer dollar, rose to an all-time high."
    assert [c.asset for c in extract_claims(text).claims if c.kind == "record"] == ["silver"]


def test_a_sector_fund_named_after_an_s_and_p_index_is_not_the_s_and_p_500() -> None:
    text = "On Monday, the SPDR S&P Homebuilders ETF ended 1.4% lower."
    assert "spx" not in {c.asset for c in extract_claims(text).claims}


def test_a_price_said_exactly_is_a_level() -> None:
    text = "Ether is currently changing hands at exactly $3,412."
    assert [(c.asset, c.level) for c in extract_claims(text).claims] == [("eth", 3412.0)]


def test_a_yield_that_broke_a_round_level_crossed_it() -> None:
    text = "Overnight, the 10-year Treasury yield briefly broke 4.8% before easing."
    crossed = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [(c.asset, c.op, c.level) for c in crossed] == [("yield_10y", "break", 4.8)]
    assert not [c for c in extract_claims("Gold broke 2% higher.").claims if c.kind == "level"]


def test_a_month_that_moved_names_the_window_of_its_figure() -> None:
    text = "For bitcoin, October dropped 3.7% and November fell further."
    (move,) = [c for c in extract_claims(text).claims if c.pct == 3.7]
    assert (move.asset, move.op, move.window) == ("btc", "down", "inmonth:October")
