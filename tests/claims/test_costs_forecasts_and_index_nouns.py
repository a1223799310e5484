"""A purchase's average price is no quote, a spread no move; a forecast range or a
contracted "will" is no level; a record told of a past season is a distance from it; a
quote line's futures root names its asset; the S&P 500 spelt out; a record told of a
weekday; "its" after "the benchmark index" is the index's; a coin's dollar move dates the
article (its ranges stored on other days than its closes).

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(c.kind, c.asset, c.op, c.pct or c.level) for c in extract_claims(text).claims]


def test_an_average_purchase_price_is_no_quote() -> None:
    for text in (
        "The fund bought 12,400 ether at an average price of $3,120.",
        "A miner added 900 bitcoin at an average purchase price of $61,250.",
    ):
        assert not [k for k in _claims(text) if k[0] == "level"], text
    assert ("level", "eth", "at", 3120.0) in _claims("Ether traded at a price of $3,120.")


def test_a_forecast_range_and_a_contracted_will_are_no_levels() -> None:
    assert _claims("Strategists expect silver to trade in a $31-$34 range.") == []
    assert not _claims("It'll push ether towards $4,200 by next week.")
    held = _claims("Silver traded in a $31-$34 range on Monday.")
    assert [k[3] for k in held] == [31.0, 34.0]


def test_a_record_told_of_a_past_season_is_a_distance_from_it() -> None:
    found = extract_claims("Ether now sits 40% below last summer's all-time high of $4,950.")
    records = [c for c in found.claims if c.kind == "record"]
    assert [(c.level, c.window) for c in records] == [(4950.0, "ever")]
    assert not [c for c in found.claims if c.kind == "level"]


def test_a_quote_lines_futures_root_names_its_asset() -> None:
    text = "VIX: 15.10 (flat)   SI: 71.20 (NEW ATH!)   ES: 6,100.25"
    found = _claims(text)
    assert ("level", "silver", "at", 71.2) in found
    assert ("record", "silver", "high", None) in found
    assert not [k for k in found if k[0] == "record" and k[1] == "vix"]


def test_the_sp_500_spelt_out_and_a_record_told_of_a_weekday() -> None:
    text = "On Thursday the Standard & Poor's 500 reached a record."
    assert [k[:3] for k in _claims(text)] == [("record", "spx", "high")]
    assert not _claims("It was a record Thursday for lumber.")


def test_its_after_the_benchmark_index_is_the_index() -> None:
    text = (
        "The S&P 500 climbed on Thursday. The benchmark index rose 0.7% to 5,210.40 and "
        "topped its all-time high."
    )
    found = _claims(text)
    assert ("percent", "spx", "up", 0.7) in found and ("level", "spx", "at", 5210.4) in found
    told = "The sentiment index rose 2 points. It climbed 3% from May."  # an indicator's
    assert not [k for k in _claims(told) if k[1] == "spx"]


def test_a_coins_dollar_move_dates_the_article() -> None:
    days = pd.date_range("2025-01-01", periods=200, freq="D")
    steps = np.full(len(days), 100.0)
    steps[150] = 2_500.0  # the one day the coin gained $2,500
    close = pd.Series(40_000 + np.cumsum(steps), index=days)
    frame = pd.DataFrame({"low": close * 0.999, "high": close * 1.001}, index=days).iloc[::2]
    market = Market({"btc": close}, {"btc": frame})  # ranges on fewer days than closes
    text = "Bitcoin is up $2,500. Ether was little changed."  # the move alone dates it
    assert infer_date(extract_claims(text), market).date in days[149:152]  # 24 hours: either side


def test_a_spread_between_two_prices_is_no_move() -> None:
    assert _claims("Ether traded locally at a 6% premium to global prices.") == []
    assert _claims("Ether fell 6% to $2,900.") == [
        ("level", "eth", "at", 2900.0),
        ("percent", "eth", "down", 6.0),
    ]


def test_thousands_spaced_apart_are_one_price_and_a_rand_price_is_not_the_dollars() -> None:
    assert _claims("Bitcoin traded at $48 250 on Thursday.") == [("level", "btc", "at", 48250.0)]
    assert not [k for k in _claims("Local exchanges saw bitcoin at R910 000 on Thursday.")]


def test_a_coins_coming_halving_is_no_fall_of_its_price() -> None:
    text = "Bitcoin hit a record, lifted by fund inflows and an impending halving."
    assert not [k for k in _claims(text) if k[0] == "percent"]
    assert ("percent", "eth", "down", 50.0) in _claims("Ether saw a halving of its price.")
