"""A move or level only tried or failed ("attempted to reclaim $100,000") is no claim that
the asset got there; what it did reach stays (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _figures(text: str) -> set[float | None]:
    claims = extract_claims(text).claims
    return {c.level for c in claims} | {c.pct for c in claims if c.kind == "percent"}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Bitcoin attempted to reclaim $104,000 but was rejected.", 104000.0),
        ("Gold failed to hold above $3,200 into the close.", 3200.0),
        ("Ether struggled to clear $2,450 for a third session.", 2450.0),
        ("Bitcoin climbed 2% to $68,000 in a bid to retake $70,000.", 70000.0),
        ("Silver made an attempt at $36.50 before sellers stepped in.", 36.5),
        ("Bitcoin failed to rally 6% as bulls had hoped.", 6.0),
        ("Gold was unable to break $3,450 this week.", 3450.0),
        ("Still, the Nasdaq fell short of closing above the record 21,410.50 level.", 21410.5),
        ("The S&P 500 came up short of topping 6,300 on Thursday.", 6300.0),
    ],
)
def test_a_tried_move_is_no_claim(text: str, figure: float) -> None:
    assert figure not in _figures(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Bitcoin climbed 2% to $68,000 in a bid to retake $70,000.", 68000.0),
        ("Gold tried hard but still closed at $3,100.", 3100.0),
        ("Silver rose 3% to $36 after failing on Monday.", 36.0),
        ("The Nasdaq rose 1% to 21,380 but fell short of its record.", 21380.0),
    ],
)
def test_what_was_reached_stays(text: str, figure: float) -> None:
    assert figure in _figures(text)
