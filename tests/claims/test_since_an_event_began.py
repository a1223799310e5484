"""A move "since the war began on February 28" runs from that date: the event told by its
start and dated is a since-anchor, like "since the election on Nov. 5". A year's "first three
months" are its first quarter, as "the first six months" are its first half; "within a
week" is a week."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.windows import find_windows


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver has lost 6% since the selloff started on Oct. 10.", "since:the selloff started"),
        ("Since the conflict erupted on June 13, gold is up 4%.", "since:the conflict erupted"),
        ("Ether rose 20% since the new rules took effect on July 1, 2025.", "since:the new rules"),
    ],
)
def test_a_dated_start_anchors_the_window(text: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert len(moves) == 1
    assert (moves[0].window or "").startswith(window)


def test_a_start_without_a_date_is_no_anchor() -> None:
    said = [w for _, w in find_windows("Gold rose 4% since the conflict erupted.")]
    assert not any("erupted" in w for w in said)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Over the first three months of the year, silver rose 19%.", "part:Q1"),
        ("Ether lost 8% in the second three months of 2025.", "part:Q2:2025"),
    ],
)
def test_three_months_of_a_year_are_its_quarter(text: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [c.window for c in moves] == [window]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Ether rallied 15% within a single week.", "week"),
        ("Silver slid 9% within the past month.", "month"),
        ("Gold gained 30% within the last year.", "year"),
    ],
)
def test_within_a_span_is_that_span(text: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [c.window for c in moves] == [window]
