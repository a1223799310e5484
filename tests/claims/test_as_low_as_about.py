"""An extreme quoted with a hedge before its price ("fell to as low as about $28") is a level,
like one without ("as low as $28")."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver fell to as low as about $28, its lowest level since May.", ("silver", 28.0)),
        ("Silver rose to as high as roughly $31 on Monday.", ("silver", 31.0)),
        ("Silver slid as low as nearly $27.5 overnight.", ("silver", 27.5)),
    ],
)
def test_a_hedged_extreme_is_a_level(text: str, expected: tuple[str, float]) -> None:
    assert _levels(text) == [expected]


def test_a_hedged_size_is_no_level() -> None:
    assert _levels("Silver lost as much as about 5% on Monday.") == []
