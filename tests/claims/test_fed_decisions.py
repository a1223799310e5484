"""The Fed's rate decision told as a step of the fed funds rate: found in its verb and noun
wordings, not when expected or another bank's, and graded on the effective rate's step the
day after the decision (hand-written phrasings)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _decisions(text: str) -> list[tuple[str | None, float | None]]:
    return [
        (c.op, c.pct)
        for c in extract_claims(text).claims
        if c.asset == "fed_funds" and c.window == "decision"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "On Wednesday the Federal Reserve trimmed its policy rate by 25 basis points.",
            ("down", 25.0),
        ),
        ("The Fed lowered interest rates by half a percentage point.", ("down", 50.0)),
        ("The FOMC raised the federal funds rate by 0.75 percentage points.", ("up", 75.0)),
        (
            "The Fed cut borrowing costs by a quarter point, its second cut this year.",
            ("down", 25.0),
        ),
        ("The Federal Reserve delivered a 50 bp rate cut on Wednesday.", ("down", 50.0)),
    ],
)
def test_a_decision_is_a_step_of_the_fed_funds_rate(text: str, found: tuple[str, float]) -> None:
    assert _decisions(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Markets expect the Fed to lower rates by 25 basis points next week.",
        "Fed to trim rates by 25bps",
        "Futures price a 60% chance that the Fed cuts rates by 50 basis points.",
        "The European Central Bank cut rates by 25 basis points.",
        "The Fed held rates steady on Wednesday.",  # a hold: no step (window decision, op flat)
    ],
)
def test_no_decision_taken(text: str) -> None:
    assert [op for op, _ in _decisions(text) if op != "flat"] == []


def _market() -> Market:
    days = pd.date_range("2025-09-01", "2025-11-30")
    rate = pd.Series(4.33, index=days)
    rate[rate.index >= "2025-09-18"] = 4.08  # the decision of 2025-09-17
    return Market({"fed_funds": rate})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The Fed cut its key rate by 25 basis points on Wednesday.", "confirmed"),
        ("The Fed cut rates by half a percentage point on Wednesday.", "contradicted"),
        ("The Fed raised rates by 25 basis points on Wednesday.", "contradicted"),
    ],
)
def test_a_decision_is_graded_on_the_step_after_it(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-09-17"), _market())
    found = [c for c in checked if c.claim.window == "decision"]
    assert [c.status for c in found] == [status]


def test_no_step_near_the_day_is_not_checkable() -> None:
    text = "The Fed cut its key rate by 25 basis points on Wednesday."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-09-03"), _market())
    assert [c.status for c in checked if c.claim.window == "decision"] == ["not checkable"]


def test_a_decision_of_a_named_month_is_that_month_s() -> None:
    text = "Yields have risen since the Fed cut its key rate by 25 basis points in September."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-11-20"), _market())
    assert [c.status for c in checked if c.claim.window == "decision"] == ["confirmed"]
