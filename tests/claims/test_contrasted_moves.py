"""Two assets moving opposite ways across a contrast word ("A rose while B fell"): a
comparison of the two beside their moves (hand-written phrasings, round 28)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _compared(text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims = extract_claims(text).claims
    return [(c.asset, c.op, c.other) for c in claims if c.kind == "comparison"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ether advanced, while bitcoin slipped.", ("eth", "outperforms", "btc")),
        ("Silver climbed on Tuesday even as gold declined.", ("silver", "outperforms", "gold")),
        ("Gold fell on Monday but silver rose.", ("silver", "outperforms", "gold")),
    ],
)
def test_opposite_moves_across_a_contrast_compare_the_two(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _compared(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose while silver also rose on Monday.",  # the same way: no contrast
        "Gold rose and silver fell on Monday.",  # no contrast word
        "Gold rose on Monday.",  # one asset
        "Gold fell 0.8% on Monday but silver rose 1.1%.",  # sized moves: checked each
    ],
)
def test_no_contrast_no_comparison(text: str) -> None:
    assert _compared(text) == []


def test_the_moves_stay_beside_the_comparison() -> None:
    claims = extract_claims("Ether advanced, while bitcoin slipped.").claims
    moves = {(c.asset, c.op) for c in claims if c.kind in ("move", "percent")}
    assert moves == {("eth", "up"), ("btc", "down")}
