"""A second level in a participle or time clause ("..., having earlier touched $X", "...,
after hitting X") shares the main clause's subject: it is the asset's, not some other
subject's (levels and their days, round 33)."""

from __future__ import annotations

import pytest

from tests.claims.extracted import levels as _levels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver firmed to $31.20 an ounce, having earlier touched $31.65.",
            [("silver", 31.2), ("silver", 31.65)],
        ),
        (
            "The dollar index rose 0.6% to 102.40, having earlier hit 102.90, a two-month top.",
            [("dxy", 102.4), ("dxy", 102.9)],
        ),
        (
            "Ether slipped to $2,310, after reaching $2,455 in the morning.",
            [("eth", 2310.0), ("eth", 2455.0)],
        ),
        # negative: a later clause with a subject of its own keeps its figure
        ("Gold eased to $2,380, while lumber traded at $590.", [("gold", 2380.0)]),
    ],
)
def test_a_level_in_a_participle_clause_is_the_main_subject_s(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert sorted(_levels(text)) == sorted(expected)
