"""Claims whose asset the sentence names only indirectly: "its price was around $27" after a
fronted time phrase, "by June 4 it had slid to about 2,450-2,500", "the crypto touched
$98,500", "exchange data showed a 9% slide". The figure belongs to the asset the text is
about, never to a pronoun's other readings, a data source or an indicator."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _last(text: str) -> list[tuple[str, str | None, float | None]]:
    """(kind, asset, level or pct) of the claims of the text's last sentence."""
    ex = extract_claims(text)
    last = len(ex.sentences) - 1
    return [(c.kind, c.asset, c.level or c.pct) for c in ex.claims if c.sentence == last]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver added 1.2% on Tuesday. At the start of the year, its price was about $27.",
            ("level", "silver", 27.0),
        ),
        (
            "Gold slipped 0.4% on Friday. Early in 2024, it was near $2,050.",
            ("level", "gold", 2050.0),
        ),
        (
            "Bitcoin rose 2% on Monday. The coin's value is now $91,200.",
            ("level", "btc", 91200.0),
        ),
    ],
)
def test_a_carried_pronoun_states_a_copular_level(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert expected in _last(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin rose 2% on Monday. Its target is $150,000.",
        "Bitcoin rose 2% on Monday. Its market cap is $1,800 billion.",
    ],
)
def test_a_pronoun_before_another_noun_states_no_level(text: str) -> None:
    assert not [k for k in _last(text) if k[0] == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ether gained 3% on Monday."
            " By 12 March it had already dropped to around 3,100\u20133,200 USD.",
            ("level", "eth", 3100.0),
        ),
        (
            "Ether gained 3% on Monday. By 4 June the token had slid to about 2,450.5.",
            ("level", "eth", 2450.5),
        ),
    ],
)
def test_a_carried_subject_takes_a_bare_price(text: str, expected: tuple[str, str, float]) -> None:
    assert expected in _last(text)


def test_a_carried_subject_takes_no_count() -> None:
    text = "Ether gained 3% on Monday. By Friday it had reached 1,450,000 addresses."
    assert not _last(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bitcoin rose 3% on Monday. The crypto touched $98,500.20 in early Asian trading.",
            ("level", "btc", 98500.2),
        ),
        (
            "Ether rose 3% on Monday. On 7 March alone, Kraken-tracked figures showed a 12% drop.",
            ("percent", "eth", 12.0),
        ),
        (
            "Ether rose 3% on Monday. On Friday, exchange data showed a 9% slide.",
            ("percent", "eth", 9.0),
        ),
    ],
)
def test_an_asset_noun_or_a_data_source_carries_the_subject(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert expected in _last(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin rose 3% on Monday. The crypto market touched $3.1 trillion on Tuesday.",
        "Ether rose 3% on Monday. Jobs data showed payrolls fell 2% in March.",
        "Ether rose 3% on Monday. On-chain data shows a 12% drop in active addresses.",
    ],
)
def test_a_market_or_an_indicator_is_no_carried_subject(text: str) -> None:
    assert not [k for k in _last(text) if k[1] in ("btc", "eth")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold rose 1% on Monday. The metal's strong run has lifted prices by more than 40%"
            " in 2024.",
            ("percent", "gold", 40.0),
        ),
        (
            "Ether rose 3% on Monday. Its long slide has dragged prices down 18% since June.",
            ("percent", "eth", 18.0),
        ),
    ],
)
def test_a_push_of_prices_is_the_subject_s_move(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert expected in _last(text)


def test_a_push_of_other_prices_is_no_move() -> None:
    text = "Gold rose 1% on Monday. Tariffs lifted consumer prices by 3% last year."
    assert not [k for k in _last(text) if k[1] == "gold"]
