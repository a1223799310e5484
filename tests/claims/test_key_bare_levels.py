"""A level without a currency sign, told with an adjective ("the key 98.00 level", "the
critical 98.00 mark"), is read like "the 98.00 level"."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dollar index broke below the key 97.50 level.", ("dxy", "below", 97.5)),
        ("The dollar index slipped under the critical 101.00 mark.", ("dxy", "below", 101.0)),
        ("The dollar index is holding above the important 104 level.", ("dxy", "above", 104.0)),
    ],
)
def test_an_adjective_before_a_bare_level(text: str, expected: tuple[str, str, float]) -> None:
    assert _levels(text) == [expected]


def test_a_count_after_an_adjective_is_no_level() -> None:
    assert _levels("The dollar index fell for a key 3 sessions.") == []
