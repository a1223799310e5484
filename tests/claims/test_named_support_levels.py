"""A price named as a support or resistance level that the move went through ("below the
$2,000 support level to a 14-month low") is no hypothesis: the record after it stands; a
support the text only expects ("could find support") stays a hypothesis."""

from __future__ import annotations

import pytest

from tests.claims.extracted import records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ether has suffered a sharp sell-off, plunging below the $2,000 support level "
            "to a 14-month low near $1,850.",
            [("eth", "low", "last:14:month")],
        ),
        (
            "Silver dropped through the $30 support to a six-month low.",
            [("silver", "low", "last:6:month")],
        ),
    ],
)
def test_a_figure_s_support_is_a_named_level(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert records(text) == expected


def test_an_expected_support_stays_a_hypothesis() -> None:
    text = "Analysts say silver could find support and reach $40 or a six-month high."
    assert records(text) == []
