"""Words that look like an asset but are not its price: gold quoted in lira, dirham or
rand (with the lira's code before the figure, "TL 2,450", and Turkey's "gram gold"); a
"3000 dollar level" (a unit, not the dollar index); "taken the crypto market by storm" (the
market as an object); and "corrected by 15%" is a fall."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _assets(text: str) -> set[str | None]:
    return {c.asset for c in extract_claims(text).claims}


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gram gold set an all-time record in the free market, passing TL 2,450.", "gold_try"),
        ("The yellow metal climbed Dh2.25 per gram to Dh295 on Tuesday.", "gold_aed"),
        ("Locally, gold rose 1.1% to R41 250 an ounce.", "gold_zar"),
        ("The price of 10-gram gold rose by Rs. 1,250 to Rs. 198,300.", "gold_inr"),
    ],
)
def test_gold_in_a_local_currency_is_its_own_series(text: str, asset: str) -> None:
    assert asset in _assets(text) and "gold" not in _assets(text)


def test_a_dollar_price_beside_a_local_one_stays_usd() -> None:
    assets = _assets("Gold rallied to more than $2 300 (R43 500) per ounce yesterday.")
    assert "gold" in assets


def test_a_number_of_dollars_is_a_unit_not_the_dollar_index() -> None:
    text = "Gold was trading near the 3000 dollar level on Friday."
    assert "dxy" not in _assets(text)
    assert "dxy" in _assets("The dollar fell 0.4% on Wednesday.")


def test_the_market_taken_by_storm_is_an_object() -> None:
    text = "Bitcoin has taken the crypto market by storm again, climbing back above $100,000."
    found = {(c.asset, c.level) for c in extract_claims(text).claims}
    assert ("btc", 100000.0) in found


def test_corrected_by_is_a_fall() -> None:
    moves = {
        (c.asset, c.op, c.pct) for c in extract_claims("Ether corrected by 15% this week.").claims
    }
    assert ("eth", "down", 15.0) in moves
