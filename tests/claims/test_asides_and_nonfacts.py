"""Whose claim a sentence makes and whether it states one: assets in an aside, loose
aliases of store assets, ranges of percentages, verbs that move no price and past episodes
in general. Each class is tested on hand-written phrasings in the styles of several kinds of
outlet (issue 15, round 10)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from tests.claims.extracted import levels as _levels
from tests.claims.extracted import moves as _moves


def _graded(text: str) -> list[tuple[str, str | None]]:
    """(kind, asset) of the claims that would be graded on prices."""
    kinds = ("level", "record", "move", "percent", "comparison")
    return [(c.kind, c.asset) for c in extract_claims(text).claims if c.kind in kinds]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dollar index (DXY), often a mirror image of bitcoin, slipped 0.5%.",
            [("dxy", "down", 0.5)],
        ),
        ("Gold, like silver and copper, rose 1% on Tuesday.", [("gold", "up", 1.0)]),
        ("The euro, unlike the yen, slipped 0.3%.", [("eurusd", "down", 0.3)]),
        ("Ether, the second-largest token after bitcoin, climbed 4%.", [("eth", "up", 4.0)]),
        ("Silver, long seen as gold's cheaper cousin, jumped 3%.", [("silver", "up", 3.0)]),
        ("Bitcoin \u2014 much like the Nasdaq \u2014 fell 2%.", [("btc", "down", 2.0)]),
        ("The S&P 500 (unlike the Nasdaq) gained 1.2%.", [("spx", "up", 1.2)]),
        (
            "Copper, a bellwether that often trades with the S&P 500, added 1.1%.",
            [("copper", "up", 1.1)],
        ),
    ],
)
def test_an_asset_in_an_aside_does_not_take_the_subject_s_move(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == expected


def test_the_subject_keeps_its_level_past_an_aside() -> None:
    text = "The dollar index (DXY), usually a drag on gold, eased to 108.5."
    assert _levels(text) == [("dxy", 108.5)]
    assert _levels("Ether, the second-largest token after bitcoin, rose to $3,100.") == [
        ("eth", 3100.0)
    ]


@pytest.mark.parametrize(
    ("text", "assets"),
    [
        ("Gold, silver, and copper rose 1%.", {"gold", "silver", "copper"}),
        ("Gold, the dollar and bitcoin all rose 1%.", {"gold", "dxy", "btc"}),
        (
            "Weighing on bitcoin, the dollar index climbed 0.4% after the data, the biggest "
            "gain in weeks.",
            {"dxy"},
        ),
        ("Pressuring silver, the greenback rose 0.3% on Tuesday, a busy day in Asia.", {"dxy"}),
    ],
)
def test_a_list_or_an_object_before_a_clause_is_no_aside(text: str, assets: set[str]) -> None:
    assert {a for a, _, _ in _moves(text)} == assets


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("The USD index fell 0.50% to 98.68.", "dxy"),
        ("The US dollar index rose 0.3%.", "dxy"),
        ("The USDX slipped 0.2%.", "dxy"),
        ("The SP 500 opened up 1.4% on Wednesday.", "spx"),
        ("The S&P500 rose 1.4%.", "spx"),
        ("The S & P 500 fell 0.8%.", "spx"),
        ("The US500 fell 1% in early trade.", "spx"),
        ("Spot bullion rose 1% to $3,300.", "gold"),
    ],
)
def test_loose_aliases_of_store_assets(text: str, asset: str) -> None:
    assert asset in {a for a, _, _ in _moves(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver has climbed 85-90% this year, dealers say.", ("silver", "up", 90.0)),
        ("Gold is up 12-15% this year.", ("gold", "up", 15.0)),
        ("Bitcoin fell 3\u20134% on Monday.", ("btc", "down", 4.0)),
        ("Ether slid 2.5 - 3% overnight.", ("eth", "down", 3.0)),
    ],
)
def test_a_hyphenated_range_of_percents_is_no_minus(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert _moves(text) == [expected]


def test_a_price_then_a_negative_change_stays_a_change() -> None:
    assert _moves("Gold 2650 -1.2%") == [("gold", "down", 1.2)]


@pytest.mark.parametrize(
    "text",
    [
        "Tokens such as ether and solana have gained appeal among savers.",
        "Bitcoin gained traction among institutions.",
        "Gold lost momentum after the data.",
        "Ether gained popularity with retail investors.",
        "Gold has lost its luster for some investors.",
        "Silver has gained wider acceptance as an industrial hedge.",
    ],
)
def test_verbs_that_move_no_price(text: str) -> None:
    assert _graded(text) == []


def test_price_verbs_still_move() -> None:
    assert _moves("Silver gained ground, rising 2%.") == [("silver", "up", 2.0)]
    assert _moves("Gold gained on Friday.") == [("gold", "up", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Ether trailed bitcoin during earlier bull runs, one strategist noted.",
        "History shows that a rebound in silver in which it beats gold tends to fade.",
        "In past cycles, silver outperformed gold by a wide margin.",
        "In previous bull markets, ether rose more than 50% in a quarter.",
        "Historically, bitcoin has rallied 20% in the months that followed.",
    ],
)
def test_past_episodes_in_general_state_no_current_claim(text: str) -> None:
    assert _graded(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In past cycles, silver outperformed gold, but this week gold rose 2%.",
            [("gold", "up", 2.0)],
        ),
        ("Over the past week, bitcoin rallied 20%.", [("btc", "up", 20.0)]),
        ("Gold rose 2% on Monday, a pattern seen in past rallies.", [("gold", "up", 2.0)]),
    ],
)
def test_a_current_claim_beside_past_episodes_stays(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == expected


def test_a_factual_clause_inside_a_forecast_stays() -> None:
    text = (
        "Traders assign a 60% probability to gold topping $4,000 as bitcoin is trading "
        "under $90,000."
    )
    assert ("btc", 90000.0) in _levels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At $2,915.40, U.S. gold futures advanced 0.6%.", ("gold", 2915.4)),
        ("Trading near $95,000, front-month bitcoin futures slipped 1%.", ("btc", 95000.0)),
        ("At $31.20 an ounce, U.S. silver futures were 1.1% higher.", ("silver", 31.2)),
        ("Priced at $2,650, the benchmark gold contract rose 0.5%.", ("gold", 2650.0)),
    ],
)
def test_a_price_before_its_subject_is_the_subject_s_level(
    text: str, expected: tuple[str, float]
) -> None:
    assert _levels(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ether's rebound has fed expectations that a fresh all-time high is coming.",
        "Traders are betting on a new all-time high for bitcoin before year-end.",
        "Bitcoin rose 3%, sparking speculation that a record high is within reach.",
        "Optimism about a new record for the S&P 500 grew on Tuesday.",
    ],
)
def test_a_record_hoped_for_is_no_record(text: str) -> None:
    assert [k for k, _ in _graded(text) if k == "record"] == []


def test_a_record_against_expectations_stays() -> None:
    assert _graded("Gold hit a record high on Tuesday, beating expectations.") == [
        ("record", "gold")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gold edged higher. Data showed a 3.2% fall in weekly jobless claims.",
        "Bitcoin slipped. Figures showed a rise of 0.3% in retail sales last month.",
        "Silver firmed after a 2.1% fall in factory orders.",
        "Gold rose 1% after data showed a 0.2% increase in consumer prices.",
    ],
)
def test_a_change_in_economic_data_is_no_asset_s_move(text: str) -> None:
    assert [m for m in _moves(text) if m[2] is not None and m[2] != 1.0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold saw a 2% rise in spot prices.", [("gold", "up", 2.0)]),
        ("Silver jumped 3% in New York.", [("silver", "up", 3.0)]),
    ],
)
def test_a_change_in_the_asset_s_own_prices_stays(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bitcoin rallied 20% on Monday, as it often does in the months after a halving.",
            [("btc", "up", 20.0)],
        ),
        (
            "Bitcoin slipped 2% on Friday, though traders expect gains after each halving.",
            [("btc", "down", 2.0)],
        ),
        ("Ether saw a halving of its price over the summer.", [("eth", "down", 50.0)]),
    ],
)
def test_bitcoin_s_halving_after_a_or_each_is_an_event(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bettors give gold an 80% chance of a record this week as ETH is trading under $3,000.",
            ("eth", 3000.0),
        ),
        (
            "Prediction markets put the odds of a cut at 70% as bitcoin is changing hands near "
            "$90,000.",
            ("btc", 90000.0),
        ),
        (
            "Strategists expect silver to reach $60 while gold is currently trading around $4,100.",
            ("gold", 4100.0),
        ),
    ],
)
def test_a_clause_of_present_fact_inside_a_forecast_keeps_its_level(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in _levels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver has left gold behind this quarter, but a pullback may come should its "
            "outperformance begin to fade.",
            [],
        ),
        (
            "Bitcoin trailed the Nasdaq in May, and funds may rotate should the Nasdaq's "
            "outperformance persist.",
            [("comparison", "btc")],
        ),
        ("Gold rose 2% on Monday, and investors should buy the dip.", [("percent", "gold")]),
    ],
)
def test_a_condition_put_first_with_should_states_nothing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _graded(text) == expected
