"""A price tied to a vague span back ("a few days earlier", "several weeks ago") is a level
of any day of that stretch, not of a month named later in the sentence for another thing."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> set[tuple[str | None, float | None, str | None]]:
    return {(c.asset, c.level, c.window) for c in extract_claims(text).claims if c.kind == "level"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Only a few days earlier, ether had jumped above $4,700 on bets on a cut in March.",
            ("eth", 4700.0, "ext::within:9:day"),
        ),
        (
            "Several weeks ago, gold was trading near $3,050 an ounce.",
            ("gold", 3050.0, "ext::within:12:week"),
        ),
        (  # an exact count keeps its own span
            "Two days earlier, bitcoin had climbed above $98,000.",
            ("btc", 98000.0, "ext::ago:2:day"),
        ),
    ],
)
def test_vague_span_back(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in _windows(text)
