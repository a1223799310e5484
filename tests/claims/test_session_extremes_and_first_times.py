"""A session's extreme ("fell as much as 9% at one point") stays one session's move
however rare; a first crossing told "for the first time in history" is a first-ever
crossing, checked in the time its sentence names ("in early 2026"); a "mark-up" or a
"run-up" is a rise although the word is glued by a hyphen."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.firstgrades import first_ever_record
from leadwatch.claims.market import Market
from leadwatch.claims.sessions import as_window

_DAYS = pd.bdate_range("2025-01-02", periods=300)
_GOLD = pd.Series([100.0 + 0.1 * (i % 5) for i in range(300)], index=_DAYS)


def test_a_sessions_extreme_is_one_sessions_move_however_big() -> None:
    crash = _GOLD.copy()
    crash.iloc[100:] *= 0.89  # one session on record fell 11%: a 9% fall is rare, not impossible
    m = Market({"gold": crash})
    [move] = [
        c
        for c in extract_claims("Gold fell as much as 9% at one point on the news.").claims
        if c.kind == "percent"
    ]
    assert "extreme" in move.qualifiers
    assert as_window(move, m, None).window is None
    plain = replace(move, qualifiers=())
    assert as_window(plain, m, None).window == "months"  # beyond its 99.9th percentile


def test_first_time_in_history_links_the_level() -> None:
    text = "In January, silver broke above $70 for the first time in history."
    [record] = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert record.level == 70.0 and "first_ever" in record.qualifiers


def test_a_first_crossing_in_a_named_part_of_a_year_is_checked_there() -> None:
    text = "In early 2025, gold broke through the $100.5 barrier for the first time in history."
    [record] = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert record.level == 100.5 and (record.window or "").startswith("ext:")
    gold = _GOLD.copy()
    gold.loc["2025-02-03":] += 1.0  # first above 100.5 in early February 2025
    m = Market({"gold": gold})
    assert first_ever_record(record, pd.Timestamp("2025-06-02"), m)[0] == "confirmed"
    late = replace(record, window=record.window.replace("early", "late"))  # type: ignore[union-attr]
    assert first_ever_record(late, pd.Timestamp("2025-12-15"), m)[0] == "contradicted"


def test_a_glued_up_is_a_rise_and_a_glued_participle_is_no_move() -> None:
    moves = {
        (c.asset, c.op, c.pct)
        for t in ("Bitcoin had a 20% run-up in March.", "Gold logged an eye-popping 12% gain.")
        for c in extract_claims(t).claims
        if c.kind == "percent"
    }
    assert ("btc", "up", 20.0) in moves and ("gold", "up", 12.0) in moves
