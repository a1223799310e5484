"""A running period's move an asset "eyes" or "sees" is the period's move so far."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [(c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims if c.pct]


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Bitcoin eyes a 14% weekly loss after heavy liquidations.", ("btc", "down", 14.0, "week")),
        ("Silver eyes a 7% weekly gain as buyers return.", ("silver", "up", 7.0, "week")),
        ("Ether sees a 11% weekly slide, its worst since June.", ("eth", "down", 11.0, "week")),
    ],
)
def test_an_eyed_period_move_is_the_period_so_far(text: str, move: tuple[object, ...]) -> None:
    assert _moves(text) == [move]


@pytest.mark.parametrize(
    "text",
    ["Gold eyes $4,000 as buyers return.", "Strategists eye a 5% weekly gain for gold next week."],
)
def test_an_eyed_level_or_a_forecast_stays_unstated(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind in ("level", "percent")] == []
