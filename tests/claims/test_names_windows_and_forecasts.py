"""Names of markets the store does not hold or holds under another name, a year a move
ended, and a price a warned-of move would reach (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.asset, c.pct, c.window) for c in extract_claims(text).claims if c.pct is not None]


@pytest.mark.parametrize(
    "market",
    ["developed markets outside the U.S.", "international markets", "overseas stock markets"],
)
def test_markets_abroad_are_not_the_sp500(market: str) -> None:
    text = f"The S&P 500 gained 12% this year, trailing a 25% gain for {market}."
    found = _moves(text)
    assert ("spx", 12.0, "ytd") in found
    assert all(asset != "spx" for asset, pct, _ in found if pct == 25.0)


@pytest.mark.parametrize(
    "text",
    [
        "The index ended 2025 with an 11% gain.",
        "The S&P 500 finished 2025 up 11%.",
        "The S&P 500 closed out 2025 with an 11% advance.",
    ],
)
def test_a_year_a_move_ended_is_its_window(text: str) -> None:
    claims = extract_claims("The S&P 500 slipped on Monday. " + text).claims
    assert [(c.pct, c.window) for c in claims if c.pct == 11.0] == [(11.0, "cal:2025")]


@pytest.mark.parametrize(
    "phrase",
    ["the fear gauge", "Wall Street's gauge of investor anxiety", "the market's fear index"],
)
def test_names_of_the_vix(phrase: str) -> None:
    claims = extract_claims(f"On Monday {phrase} jumped 18% to 33.5.").claims
    assert {c.asset for c in claims} == {"vix"}


@pytest.mark.parametrize(
    "text",
    [
        "Ether fell 5%, and traders warned of a potential drop toward $1,900.",
        "Ether fell 5%, with a possible slide to $1,900 in view.",
    ],
)
def test_a_price_a_warned_move_would_reach_is_no_level(text: str) -> None:
    claims = extract_claims(text).claims
    assert [c.kind for c in claims if c.level is not None] == []
    assert ("eth", 5.0) in [(c.asset, c.pct) for c in claims]


def test_a_price_reached_is_still_a_level() -> None:
    claims = extract_claims("Ether fell 5% in a slide to $1,900 on Tuesday.").claims
    assert [(c.asset, c.level) for c in claims if c.kind == "level"] == [("eth", 1900.0)]


@pytest.mark.parametrize(
    "text",
    [
        "After past corrections the S&P 500 has averaged a 2.4% drop in the next month.",
        "After such selloffs, the index has historically gained 3.1% and nearly 6% over the"
        " next three and six months.",
        "Over the next quarter the index typically added 1.5%, 2% or 4%, by sector.",
    ],
)
def test_averages_of_past_episodes_and_their_lists_are_no_moves(text: str) -> None:
    claims = extract_claims("The S&P 500 fell 1% on Monday. " + text).claims
    assert [(c.asset, c.pct) for c in claims if c.kind == "percent"] == [("spx", 1.0)]


def test_a_forecast_told_of_a_past_week_names_no_level_of_that_week() -> None:
    text = "Ether fell 3%. Last week, a strategist predicted ether would soon sink below $1,900."
    assert [c.level for c in extract_claims(text).claims if c.kind == "level"] == []
    fact = "Ether fell 3%. Last week, ether slipped through support near $1,900."
    assert [c.level for c in extract_claims(fact).claims if c.kind == "level"] == [1900.0]


def test_a_dollar_price_beside_a_home_market_it_moved_is_the_world_price() -> None:
    text = (
        "Gold per tola in Karachi rose by Rs 9,000. "
        "Gold rose by $60 to $3,950 an ounce, a move that lifted domestic gold prices."
    )
    claims = extract_claims(text).claims
    assert ("gold", 3950.0) in [(c.asset, c.level) for c in claims if c.kind == "level"]
    home = "Domestic gold prices rose to $3,990 an ounce on heavy buying."
    assert [c.asset for c in extract_claims(home).claims if c.kind == "level"] == ["gold_local"]
