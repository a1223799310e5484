"""A currency code before a price ("USD $31.20", "US$2,950") is the price's sign: the
figures beside it are the priced asset's, never an asset called "usd" (hand-written
phrasings: dealer notes, non-US outlets)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "pct"),
    [
        (
            "Gold is up 9% this year, with silver, which now changes hands at USD $31.20 "
            "(+11% year-to-date), close behind.",
            "silver",
            11.0,
        ),
        ("Platinum lagged while gold, quoted at USD $2,950 (+12% YTD), led.", "gold", 12.0),
        ("Ether rose 2%, and bitcoin, at USD $97,400 (-3% on the week), slipped.", "btc", -3.0),
        ("Among metals, silver sits at USD 33.10 (+14% this year), ahead of gold.", "silver", 14.0),
    ],
)
def test_the_figure_after_a_coded_price_is_the_priced_assets(
    text: str, asset: str, pct: float
) -> None:
    claims = extract_claims(text).claims
    assert "usd" not in {c.asset for c in claims}
    owners = {c.asset for c in claims if c.pct is not None and abs(abs(c.pct) - abs(pct)) < 1e-9}
    assert owners == {asset}
