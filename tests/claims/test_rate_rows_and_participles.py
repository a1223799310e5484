"""A feed code's row that prints the feed's own name before the level ("^TNX 10-Year 4.1%
+0.8%"), and a maturity as a noun before a participle ("with the 10-year easing 3 basis
points to 4.2%"): hand-written phrasings of each class, with negatives (round 28)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels, moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("^TNX 10-Year 4.207% +0.64% 4.180 \u2013 4.215", ("yield_10y", 4.207)),
        ("^TNX Ten-Year Note 3.882% -1.05%", ("yield_10y", 3.882)),
        ("^VIX CBOE Volatility 17.35 -3.9%", ("vix", 17.35)),
    ],
)
def test_a_feed_code_row_with_its_name_quotes_the_level(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in levels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold Miners 38.75 +1.6%", []),  # a name after a plain name is something else
        ("GC=F Gold 4,212.6 +0.37%", [("gold", 4212.6)]),  # the name is the asset: once
    ],
)
def test_a_name_row_is_read_once_and_only_after_a_code(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares gained, with the 10-year easing 1.8 basis points to 4.276%.", 4.276),
        ("Bonds slid, the 10-year adding 6 bps to 4.512% by the close.", 4.512),
        ("The benchmark 10-year climbing to 4.05% weighed on gold.", 4.05),
    ],
)
def test_a_maturity_before_a_participle_is_the_yield(text: str, expected: float) -> None:
    assert ("yield_10y", expected) in levels(text)


def test_a_participle_after_a_maturity_is_a_move_of_that_yield() -> None:
    text = "Stocks firmed, with the 10-year slipping 2.2 basis points to 4.318%."
    assert ("yield_10y", "down", 2.2) in moves(text)


def test_a_maturity_before_a_participle_with_no_figure_gives_nothing() -> None:
    assert levels("The 10-year ending the quarter near its lows surprised few.") == []
