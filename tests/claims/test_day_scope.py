"""Which day a claim is about: carried days, windows' anchors, asides and dated nouns.

Hand-written sentences for the grading changes found on the unseen set C after the
dating and extraction branches were merged (a day word reaching too far, a window's
anchor read as the claim's date).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
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
        "Gold climbed to a new high at $3,385, extending its gain to 28%."
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
    s = "The VIX rose to 19, its highest since the end of November, while the DXY rose to 96.6."
    assert find_when_at(s, s.index("96.6")) is None
    s = "Gold (which prior to Sunday had never been above $5,000) fell to $4,900."
    assert find_when_at(s, s.index("$4,900")) is None


def test_a_weekday_that_qualifies_a_low_dates_that_low_only() -> None:
    text = "The DXY index has rebounded to 96.6 from a Wednesday low of 95.5."
    levels = {c.level: c.when for c in extract_claims(text).claims if c.kind == "level"}
    assert levels == {96.6: None, 95.5: ("weekday", 2)}


def test_a_parenthesised_aside_keeps_its_day() -> None:
    text = (
        "Soaring above $5,600 at one point Thursday (gold prior to Sunday night had never "
        "been above $5,000), gold plunged nearly 10% to back below $5,200."
    )
    claims = extract_claims(text).claims
    said = {c.words: c.when for c in claims if c.asset == "gold" and c.kind != "record"}
    assert said["10%"] == ("weekday", 3)
    assert said["below $5,200"] == ("weekday", 3)
