"""A comparison only foreseen ("will outperform", "expects gold to outpace silver") is a
forecast, not a fact to grade; and "tips" the verb is no TIPS real yield."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _compared(text: str) -> list[tuple[str | None, str | None, str | None]]:
    claims = extract_claims(text).claims
    return [(c.asset, c.op, c.other) for c in claims if c.kind == "comparison"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold will outperform silver over the coming year, one bank said.",
        "One strategist expects ether to outpace bitcoin in the spring.",
        "Ether is above its 50-day average against Bitcoin, and a trader tips it to outperform.",
    ],
)
def test_foreseen_comparisons_are_no_claims(text: str) -> None:
    assert _compared(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gold outperformed silver over the past year.",
        "Gold has continued to outperform silver since March.",
    ],
)
def test_stated_comparisons_stay(text: str) -> None:
    assert ("gold", "outperforms", "silver") in _compared(text)


def test_the_verb_tips_is_no_real_yield() -> None:
    claims = extract_claims("A desk tips silver to rally while TIPS yields rose to 2.1%.").claims
    assert all(c.asset != "real_yield_10y" or "2.1%" in c.words for c in claims)
    claims = extract_claims("One analyst tips a rebound for the metal next week.").claims
    assert all(c.asset != "real_yield_10y" for c in claims)
