"""A lag told of a whole field ("an industry still trailing stocks") or, with no window
named, a lag behind another market's record run told as backdrop compares no asset to
grade; a lag between named assets stays a comparison."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _compared(text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims = extract_claims(text).claims
    return [(c.asset, c.op, c.other) for c in claims if c.kind == "comparison"]


@pytest.mark.parametrize(
    "text",
    [
        "Should this week's bitcoin bounce last, it bodes well for a sector still lagging gold.",
        "Ether funds saw inflows, yet the whole crypto industry has trailed the stock market.",
        "Bitcoin hovered in a narrow band, trailing the record-setting rally in silver.",
        "Ether stayed stuck near $2,400, lagging the record-breaking surge of gold and stocks.",
    ],
)
def test_vague_lags_are_no_comparisons(text: str) -> None:
    assert _compared(text) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ether, still lagging behind bitcoin, slipped on Tuesday.", ("eth", "btc")),
        ("Bitcoin has lagged the record-setting rally in gold this year.", ("btc", "gold")),
        ("Silver trailed gold over the past month.", ("silver", "gold")),
    ],
)
def test_lags_between_assets_stay(text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "lags", pair[1]) in _compared(text)
