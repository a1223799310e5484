"""A Fed step told as taken in a noun phrase ("after last week's quarter-point cut", "with
a half-point interest rate reduction", "following a 75 bp hike by the Federal Reserve") is
a decision; an expected, priced or another bank's step is not. A half-year
written "H1", "H2 2025" or "the first six months" is that half's window."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _decisions(text: str) -> list[tuple[str | None, float | None, str | None]]:
    claims = extract_claims(text).claims
    return [(c.op, c.pct, c.window) for c in claims if c.asset == "fed_funds"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bond traders weighed the Fed's tone after last week's quarter-point cut.",
            [("down", 25.0, "decision:week")],
        ),
        (
            "The Federal Reserve opened its easing with a half-point interest rate reduction.",
            [("down", 50.0, "decision")],
        ),
        (
            "Stocks slid following a 75 bp rate hike by the Federal Reserve.",
            [("up", 75.0, "decision")],
        ),
    ],
)
def test_a_step_told_as_taken_is_a_decision(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _decisions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "With a 25 bps cut priced in, the Fed's guidance matters more.",
        "Futures imply a 40% probability of a further half-point cut once the Fed meets.",
        "The ECB eased policy after last week's quarter-point cut.",
        "The Fed may follow with a half-point rate cut in December.",
    ],
)
def test_an_expected_or_foreign_step_is_no_decision(text: str) -> None:
    assert _decisions(text) == []


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Gold gained 24% in H1, its best start in years.", "part:H1"),
        ("Silver added 11% in H2 2024.", "part:H2:2024"),
        ("Gold has climbed 25% in the first six months of the year.", "part:H1"),
        ("Ether lost 30% in the first half of 2025.", "part:H1:2025"),
    ],
)
def test_a_half_year_is_its_window(text: str, window: str) -> None:
    assert [c.window for c in extract_claims(text).claims if c.kind == "percent"] == [window]
