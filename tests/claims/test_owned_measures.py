"""A measure or projection someone owns ("the Fed's preferred price gauge", "its June
projections") is not that owner's price or rate: a figure set in it is no Fed level."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _fed(text: str) -> list[tuple[str | None, float | None]]:
    found = extract_claims(text).claims  # (a hold told in its own sentence is a claim too)
    return [(c.op, c.level) for c in found if c.asset == "fed_funds" and c.kind != "move"]


@pytest.mark.parametrize(
    "text",
    [
        "Policymakers kept rates on hold. Their new outlook raised 2027 core inflation,"
        " the Fed's favored price measure, to 2.9% from 2.6%.",
        "The Fed held rates steady. Its June projections pushed the price gauge to 2.9%.",
        "The Fed paused. Its December estimates moved the inflation yardstick to 3.1%.",
    ],
)
def test_owned_measure_is_no_fed_rate(text: str) -> None:
    assert _fed(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Fed held rates steady. It lowered its benchmark rate to 4.25%.", [("at", 4.25)]),
        ("The Fed's policy rate now stands at 4.25%.", [("at", 4.25)]),
    ],
)
def test_the_feds_own_rate_stays(text: str, want: list[tuple[str, float]]) -> None:
    assert _fed(text) == want
