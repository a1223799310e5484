"""A figureless push told in passing as another event's consequence ("the White House
floated levies, pushing yields higher") in a sentence naming no day is background, not a
move to grade on the article's day; one with a day or a figure stays."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        (
            "Stocks wobbled as the White House floated new levies on chips, pushing Treasury "
            "yields higher amid a ratings cut.",
            "yield_10y",
        ),
        ("Hopes for a ceasefire grew, sending the dollar lower against its peers.", "dxy"),
    ],
)
def test_a_push_in_passing_is_no_move(text: str, asset: str) -> None:
    claims = extract_claims(text).claims
    assert all(c.asset != asset or c.kind != "move" for c in claims)


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("The jobs report surprised, sending the dollar lower on Friday.", "dxy"),
        ("Equities slid, pushing the S&P 500 down 1.2%.", "spx"),
    ],
)
def test_a_push_with_a_day_or_a_figure_stays(text: str, asset: str) -> None:
    assert any(c.asset == asset for c in extract_claims(text).claims)


def test_a_push_the_sentence_asserts_stays() -> None:
    text = "Bets on rate cuts next year are what is pushing the dollar lower."
    assert any(c.asset == "dxy" for c in extract_claims(text).claims)
