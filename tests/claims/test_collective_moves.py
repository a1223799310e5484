"""A collective subject ("Daily moves included ...") gives its dated moves to the passage's
asset."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None, float | None]]:
    ex = extract_claims(text)
    return [(c.asset, c.op, c.pct) for c in ex.claims if c.sentence == 1]


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("The S&P 500 fell 3% this week. Daily moves included a 0.4% drop on May 20, a 1.1% "
         "gain on May 21 and a 0.2% dip on May 22.",
         [("spx", "down", 0.4), ("spx", "up", 1.1), ("spx", "down", 0.2)]),
        ("Gold ended the week higher. Session moves included a 0.8% gain on Monday and a 1.2% "
         "rise on Tuesday.", [("gold", "up", 0.8), ("gold", "up", 1.2)]),
        ("Bitcoin fell 3% this week. The daily swings included a 0.4% drop on May 20 and a 1.1% "
         "gain on May 21.", [("btc", "down", 0.4), ("btc", "up", 1.1)]),
        ("Ether had a rough week. Daily changes: a 4% fall on Monday, a 2% gain on Tuesday.",
         [("eth", "down", 4.0), ("eth", "up", 2.0)]),
        ("Silver rose 5% in the week. Movements were a 1.5% rise on Monday and a 0.5% dip on "
         "Friday.", [("silver", "up", 1.5), ("silver", "down", 0.5)]),
    ],
)  # fmt: skip
def test_collective_subject_takes_the_passage_asset(
    text: str, moves: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == moves
