"""A move told only as the effect of something else, with no figure and no day, is background."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None]]:
    kinds = ("move", "percent")
    return [(c.asset, c.op) for c in extract_claims(text).claims if c.kind in kinds]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Gold climbed on worries about trade rules that weakened the dollar.", ("dxy", "down")),
        ("Tariff talk, which has strengthened the dollar, kept buyers away.", ("dxy", "up")),
        ("As a result, ether slid along with other risky coins.", ("eth", "down")),
        ("Consequently the dollar weakened against most peers.", ("dxy", "down")),
        ("As a consequence bitcoin fell with tech shares.", ("btc", "down")),
        ("Those tailwinds sent bitcoin higher.", ("btc", "up")),
        ("Such forces together lifted the price of ether.", ("eth", "up")),
    ],
)
def test_an_effect_in_passing_is_no_move(text: str, dropped: tuple[str, str]) -> None:
    assert dropped not in _moves(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a figure or a day makes the effect a claim of its own
        ("As a result, ether slid 4% on Tuesday.", ("eth", "down")),
        ("As a result, ether slid on Tuesday.", ("eth", "down")),
        ("Jobs data that weakened the dollar on Friday lifted gold.", ("dxy", "down")),
        # the move is the sentence's own statement, not a relative clause
        ("The dollar weakened as traders priced in more cuts.", ("dxy", "down")),
        # "That" opening the sentence is its subject, not a relative pronoun
        ("That weakened the US dollar.", ("dxy", "down")),
        ("Thus far, ether has slid against the dollar.", ("eth", "down")),
        ("Gold climbed on worries about trade rules.", ("gold", "up")),
        ("These factors sent bitcoin 5% higher.", ("btc", "up")),
    ],
)
def test_a_stated_move_stays(text: str, kept: tuple[str, str]) -> None:
    assert kept in _moves(text)


def _records(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.op) for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Both of these factors lifted silver into record territory.", 0),
        ("Such forces drove gold to fresh records.", 0),
        ("These factors pushed gold to a record on Monday.", 1),
        ("Strong buying pushed gold to fresh records.", 1),
    ],
)
def test_a_record_with_causes_as_subject_is_background(text: str, count: int) -> None:
    assert len(_records(text)) == count
