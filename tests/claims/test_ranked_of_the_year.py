"""A move ranked over this year ("its best week of the year", "its worst day so far this
year") is a record of moves over the year to date (window ``ytd``); a rank over another span
keeps its own window, and a superlative with no span is no record."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims = extract_claims(text).claims
    return [(c.asset, c.op, c.window) for c in claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Buyers returned on Friday, and the S&P 500 booked its best week of the year.",
         ("spx", "best:W", "ytd")),
        ("Silver logged its worst day so far this year on Tuesday.", ("silver", "worst:D", "ytd")),
        ("Gold had its strongest month since 2016.", ("gold", "best:M", "since:2016")),
    ],
)  # fmt: skip
def test_ranked_moves_take_their_span(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _records(text)


def test_a_superlative_without_span_is_no_record() -> None:
    assert _records("Silver had its best week, helped by a weaker dollar.") == []
