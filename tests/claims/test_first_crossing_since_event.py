"""A first crossing of a price since a past time, told with a move noun ("its first
fall below $90K since May 2"), and a "since" that names an event with its date ("since the
new chair took office on March 3"): a record since that date."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.sincewords import since_words


def _records(text: str) -> set[tuple[str | None, str | None, str | None]]:
    return {(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ether lost 5% on Tuesday, its first slide below $2,200 since June 3.",
            ("eth", "low", "since:June 3"),
        ),
        (
            "Gold climbed on Friday, its first close above $3,400 since the April 22 session.",
            ("gold", "high", "since:the April 22 session"),
        ),
        (
            "Silver jumped, its first push above $36 since February 2012.",
            ("silver", "high", "since:February 2012"),
        ),
    ],
)
def test_first_crossing_since(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _records(text)


def test_first_crossing_in_history_stays_a_record_ever() -> None:
    assert ("gold", "high", None) in _records("Gold rallied, its first move above $3,000 ever.")


@pytest.mark.parametrize(
    ("words", "date"),
    [
        ("the new chair took office on March 3", "March 3"),
        ("the halving in April 2024", "April 2024"),
        ("the election on 5 November", "5 November"),
    ],
)
def test_since_an_event_on_a_date(words: str, date: str) -> None:
    assert since_words(words) == (date, False)


def test_since_a_plain_date_is_unchanged() -> None:
    assert since_words("early March") == ("early March", False)
