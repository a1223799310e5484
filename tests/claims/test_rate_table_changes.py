"""A rate's row in a recap table with its change and no unit (issue 15, units): "US 10Y
4.18% -3" or "10-year yield 4.31% +0.04": a whole signed number is a change in basis
points, a decimal one in percentage points; a range ("4.31% - 4.50%") is no change."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _bp(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if "bp" in c.qualifiers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US 10Y 4.18% -3", ("yield_10y", "down", 3.0)),
        ("10-year yield 4.31% +4", ("yield_10y", "up", 4.0)),
        ("10-year Treasury yield 4.31% +0.04", ("yield_10y", "up", 4.0)),
        ("10-year yield 4.38% (+5)", ("yield_10y", "up", 5.0)),
        ("Fed funds 4.33% | 10-year yield 4.05% -7 | DXY 98.2", ("yield_10y", "down", 7.0)),
    ],
)
def test_a_signed_change_after_a_rate_row_is_read_in_points(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert expected in _bp(text)


def test_a_range_of_a_rate_is_no_change() -> None:
    assert _bp("The 10-year yield was in a 4.31% - 4.50% range.") == []
