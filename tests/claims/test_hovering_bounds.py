"""A bound the price is said to stay close to ("hovers below $2,400", "just above $90,000")
holds only near it; a plain bound ("is below $2,400") holds however far below. A record
told with a hedge and an article ("bounced from more than a nine-week low") is read."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2026-04-06", periods=5)


def _status(text: str, close: float) -> str:
    gold = pd.Series([close] * len(DAYS), index=DAYS)
    checked = check_claims(extract_claims(text), DAYS[-1], Market({"gold": gold}))
    return next(c.status for c in checked if c.claim.kind == "level")


def test_a_hovering_bound_holds_only_near_it() -> None:
    for text in ("Gold hovers below $2,400.", "Gold trades just below $2,400."):
        claims = [c for c in extract_claims(text).claims if c.kind == "level"]
        assert [c.qualifiers for c in claims] == [("close_to",)], text
        assert _status(text, 2390.0) == "confirmed"
        assert _status(text, 2200.0) == "contradicted"  # 8% below: no hovering
        assert _status(text, 2450.0) == "contradicted"  # above it
    assert _status("Gold is below $2,400.", 2200.0) == "confirmed"
    above = "Gold sits just above $2,400."
    assert _status(above, 2410.0) == "confirmed" and _status(above, 2600.0) == "contradicted"


def test_a_hedged_span_record_with_an_article_is_read() -> None:
    text = "The dollar index firmed, having bounced from more than a nine-week low."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.op, c.window) for c in records] == [("low", "last:9:week")]
