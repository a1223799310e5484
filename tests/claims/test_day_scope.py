"""Which day a claim is about: carried days, windows' anchors, asides and dated nouns.

Hand-written sentences for the grading changes found on the unseen set C after the
dating and extraction branches were merged (a day word reaching too far, a window's
anchor read as the claim's date).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.datehints import reference_only
from leadwatch.claims.market import Market
from leadwatch.claims.sessions import with_windows
from leadwatch.claims.text import find_when_at

DAYS = pd.bdate_range("2024-01-01", "2026-01-30")


def _whens(text: str, asset: str) -> list[tuple[str, object] | None]:
    return [c.when for c in extract_claims(text).claims if c.asset == asset]


def test_a_day_does_not_carry_past_a_sentence_with_its_own_time() -> None:
    text = (
        "Gold fell 2% to $2,900 on Thursday. For the week, gold rose 1.9%. "
        "Silver dipped 0.5% to $32."
    )
    assert _whens(text, "silver") == [None, None]


def test_a_day_that_qualifies_a_noun_is_not_carried() -> None:
    text = (
        "Gold held under $2,938, as traders took profit from yesterday's record. "
        "Silver dipped 0.1% to $32.97."
    )
    assert _whens(text, "silver") == [None, None]


def test_the_next_sentence_still_takes_the_day() -> None:
    text = "The selloff deepened on Thursday. Gold fell 2% to $2,900."
    assert set(_whens(text, "gold")) == {("weekday", 3)}


def test_a_carried_day_is_dropped_from_a_move_too_big_for_a_session() -> None:
    text = (
        "The dollar index slipped to 98.2 on Monday. "
        "Gold rose to a fresh peak near $3,385, lifting its gain to 28%."
    )
    gold = pd.Series(2000.0 * np.exp(np.linspace(0, 0.8, len(DAYS))), index=DAYS)
    market = Market({"gold": gold})
    moves = [c for c in with_windows(extract_claims(text).claims, market) if c.kind == "percent"]
    assert [(c.pct, c.when, c.window) for c in moves] == [(28.0, None, "months")]
    levels = [c for c in extract_claims(text).claims if c.kind == "level" and c.asset == "gold"]
    assert [c.when for c in levels] == [("weekday", 0)]  # the level keeps the carried day


def test_a_day_stated_in_the_sentence_is_kept_for_a_big_move() -> None:
    gold = pd.Series(2000.0 * np.exp(np.linspace(0, 0.8, len(DAYS))), index=DAYS)
    claims = extract_claims("Gold plunged 28% on Monday.").claims
    moves = [c for c in with_windows(claims, Market({"gold": gold})) if c.kind == "percent"]
    assert [(c.when, c.window) for c in moves] == [(("weekday", 0), "day")]


def test_the_anchor_of_a_since_window_is_not_the_claims_date() -> None:
    s = "The VIX hit 19, its highest level since the end of November, and the DXY firmed to 96.6."
    assert find_when_at(s, s.index("96.6")) is None
    s = "Gold (which prior to Sunday had never been above $5,000) fell to $4,900."
    assert find_when_at(s, s.index("$4,900")) is None


def test_a_weekday_that_qualifies_a_low_dates_that_low_only() -> None:
    text = "The dollar index bounced back to 96.6 after a Wednesday low of 95.5."
    levels = {c.level: c.when for c in extract_claims(text).claims if c.kind == "level"}
    assert levels == {96.6: None, 95.5: ("weekday", 2)}


def test_a_parenthesised_aside_keeps_its_day() -> None:
    text = (
        "Rising past $5,600 early Thursday (before Sunday the metal had never traded over "
        "$5,000), gold then dropped almost 10% to under $5,200."
    )
    claims = extract_claims(text).claims
    said = {(c.kind, c.pct or c.level): c.when for c in claims if c.asset == "gold"}
    assert said[("percent", 10.0)] == ("weekday", 3)
    assert said[("level", 5200.0)] == ("weekday", 3)


def test_a_company_named_with_its_ticker_takes_its_own_figures() -> None:
    text = "Shares of the biggest bitcoin treasury firm, Strategy (MSTR), fell 8% to 52-week lows."
    claims = extract_claims(text).claims
    assert {c.asset for c in claims} == {"strategy"}  # not bitcoin's 8% and 52-week low
    text = "The dollar index (DXY) slipped 0.4% while the Consumer Price Index (CPI) rose."
    assert [c.asset for c in extract_claims(text).claims if c.kind == "percent"] == ["dxy"]


def test_a_record_a_move_is_counted_from_does_not_date_the_article() -> None:
    s = "Since its all-time high, the token has shed about 28% and trades near $87,000."
    assert reference_only(s, "all-time high", record=True)
    s = "Bitcoin set an all-time high on Monday."
    assert not reference_only(s, "all-time high", record=True)
