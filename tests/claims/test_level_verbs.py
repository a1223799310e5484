"""Levels stated by verbs of approach, reporting verbs and a session verb with its day."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Silver neared the $40/oz mark late on Friday.", ("silver", "near", 40.0)),
        ("Spot gold nears $3,400 as traders await the payrolls data.", ("gold", "near", 3400.0)),
        ("Bitcoin approached $100,000 in late Asian trade.", ("btc", "near", 100000.0)),
        ("Bitcoin is closing in on $120k after a steady week.", ("btc", "near", 120000.0)),
        ("The dollar index registered 108.53 on Thursday.", ("dxy", "at", 108.53)),
        ("Spot gold logged $3,310.40 in early European hours.", ("gold", "at", 3310.4)),
        ("Gold opened Monday $2,650.10 an ounce.", ("gold", "at", 2650.1)),
        ("The S&P 500 closed Friday 5,880.50, a touch lower.", ("spx", "at", 5880.5)),
        ("Silver rose 2%. It opened Monday $39.13.", ("silver", "at", 39.13)),
    ],
)
def test_a_level_verb_states_the_level(text: str, want: tuple[str, str, float]) -> None:
    assert want in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gold posted a $30 gain on Friday.",
        "Spot gold logged $2 billion of inflows last week.",
        "Bitcoin registered 12.5% gains over the week.",
        "Gold neared 40 analysts' targets.",
    ],
)
def test_a_size_or_another_quantity_is_no_level(text: str) -> None:
    assert _levels(text) == []
