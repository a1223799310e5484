"""A band of round figures ("the low $4,000s", "the mid-$90,000s", "the $60Ks") is read as
its floor and ceiling, not as the round figure itself."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.pricebands import band_bounds


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("part", "to", "figure", "bounds"),
    [
        ("low", None, 4000.0, (4000.0, 4333.33)),
        ("mid", None, 90000.0, (93333.33, 96666.67)),
        ("high", None, 40.0, (46.67, 50.0)),
        ("upper", None, 2600.0, (2666.67, 2700.0)),
        (None, None, 60000.0, (60000.0, 70000.0)),
        ("low", "mid", 2600.0, (2600.0, 2666.67)),
        ("mid", "high", 100000.0, (133333.33, 200000.0)),
    ],
)
def test_a_band_spans_its_third_of_the_figures_step(
    part: str | None, to: str | None, figure: float, bounds: tuple[float, float]
) -> None:
    assert band_bounds(part, to, figure) == bounds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold is hovering in the low $4,000s.",
            [("gold", "above", 4000.0), ("gold", "below", 4333.33)],
        ),
        (
            "Bitcoin slipped into the high $80,000s.",
            [("btc", "above", 86666.67), ("btc", "below", 90000.0)],
        ),
        ("Bitcoin is back in the $60Ks.", [("btc", "above", 60000.0), ("btc", "below", 70000.0)]),
        (
            "Silver trades in the mid-$30s.",
            [("silver", "above", 33.33), ("silver", "below", 36.67)],
        ),
    ],
)
def test_a_band_is_read_as_its_floor_and_ceiling(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the 1990s, gold traded near $300.",  # a decade, no dollar sign
        "Analysts see gold in the $5,000s next year.",  # a forecast
        "The dollar index sat in the high 90s.",  # an index quoted without a dollar sign
    ],
)
def test_no_band_where_no_price_band_is_told(text: str) -> None:
    assert all(op not in ("above", "below") for _, op, _ in _levels(text))
