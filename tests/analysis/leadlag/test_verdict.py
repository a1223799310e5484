"""The verdict rules, case by case."""

from __future__ import annotations

import pytest

from leadwatch.analysis.leadlag.verdict import decide_label

BASE = {
    "lead": True,
    "direction": True,
    "in_sample": True,
    "out_of_sample": True,
    "controls": True,
    "stable": True,
}


@pytest.mark.parametrize(
    ("changes", "upper", "negative", "label"),
    [
        ({}, 0.3, False, "supported"),
        ({"controls": None}, 0.3, False, "supported"),  # no controls given: not held against it
        ({"in_sample": False}, 0.3, False, "supported"),  # out of sample alone is enough
        ({"in_sample": False, "out_of_sample": False}, 0.3, False, "inconclusive"),
        ({"controls": False}, 0.3, False, "inconclusive"),  # a common driver explains it
        ({"stable": False}, 0.3, False, "inconclusive"),
        ({"direction": False}, 0.3, False, "contradicted"),  # significant, wrong sign
        ({"lead": False, "in_sample": False, "out_of_sample": False}, 0.05, False, "contradicted"),
        ({"lead": False, "in_sample": False, "out_of_sample": False}, 0.15, False, "inconclusive"),
        ({"lead": False, "in_sample": False}, 0.3, True, "contradicted"),
        # a significant short-lag Granger test stops "contradicted" for lack of evidence
        (
            {"lead": False, "in_sample": False, "out_of_sample": False, "granger": True},
            0.05,
            False,
            "inconclusive",
        ),
        (
            {"lead": True, "in_sample": False, "out_of_sample": False, "granger": True},
            0.3,
            False,
            "inconclusive",
        ),
    ],
)
def test_rules(changes: dict[str, bool | None], upper: float, negative: bool, label: str) -> None:
    checks = {**BASE, **changes}
    assert decide_label(checks, corr_upper=upper, min_effect=0.1, slope_negative=negative) == label
