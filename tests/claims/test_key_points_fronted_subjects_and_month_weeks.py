"""Key-point bullets keep their claims; "N% from its high" is a distance; "the lowest X has
printed since" is a record; "this crypto asset" is the last coin; an S&P index of another
market is not the S&P 500; "Wednesday of last week" names one day only; a phrase fronted
before a subject leaves the subject to the asset after its comma; "the first week of
March" is a window of its own.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.assets import find_assets
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.namedweekdays import named_weekdays
from leadwatch.claims.spans import resolve_span


def test_a_key_point_bullet_keeps_its_claim_beside_the_body() -> None:
    text = (
        "Why is ether sliding: winter or reset?\nA. Writer\nMarkets Editor\nMain points\n"
        "- Ether has dropped about 31% from its record peak as selling spreads\n"
        "- Support levels are being tested\n"
        "Ether fell 2% on Monday. It looks as if its ~31% decline is in line "
        "with the ~30% declines of two earlier reversals."
    )
    bullets = [c for c in extract_claims(text).claims if c.sentence == 4]
    assert [(c.asset, c.op, c.pct) for c in bullets] == [("eth", "down", 31.0)]


def test_a_figure_from_a_past_top_is_a_distance_below_it() -> None:
    (claim,) = extract_claims("Solid demand aside, ether is about 28% from its June high.").claims
    assert (claim.asset, claim.op, claim.pct, claim.window) == ("eth", "down", 28.0, "peak:in:June")
    (low,) = extract_claims("Gold now sits 15% from its March low.").claims
    assert (low.op, low.window) == ("up", "low:in:March")


def test_the_lowest_an_asset_has_printed_since_a_month_is_a_record() -> None:
    for text in (
        "Bitcoin dipped to $77k on Monday, the lowest it has printed since March.",
        "Monday's dip was the lowest bitcoin has traded since March.",
    ):
        records = [c for c in extract_claims(text).claims if c.kind == "record"]
        assert [(c.asset, c.op) for c in records] == [("btc", "low")], text


def test_this_crypto_asset_stands_for_the_last_coin_named() -> None:
    text = "Ether ended Friday at $3,050. Gold was flat. This crypto asset has gained 9% in a week."
    found = [(c.asset, c.pct) for c in extract_claims(text).claims if c.pct == 9.0]
    assert found == [("eth", 9.0)]


def test_an_s_and_p_index_of_another_market_is_not_the_s_and_p_500() -> None:
    for text in ("The S&P BSE Sensex rose", "the S&P/ASX 200 fell", "the S&P/TSX composite"):
        assert "spx" not in [m.asset for m in find_assets(text)], text
    for text in ("The S&P 500 rose", "the S&P fell 1%", "S&P futures gained"):
        assert [m.asset for m in find_assets(text)] == ["spx"], text


def test_a_weekday_of_last_week_names_only_that_day() -> None:
    text = (
        "Spot gold rose 1.2% on Thursday to a record $3,400, beating the peak it set on "
        "Monday of last week."
    )
    assert named_weekdays(text) == (3,)
    move = next(c for c in extract_claims(text).claims if c.kind == "percent")
    assert move.when == ("weekday", 3) and "last_week" not in move.qualifiers
    days = pd.bdate_range("2025-05-01", "2025-06-30")
    gold = pd.Series(3_300.0, index=days)
    gold[pd.Timestamp("2025-06-11")] = 3_260.0
    gold[pd.Timestamp("2025-06-12")] = 3_300.0  # Thursday: +1.2% on the day before
    market = Market({"gold": gold})
    graded = check_claims(extract_claims(text), pd.Timestamp("2025-06-12"), market)
    pct = next(g for g in graded if g.claim.kind == "percent")
    assert pct.status == "confirmed"  # Thursday of this week, not of the week before


def test_the_subject_after_a_fronted_phrase_is_what_it_stands_for_next() -> None:
    text = (
        "Pressured by a firm US dollar, spot gold slid 0.7% on Friday. "
        "However, it still closed up 0.4% for the week at $2,165 per ounce."
    )
    later = [c for c in extract_claims(text).claims if c.sentence == 1]
    assert later and {c.asset for c in later} == {"gold"}
    plain = "The dollar rose 0.5% on Friday as spot gold fell. It closed at 104.4."
    assert {c.asset for c in extract_claims(plain).claims if c.sentence == 1} == {"dxy"}


def test_the_first_week_of_a_month_is_the_window_of_a_list_under_it() -> None:
    text = "In the first week of March 2026, assets parted ways:\n- S&P 500: fell 2%\n"
    (claim,) = [c for c in extract_claims(text).claims if c.asset == "spx"]
    assert claim.window == "between:March 1:March 7"
    start, end, _ = resolve_span(claim.window, pd.Timestamp("2026-03-09"))
    assert (start.date().isoformat(), end.date().isoformat()) == ("2026-02-28", "2026-03-07")
    # said within that week: up to the article's day, in the same year
    start, end, _ = resolve_span(claim.window, pd.Timestamp("2026-03-04"))
    assert (start.year, end.date().isoformat()) == (2026, "2026-03-04")
    days = pd.bdate_range("2026-01-02", "2026-03-31")
    spx = pd.Series(np.linspace(6_900.0, 6_950.0, len(days)), index=days)
    spx[pd.Timestamp("2026-03-02") : pd.Timestamp("2026-03-06")] = 6_760.0  # -2% that week
    spx[pd.Timestamp("2026-03-09") :] = 6_900.0
    graded = check_claims(extract_claims(text), pd.Timestamp("2026-03-10"), Market({"spx": spx}))
    assert [g.status for g in graded] == ["confirmed"]


def test_a_subject_named_only_in_a_subordinate_clause_does_not_take_over() -> None:
    text = (
        "Silver opened firm. Spot was bid early, then eased as the dollar advanced. "
        "Later, prices fell 3% intraday."
    )
    moves = [c.asset for c in extract_claims(text).claims if c.pct == 3.0]
    assert moves == ["silver"]
