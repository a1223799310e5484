"""Record phrasings: a closing (daily, intraday) level over a span, a level "ever" seen."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"}


@pytest.mark.parametrize(
    ("text", "record"),
    [
        ("The VIX settled at 14.2 on Tuesday, marking its lowest closing level in 14 months.",
         ("vix", "low", "last:14:month")),
        ("Bitcoin slumped to its lowest daily close since March, at $78,000.",
         ("btc", "low", "since:March")),
        ("Gold set its highest intraday price in six weeks.", ("gold", "high", "last:6:week")),
        ("Silver rose 4% to $52, the highest level ever recorded.", ("silver", "high", None)),
        ("Bitcoin reached the highest price ever seen for the token.", ("btc", "high", None)),
        ("The S&P 500 notched its highest close ever on Friday.", ("spx", "high", None)),
        ("Ether sank to the lowest price ever recorded, by its own data.", ("eth", "low", None)),
    ],
)  # fmt: skip
def test_record_phrasing(text: str, record: tuple[str, str, str | None]) -> None:
    assert _records(text) == {record}
