"""A coin's halving told as an event of its supply ("undergoes its second halving", "the
3rd halving") is no fall of half for the asset before it; "halved in value" still is."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Ether climbed 3% this week. Qwertcoin undergoes its second halving on May 20.",
        "Ether rose 2% on Monday. \u2022 June 2: Zorbcoin undergoes a halving.",
        "Ether gained 4% in May. Litecoin's 3rd halving is due in August.",
    ],
)
def test_a_halving_event_is_no_move(text: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.pct == 50.0], claims


@pytest.mark.parametrize(
    "text", ["Bitcoin halved in value during 2022.", "Ether saw its halving in price by June."]
)
def test_a_fall_by_half_stays_a_move(text: str) -> None:
    claims = extract_claims(text).claims
    assert [(c.op, c.pct) for c in claims if c.kind == "percent"] == [("down", 50.0)], claims
