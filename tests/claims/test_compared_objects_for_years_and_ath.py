"""An asset named after "against" is no subject for the next "it"; "for 2026" is that
calendar year's window; "4% below ATH" is a distance from the record like "below its
all-time high".

Every text here is written for the test; the market is synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def test_an_asset_after_against_does_not_take_the_next_it() -> None:
    text = (
        "Gold has led the rallies this year. It began January near $2,070 and has kept "
        "climbing against the greenback. Yesterday it jumped to $2,610, a record high."
    )
    assets = {c.asset for c in extract_claims(text).claims if c.sentence == 2}
    assert assets == {"gold"}


def test_for_a_year_is_that_years_window() -> None:
    (move,) = [c for c in extract_claims("Silver rose about 30% for 2026.").claims if c.pct]
    assert move.window == "cal:2026"


def test_a_distance_below_ath_is_a_distance_from_the_record() -> None:
    days = pd.date_range("2025-06-01", "2025-10-01")
    btc = pd.Series(110_000.0, index=days)
    btc[pd.Timestamp("2025-08-14")] = 124_000.0  # the record
    btc[pd.Timestamp("2025-10-01")] = 119_000.0  # 4.0% below it
    (claim,) = extract_claims("BTC is 4% below ATH.").claims
    assert (claim.kind, claim.window) == ("comparison", "ref:peak")
    (graded,) = check_claims(
        extract_claims("BTC is 4% below ATH."), pd.Timestamp("2025-10-01"), Market({"btc": btc})
    )
    assert graded.status == "confirmed"
    (graded,) = check_claims(
        extract_claims("BTC is 20% below ATH."), pd.Timestamp("2025-10-01"), Market({"btc": btc})
    )
    assert graded.status == "contradicted"


def test_a_name_with_its_ticker_in_brackets_is_one_listed_asset() -> None:
    text = "Bitcoin held steady while ether (ETH) and Solana were each down about 3.1%."
    moved = {c.asset for c in extract_claims(text).claims if c.pct == 3.1}
    assert "eth" in moved


def test_a_bracketed_figure_after_not_by_much_is_the_clauses_asset() -> None:
    text = "The dollar index (DXY) slipped, though not by much (-0.4%), on Tuesday."
    assert [c.asset for c in extract_claims(text).claims if c.pct == 0.4] == ["dxy"]


def test_a_bracketed_ytd_gain_is_the_rows_asset() -> None:
    text = "Silver: $64.10 (YTD gain 120%)"
    assert [(c.asset, c.window) for c in extract_claims(text).claims if c.pct] == [
        ("silver", "ytd")
    ]


def test_figures_after_the_gains_in_the_compared_asset_are_the_subjects() -> None:
    text = "Silver jumped 6%, outstripping the rally in gold and setting a record above $90."
    owners = {(c.kind, c.asset) for c in extract_claims(text).claims if c.kind != "comparison"}
    assert owners == {("percent", "silver"), ("record", "silver"), ("level", "silver")}


def test_since_the_reelection_of_trump_is_the_election_window() -> None:
    text = "Ether has risen 40% since the reelection of former President Donald Trump."
    (move,) = [c for c in extract_claims(text).claims if c.pct == 40.0]
    assert (move.window or "").startswith("since:") and "unread" not in (move.window or "")
