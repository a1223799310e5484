"""A span record only approached or tried ("tests multi-year highs", "neared a 13-month
high", "approaching a 10-year high") is a record stood near, graded as such; one reached
("hit a 13-year high") stays a record at the day."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    claims = extract_claims(text).claims
    return [(c.asset, c.qualifiers) for c in claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Silver tests multi-year highs as the week opens.", "silver"),
        ("The dollar neared a 14-month high on Thursday.", "dxy"),
        ("Gold is approaching its highest since March, traders said.", "gold"),
    ],
)
def test_an_approached_record_is_near(text: str, asset: str) -> None:
    assert (asset, ("near",)) in _records(text)


def test_a_reached_record_is_no_near_one() -> None:
    assert ("silver", ()) in _records("Silver hit a 12-year high on Wednesday.")
