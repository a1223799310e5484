"""Erased gains of a named year or the year to date, told without a possessive."""

from __future__ import annotations

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (c.asset, c.op, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("move", "percent")
    ]


def test_year_gains_without_its() -> None:
    assert _moves("Silver has erased all 2023 gains and then some.") == [
        ("silver", "down", "cal:2023")
    ]
    assert _moves("Ether wiped out YTD losses on the rebound.") == [("eth", "up", "ytd")]


def test_gains_with_no_period_stay_unread() -> None:
    assert _moves("Gold erased all gains after the data.") == []
