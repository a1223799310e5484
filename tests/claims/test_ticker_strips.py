"""A ticker strip ("KGC $24.10 -3.15% GLD $410.20 +0.40%") gives each code its own price
and change: an unknown code's figure is that code's (not checkable), never the figure of
the known fund or asset quoted before it."""

from __future__ import annotations

from leadwatch.claims import extract_claims


def test_an_unknown_codes_change_is_its_own() -> None:
    claims = extract_claims("GLD $410.20 +0.40% KGC $24.10 -3.15% SLV $30.05 +1.10%").claims
    moves = {(c.asset, c.op, c.pct) for c in claims if c.kind == "percent"}
    assert ("kgc", "down", 3.15) in moves
    assert all(not (a == "gold" and p == 3.15) for a, _, p in moves)


def test_capitals_before_a_price_without_a_signed_change_are_no_ticker() -> None:
    claims = extract_claims("The CEO said the AI plan costs $500 billion over 4 years.").claims
    assert not {c.asset for c in claims} & {"ceo", "ai"}
