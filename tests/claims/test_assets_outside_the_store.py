"""Assets the store does not hold, in every kind of claim and window the checker reads: the
claims are "not checkable" (named), dating ignores them, and nothing fails. A move "in two
days" of such an asset used to stop the whole article (a calendar lookup of its series)."""

from __future__ import annotations

import contextlib
import itertools

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.errors import DataError

_ASSETS = ("Copper", "Platinum", "XRP", "Solana", "The Nikkei", "Trading volumes")
#: Own phrasings of each claim kind and window ("{a}" the asset).
_CLAIMS = (
    "{a} jumped 5% in two days.",
    "{a} rose 4% within 48 hours.",
    "{a} is up 12% this year and 3% this week.",
    "{a} has gained 20% since March.",
    "{a} fell 2.5% over the past 24 hours to $1,234.",
    "{a} hit a record high of $5,000 on Tuesday.",
    "{a} traded at its lowest since April 2024.",
    "{a} climbed above $100 for the first time since 2021.",
    "{a} slid from $120 to $95 last week.",
    "{a} has outperformed gold by 10 points year to date.",
    "{a} posted a third straight weekly gain, adding 1.1% on Friday.",
    "{a} is 30% below its peak of $7,000 set in October.",
)


@pytest.mark.parametrize(
    ("template", "asset"),
    [*zip(_CLAIMS, itertools.cycle(_ASSETS)), *((_CLAIMS[0], a) for a in _ASSETS[1:])],
)
def test_a_claim_of_an_asset_outside_the_store_is_not_checkable_and_fails_nothing(
    market: Market, template: str, asset: str
) -> None:
    text = template.format(a=asset) + " Gold was at $2,650 an ounce on Tuesday."
    extraction = extract_claims(text)
    checked = check_claims(extraction, pd.Timestamp("2024-12-03"), market)
    outside = [c for c in checked if c.claim.asset not in ("gold", "gold_futures")]
    assert all(c.status == "not checkable" for c in outside), [
        (c.claim.describe(), c.status) for c in outside
    ]
    with contextlib.suppress(DataError):  # nothing datable is a clear error, not a failure
        infer_date(extraction, market)
