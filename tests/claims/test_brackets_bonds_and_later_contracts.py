"""A figure in brackets labels the noun before it; a bond's price moves against its yield; a
futures quote may be of a later contract, above the front month by the carry; a weekday in a
futures sentence is the quote's day, and a month that ends a sentence is no contract's; a
distance from a record on a named day is no record; an approach is no record.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.closeness import quote_fit
from leadwatch.claims.datingcontracts import contract_votes
from leadwatch.claims.market import Market, level_days


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(c.kind, c.asset, c.op, c.pct or c.level) for c in extract_claims(text).claims]


def test_a_bracketed_move_after_a_group_noun_is_that_groups() -> None:
    text = "The S&P 500 slipped 0.3% on Wednesday, as miners (+2.4%) and retailers (-1.1%) split."
    found = [k for k in _claims(text) if k[0] == "percent"]
    assert ("percent", "spx", "down", 0.3) in found
    assert {k[1] for k in found if k[3] in (2.4, 1.1)} == {"miners", "retailers"}


def test_a_bracketed_move_after_a_verb_or_a_time_stays_the_assets() -> None:
    for text in ("Gold closed higher (+1.3%) on Friday.", "Gold rose on Friday (+1.3%)."):
        assert ("percent", "gold", "up", 1.3) in _claims(text), text


def test_a_weekday_in_a_futures_sentence_is_the_quotes_day() -> None:
    (level,) = extract_claims("Silver futures on Thursday traded at $31.20.").claims
    assert level.when == ("weekday", 3)
    assert "of_futures" in level.qualifiers


def test_a_month_that_ends_a_sentence_names_no_contract() -> None:
    days = pd.to_datetime(["2026-01-15", "2026-05-15", "2026-07-15"])
    assert contract_votes("Traders see a cut in July. Silver futures climbed.", days)[
        0
    ].tolist() == [
        0.0,
        0.0,
        0.0,
    ]
    assert contract_votes("July silver futures climbed.", days)[0].tolist() == [0.0, 0.5, 0.5]


def test_a_quote_told_of_a_weekday_fits_that_weekday_not_the_last_close_before_it() -> None:
    days = pd.bdate_range("2026-03-02", periods=10)  # Monday 2 March ..
    close = pd.Series(100.0, index=days)
    close["2026-03-09":] = 106.0  # the second Monday jumps
    market = Market({"btc": close})
    (claim,) = extract_claims("Bitcoin on Monday traded at $100.").claims
    calendar = pd.date_range("2026-03-02", "2026-03-13")
    fit = quote_fit([claim], market, calendar)
    assert fit["2026-03-02"] == 0.0  # the first Monday: its own close
    assert fit["2026-03-09"] > 0.04  # the second: 6% off, not the Friday before


def test_a_maturity_named_as_the_treasury_itself_is_that_maturitys_yield() -> None:
    text = "The 10-year yield rose to 4.31%, while the 2-year Treasury stood at 3.95%."
    levels = [k for k in _claims(text) if k[0] == "level"]
    assert levels == [("level", "yield_10y", "at", 4.31), ("level", "yield_2y", "at", 3.95)]


def test_basis_points_told_with_a_comparative_after_a_copula_are_a_move() -> None:
    text = "The 10-year yield was 7 basis points lower at 4.21%."
    found = _claims(text)
    assert ("percent", "yield_10y", "down", 7.0) in found
    assert ("level", "yield_10y", "at", 4.21) in found


def test_a_move_of_the_bonds_is_the_opposite_move_of_their_yield() -> None:
    moves = {
        "Ten-year Treasuries rallied on Friday.": "down",
        "Ten-year notes rallied hard.": "down",
        "The yield on the 10-year notes climbed.": "up",
        "The 10-year Treasury slipped on Friday.": "down",  # a wire's shorthand for the yield
    }
    for text, op in moves.items():
        found = [c for c in extract_claims(text).claims if c.kind == "move"]
        assert [c.op for c in found] == [op], text


def test_a_pronoun_qualified_by_other_bonds_is_no_carried_yield() -> None:
    text = (
        "Five-year yields rose to 4.1%, while those on bills maturing in three to six "
        "months all fell by 4 basis points."
    )
    assert not [k for k in _claims(text) if k[1] == "yield_5y" and k[2] == "down"]


def test_a_distance_from_the_record_on_a_named_day_is_no_record() -> None:
    kinds = {
        k[0] for k in _claims("Ether climbed 3% on Thursday and is within 4% of its all-time high.")
    }
    assert "record" not in kinds and "comparison" in kinds
    (rec,) = [c for c in extract_claims("Ether is edging towards its record high.").claims]
    assert rec.kind == "record" and "near" in rec.qualifiers
    own = extract_claims("Silver fell on Monday to 3% below Friday's record high.").claims
    assert [c.when for c in own if c.kind == "record"] == [("weekday", 4)]


def test_a_coins_mining_difficulty_is_no_price() -> None:
    found = _claims("The network's mining difficulty rose 6%, and bitcoin's mining difficulty too.")
    assert not [k for k in found if k[1] == "btc" and k[2] is not None]
    assert [k[:3] for k in _claims("Bitcoin's mining difficulty rose 6%.")] == [
        ("figure", "btc", None)
    ]


def _metal(rate: float) -> Market:
    days = pd.bdate_range("2025-01-06", periods=40)
    close = pd.Series(95.0, index=days)
    frame = pd.DataFrame({"low": 99.0, "high": 100.0}, index=days)
    funds = pd.Series(rate, index=days)
    return Market({"gold": close, "fed_funds": funds}, {"gold": frame})


def test_a_futures_quote_may_sit_above_the_front_month_by_the_carry() -> None:
    market = _metal(4.0)  # three months at 4%: 1.0%, plus the 0.5% basis
    assert level_days(market, "gold", "at", 101.3, later=True).all()
    assert not level_days(market, "gold", "at", 101.3).any()  # a spot quote: the basis only
    assert not level_days(market, "gold", "at", 101.7, later=True).any()  # beyond the carry
    assert not level_days(_metal(0.0), "gold", "at", 101.3, later=True).any()  # no carry at 0%
    assert not level_days(market, "gold", "at", 98.0, later=True).any()  # never below the range


def test_a_futures_quote_is_graded_with_the_carry_and_a_spot_quote_without() -> None:
    market = _metal(4.0)
    day = pd.Timestamp("2025-02-14")
    futures = extract_claims("Gold futures for April delivery rose to $101.30 an ounce.")
    spot = extract_claims("Spot gold rose to $101.30 an ounce.")
    graded = [c.status for c in check_claims(futures, day, market) if c.claim.kind == "level"]
    assert graded == ["confirmed"]
    graded = [c.status for c in check_claims(spot, day, market) if c.claim.kind == "level"]
    assert graded == ["contradicted"]
    assert np.isclose(_metal(4.0).close("fed_funds").iloc[0], 4.0)
