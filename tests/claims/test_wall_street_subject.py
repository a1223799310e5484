"""'Wall Street' as the subject of a market move is the US stock market (the S&P 500), not
the asset the sentence before spoke of; Wall Street as the finance industry is no asset."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.asset) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold hit a record. Wall Street pulled back from record highs on Friday.",
            ("record", "spx"),
        ),
        ("Wall Street closed 1.2% higher on Monday.", ("percent", "spx")),
        ("Gold rose 2%. Wall Street stocks fell 1% on Tuesday.", ("percent", "spx")),
    ],
)
def test_wall_street_moving_is_the_stock_market(text: str, expected: tuple[str, str]) -> None:
    got = _claims(text)
    assert expected in got
    assert ("record", "gold") not in got[1:]


@pytest.mark.parametrize(
    "text",
    [
        "Wall Street analysts expect gold to rise 10% next year.",
        "Wall Street banks raised their gold forecasts after it rose 2% on Monday.",
        "The Wall Street Journal reported that gold rose 2% on Monday.",
    ],
)
def test_wall_street_the_industry_is_no_market(text: str) -> None:
    assert all(asset != "spx" for _, asset in _claims(text))
