"""Claims that are no new claim of the asset: a record denied ("hasn't hit a record"), a
figure framed in another currency ("down 30% in rupee terms"), a figure of another token
("the token itself fell 3%"), a section title the prose under it restates, and a bare
record a later sentence tells with its figure. Hand-written sentences, several per class."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from tests.claims.extracted import records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts said ether hasn\u2019t set a record high against the yen.", []),
        ("Silver didn\u2019t make a new all-time high on Friday.", []),
        ("Gold haven't hit records, traders complained.", []),
        ("Gold did hit a fresh all-time high on Friday.", [("gold", "high", None)]),
    ],
)
def test_a_denied_record_is_no_record(text: str, expected: list[tuple[str, str, None]]) -> None:
    assert records(text) == expected


def _assets(text: str, kinds: tuple[str, ...] = ("percent", "level")) -> list[str | None]:
    return [c.asset for c in extract_claims(text).claims if c.kind in kinds]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 30 days, ether is down about 25% in rupee terms.", ["eth_inr"]),
        ("Bitcoin is 12% lower this month in rupee terms.", ["btc_inr"]),
        ("Bitcoin slid 2% on Tuesday, weighed by the yen's rally.", ["btc"]),  # no frame
    ],
)
def test_a_figure_framed_in_another_currency_is_not_the_usd_price(
    text: str, expected: list[str]
) -> None:
    assert _assets(text, ("percent",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bitcoin rose on Friday. A fund bought $40 million of the $PEPE memecoin, though "
            "the token itself dropped 4.5% on Monday to $0.012.",
            ["pepe", "pepe"],
        ),
        (
            "Bitcoin rose on Friday. Retail buyers chased a new meme coin, and the coin jumped "
            "60% by Monday.",
            ["memecoin"],
        ),
        (  # bitcoin named after the token: its own figure
            "Bitcoin rose on Friday. Traders dumped the $PEPE token, while bitcoin fell 2% on "
            "Monday.",
            ["btc"],
        ),
    ],
)
def test_the_figure_of_another_token_is_not_the_carried_asset(
    text: str, expected: list[str]
) -> None:
    found = [c for c in extract_claims(text).claims if c.sentence == 1]
    assert [c.asset for c in found if c.kind in ("percent", "level")] == expected


def test_a_section_title_restated_by_its_prose_is_dropped() -> None:
    text = (
        "Ether Tops $5,000 as Funds Buy\n\nFund inflows rose on Monday.\n\n"
        "Ether Tops $5,000, Bitcoin Lags\n\nEther climbed above $5,000 on Monday."
    )
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.sentence == 2 and c.kind == "level"]  # the title's copy
    assert [c.op for c in claims if c.sentence == 3 and c.kind == "level"] == ["above"]


def test_a_section_title_with_a_claim_of_its_own_stays() -> None:
    text = (
        "Markets Wrap\n\nFund inflows rose on Monday.\n\n"
        "Silver Sinks 6% to $28\n\nAnalysts were cautious about the outlook."
    )
    claims = extract_claims(text).claims
    assert {c.asset for c in claims if c.sentence == 2} == {"silver"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # the bare record first, its figure later: the later one
            "Silver traded near a record peak set in the previous session. Silver hit an "
            "all-time high of $58.20 on Tuesday.",
            [1],
        ),
        (
            "The dollar eased while bitcoin jumped to new record highs. Bitcoin reached an "
            "all-time high of $131,000, traders said.",
            [1],
        ),
        (  # another named day: two records
            "Gold hit a record on Monday. Gold reached an all-time high of $4,100 on Thursday.",
            [0, 1],
        ),
        (  # a first crossing is its own claim
            "Bitcoin topped $150,000 for the first time. It reached an all-time high of "
            "$151,200 later.",
            [0, 1],
        ),
    ],
)
def test_a_bare_record_told_later_with_its_figure_is_the_later_claim(
    text: str, kept: list[int]
) -> None:
    found = sorted({c.sentence for c in extract_claims(text).claims if c.kind == "record"})
    assert found == kept
