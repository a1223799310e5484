"""Days told through the event a sentence names, levels on a day the market was shut, and the
VIX under its full name (hand-written phrasings)."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.closeness import quote_fit
from leadwatch.claims.datehints import claims_score
from leadwatch.claims.dating import claim_days
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim


def _levels(text: str) -> list[tuple[str | None, object]]:
    return [(c.asset, c.when) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The March 12 sell-off pushed ether to $1,800 within hours.", ("date", (3, 12))),
        ("The Oct. 10 flash crash sent bitcoin to $105,000.", ("date", (10, 10))),
        ("Ether steadied after the March 12 sell-off, when it sank to $1,800.", ("date", (3, 12))),
        ("Ether steadied after the sell-off on Tuesday, when it sank to $1,800.", ("weekday", 1)),
    ],
)
def test_a_dated_event_dates_the_figures_it_brought(text: str, when: object) -> None:
    assert [w for _, w in _levels(text)] == [when]


def test_a_date_before_another_noun_is_still_that_nouns_alone() -> None:
    text = "Ether is 20% below its March 12 record of $4,100 and trades at $3,280."
    found = _levels(text)
    assert ("eth", None) in found  # today's price, not the record's day


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The gauge jumped after the June 2025 strike on Iran, when the VIX hit 22.", (2025, 6)),
        ("Silver slid after its January 2026 “blow-off” top, when it touched $120.", (2026, 1)),
    ],
)
def test_a_month_dating_a_noun_dates_its_when_clause(text: str, when: tuple[int, int]) -> None:
    assert [w for _, w in _levels(text)] == [("month", when)]


def test_a_lower_case_month_word_is_a_verb_not_a_month() -> None:
    assert _levels("Buyers march on regardless, when gold hit $3,000.") == [("gold", None)]


def test_the_vix_full_name_is_the_vix_not_the_sp500() -> None:
    claims = extract_claims("The CBOE S&P 500 Volatility Index is up 40% this year.").claims
    assert {c.asset for c in claims if c.pct is not None} == {"vix"}
    plain = extract_claims("The S&P 500 is up 4% this year.").claims
    assert {c.asset for c in plain if c.pct is not None} == {"spx"}


def _vix_market() -> Market:
    days = pd.bdate_range("2025-12-29", "2026-01-09").drop(pd.Timestamp("2026-01-01"))
    closes = [14.2, 14.0, 14.9, 16.5, 16.8, 17.0, 17.1, 17.3, 17.2]
    return Market({"vix": pd.Series(closes, index=days)})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The VIX stood at 16.4 on Jan. 1.", "confirmed"),  # the year's first close, 16.5
        ("The VIX stood at 14.9 on Jan. 1.", "confirmed"),  # the year's last close, 14.9
        ("The VIX stood at 12.0 on Jan. 1.", "contradicted"),
        ("The VIX stood at 16.4 on Dec. 31.", "contradicted"),  # a trading day: its own close
    ],
)
def test_a_level_on_a_weekday_with_no_session_holds_on_the_sessions_around_it(
    text: str, status: str
) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-01-09"), _vix_market())
    assert [c.status for c in checked if c.claim.kind == "level"] == [status]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("In the first weeks of 2024, ether was trading near $2,300.", "ext::year:2024:early"),
        ("Back in late 2023, ether sat around $2,200.", "ext::year:2023:late"),
        ("In mid-2024, ether hovered near $3,400.", "ext::year:2024:mid"),
    ],
)
def test_a_sentence_opening_with_part_of_a_year_prices_that_time(text: str, window: str) -> None:
    levels = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [c.window for c in levels] == [window]


def test_a_part_of_a_year_told_later_in_the_sentence_or_a_whole_year_is_not_an_opening() -> None:
    for text in (
        "Ether traded near $2,300, its level of early 2024.",
        "In 2024, ether hit $4,000.",
    ):
        assert all("year:2024:" not in (c.window or "") for c in extract_claims(text).claims), text


def test_a_level_on_a_weekday_with_no_session_dates_by_the_next_session_too() -> None:
    ex = extract_claims("The VIX stood at 16.4 on Jan. 1.")
    (level,) = [c for c in ex.claims if c.kind == "level"]
    calendar = pd.date_range("2026-01-01", "2026-01-09")
    held = claim_days(level, _vix_market(), calendar)
    assert bool(held.loc["2026-01-05"])  # the last Jan. 1 before it: the 2nd's close, 16.5
    closed_before = replace(level, level=14.9)
    assert bool(claim_days(closed_before, _vix_market(), calendar).loc["2026-01-05"])


def test_a_price_of_a_named_day_or_month_is_no_quote_of_the_articles_day() -> None:
    ex = extract_claims("The VIX stood at 14.9 on Dec. 31. It spiked to 17 in January 2026.")
    dated = [c for c in ex.claims if c.kind == "level"]
    assert {c.when[0] for c in dated if c.when} == {"date", "month"}
    fit = quote_fit(dated, _vix_market(), pd.date_range("2026-01-02", "2026-01-09"))
    assert (fit == 1.0).all()  # no quote of the article's own day to fit


def test_a_past_months_level_is_a_piece_of_evidence_of_its_own() -> None:
    calendar = pd.date_range("2026-03-01", periods=3)
    today = Claim(0, "level", "vix", "at 25", "at", 25.0)
    april = Claim(1, "level", "vix", "to 52.3", "at", 52.3, when=("month", (2025, 4)))
    other = Claim(2, "level", "vix", "at 24", "at", 24.0)
    held = pd.Series(True, index=calendar)
    apart = claims_score([(today, held, 0.9), (april, held, 0.9)], calendar)
    together = claims_score([(today, held, 0.9), (other, held, 0.9)], calendar)
    assert apart.iloc[0] == pytest.approx(1.8) and together.iloc[0] == pytest.approx(0.9 * 1.25)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin slid to around $86,000 before finally crashing on Sunday.",
        "Bitcoin slid to around $86,000 before sharply rebounding on Sunday.",
    ],
)
def test_the_day_of_a_later_event_clause_is_not_the_levels(text: str) -> None:
    assert _levels(text) == [("btc", None)]
    assert _levels(text.replace(" before", " on Friday before")) == [("btc", ("weekday", 4))]


def test_a_move_told_of_a_named_month_dates_the_article_after_that_month() -> None:
    days = pd.bdate_range("2024-09-02", "2025-12-31")
    eth = pd.Series(2000.0, index=days)
    eth[(days >= "2025-08-01") & (days <= "2025-08-29")] = 2500.0  # August 2025: +25%
    market = Market({"eth": eth})
    (move,) = [c for c in extract_claims("Ether rallied 25% in August.").claims if c.pct]
    assert dating_claims(extract_claims("Ether rallied 25% in August.")) == [move]
    held = claim_days(move, market, pd.date_range("2025-07-01", "2025-12-31"))
    assert not held.loc["2025-07-31"] and held.loc["2025-08-29"] and held.loc["2025-09-10"]
    (bigger,) = [c for c in extract_claims("Ether rallied 40% in August.").claims if c.pct]
    assert not claim_days(bigger, market, pd.date_range("2025-07-01", "2025-12-31")).any()
