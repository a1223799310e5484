"""A "return of X%" is a move: a gain, unless the figure is signed negative."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("sentence", "op", "pct"),
    [
        ("Silver saw returns of 35% over the year.", "up", 35.0),
        ("Ether delivered a return of roughly 18% last quarter.", "up", 18.0),
        ("Bitcoin posted returns of about 61% in 2023.", "up", 61.0),
        ("Gold logged returns of -4% in the month.", "down", 4.0),
        ("The dollar index produced a return of nearly 7% this year.", "up", 7.0),
    ],
)
def test_returns_of_a_figure_are_moves(sentence: str, op: str, pct: float) -> None:
    (claim,) = [c for c in extract_claims(sentence).claims if c.pct is not None]
    assert (claim.kind, claim.op, claim.pct) == ("percent", op, pct)


def test_a_listed_figure_takes_the_noun_of_the_list() -> None:
    s = "Gold, silver and ether saw returns of 12%, 30% and 44% respectively over the year."
    claims = [c for c in extract_claims(s).claims if c.pct is not None]
    assert [(c.asset, c.kind, c.op) for c in claims] == [
        ("gold", "percent", "up"),
        ("silver", "percent", "up"),
        ("eth", "percent", "up"),
    ]


def test_a_return_a_preposition_governs_is_no_move() -> None:
    claims = extract_claims("Silver rose. With a return of 3% in March, bonds lagged.").claims
    assert not [c for c in claims if c.sentence == 1 and c.kind == "percent"]


def test_a_return_on_something_else_is_no_move() -> None:
    claims = extract_claims("Bitcoin miners report a return on equity of 9%.").claims
    assert all(c.kind != "percent" for c in claims)
