"""A bare "new high" that another sentence of the article gives a span is that span
record, not a record ever: it is dropped as a restatement; a record high or all-time high,
and a bare new high with no span anywhere, stay records."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dollar Index Sets New High as Yields Climb\n\nThe dollar index rose to 108.2 on"
            " Friday, its highest level since October 2023.",
            [("dxy", "high", "since:October 2023")],
        ),
        (
            "Silver touched fresh lows on Monday. The metal fell to $24, a six-month low.",
            [("silver", "low", "last:6:month")],
        ),
    ],
)
def test_a_bare_new_high_takes_the_span_told_elsewhere(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _records(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold set a new high on Tuesday at $2,450.",
        "Gold hit a record high on Tuesday. Silver reached its highest since 2012.",
        "Gold hit a new all-time high. Silver climbed to a 12-year high.",
    ],
)
def test_a_record_or_an_unspanned_new_high_stays(text: str) -> None:
    assert ("gold", "high", None) in _records(text)
