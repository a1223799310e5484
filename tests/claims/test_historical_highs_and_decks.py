""" "A historical high" is a record, not a story told of history; a page's first line that
runs a headline and its deck together is still its title, and a headline's move with no
figure is the body's move told again with its figure."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.asset) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Spot silver jumped 4% on Monday, setting a new historical high of $82.10 an ounce.",
        "Gold traded at historical highs through the week.",
        "The S&P 500 closed at a historical peak on Friday.",
    ],
)
def test_a_historical_high_is_a_record(text: str) -> None:
    kinds = _kinds(text)
    assert ("narrative", kinds[0][1]) not in kinds
    assert any(kind == "record" for kind, _ in kinds)


def test_history_itself_still_tells_a_story() -> None:
    kinds = _kinds("Historical data show that bitcoin often trails gold by a few months.")
    assert [k for k, _ in kinds] == ["narrative"]


_BODY = (
    "On Wednesday the dollar index closed up 0.4% at 101.20 after strong retail sales data. "
    "Gold settled at a record high of $3,120.50 an ounce the same day, its fifth record "
    "close this month."
)


def test_a_long_first_line_is_the_title_and_its_repeats_are_the_bodys() -> None:
    title = (
        "Retail sales beat forecasts and the dollar rose on Wednesday as traders trimmed bets "
        "on a June cut; bullion shrugged it off and climbed to fresh historical highs, with "
        "buyers eyeing the next round number\n"
    )
    ex = extract_claims(title + _BODY)
    assert {c.sentence for c in ex.claims} == {1, 2}  # nothing left of the title line
    assert [c.kind for c in ex.claims if c.asset == "dxy" and c.kind != "level"] == ["percent"]


def test_a_headline_move_the_body_contradicts_in_direction_is_kept() -> None:
    ex = extract_claims("The dollar fell on Wednesday\n" + _BODY)
    assert ("move", "down") in {(c.kind, c.op) for c in ex.claims if c.sentence == 0}


def test_a_long_line_further_down_is_no_title() -> None:
    text = (
        "Dollar outlook\n"
        + _BODY
        + "\nThe dollar rose on Wednesday as traders trimmed bets on a June cut while bullion "
        "buyers kept buying and the metal held near its peak with volumes well above average "
        "across the main venues in Asia Europe and the Americas over the week\n"
        "It was a busy week."
    )
    ex = extract_claims(text)
    assert any(c.kind == "move" and c.asset == "dxy" for c in ex.claims)


def test_a_headline_move_without_a_figure_is_the_bodys_move() -> None:
    ex = extract_claims("The dollar rose on Wednesday\n" + _BODY)
    assert not [c for c in ex.claims if c.sentence == 0]
