"""Volatility gauges of other markets are neither the VIX nor their own asset: hand-written
phrasings of the class, as exchanges, wires and crypto desks name them (issue 15,
round 11)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "The Cboe Gold ETF Volatility Index rose to 28, a record.",
        "The Silver ETF Volatility Index jumped 20% on Monday.",
        "The crude oil volatility index (OVX) climbed to 55 on Monday.",
        "The Nasdaq-100 Volatility Index rose 12% to 30 on Monday.",
        "The ICE BofA MOVE index fell 5% to 85 on Monday.",
        "Bitcoin's volatility index DVOL rose to 60 on Monday.",
    ],
)
def test_another_markets_volatility_gauge_is_not_the_vix_nor_the_asset(text: str) -> None:
    named = {c.asset for c in extract_claims(text).claims}
    assert not named & {"vix", "gold", "silver", "oil", "nasdaq", "btc"}


def test_the_cboe_volatility_index_is_still_the_vix() -> None:
    claims = extract_claims("The Cboe Volatility Index rose 12% to 22.2.").claims
    assert ("level", "vix") in [(c.kind, c.asset) for c in claims]
