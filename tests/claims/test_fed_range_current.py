"""The Fed's target range after the rate it bounds ("held rates at 4.25% to 4.50%", "the
current policy rate of 3.75-4.00%"), also inside a forecast when named as the range in force
(round 33)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _fed(text: str) -> list[tuple[str, float | None]]:
    return sorted(
        (c.op, c.level)
        for c in extract_claims(text).claims
        if c.kind == "level" and c.asset == "fed_funds"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fed kept rates at 5.00% to 5.25% on Tuesday.", [("above", 5.0), ("below", 5.25)]),
        (
            "The FOMC left the current benchmark rate of 3.50\u20133.75% in place on Thursday.",
            [("above", 3.5), ("below", 3.75)],
        ),
        (
            "The Federal Reserve meets next week, and economists expect the central bank to"
            " keep its current policy rate of 4.75\u20135.00%, unchanged since March.",
            [("above", 4.75), ("below", 5.0)],
        ),
    ],
)
def test_a_fed_range_after_its_rate_is_the_target_range(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _fed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Fed trimmed rates from 5.25% to 5.00% on Tuesday.",
        "Markets expect the Fed will lower rates to 3.25%-3.50% in December.",
    ],
)
def test_a_cut_or_a_forecast_is_no_range_in_force(text: str) -> None:
    assert ("above", 5.0) not in _fed(text) and ("above", 3.25) not in _fed(text)
