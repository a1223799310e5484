"""A level a move reached within a session, on a series stored with closes only, and rates
the store does not hold.

- "The 10-year yield jumped 15 basis points to 4.60%" with a close of 4.48%: the session
  may have touched 4.60% before easing; with no high-low range stored that is unseen, so
  the claim is inconclusive when the close falls short by no more than twice the usual
  session's move, and stays contradicted when it is farther, beyond the level, or when no
  move took the price there ("stood at 4.60%").
- "a 15-year mortgage rate" is a rate outside the store, not the Treasury yield
  the sentences before are about."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2026-04-01", periods=25)


def _yields(last: float) -> Market:
    """Closes alternating by 0.08 points around 4.40, then ``last`` on the final day."""
    closes = 4.40 + 0.04 * np.where(np.arange(len(DAYS)) % 2 == 0, 1.0, -1.0)
    closes[-1] = last
    return Market({"yield_10y": pd.Series(closes, index=DAYS)}, rates=frozenset({"yield_10y"}))


def _level_status(text: str, market: Market) -> str:
    checked = check_claims(extract_claims(text), DAYS[-1], market)
    return next(c.status for c in checked if c.claim.kind == "level")


def test_a_reached_level_short_of_the_close_by_a_usual_session_is_unseen() -> None:
    text = "The 10-year Treasury yield jumped 15 basis points to 4.60% today."
    status = _level_status(text, _yields(4.48))  # 0.12 short; the usual session 0.08
    assert status == "inconclusive"
    assert _level_status(text, _yields(4.40)) == "contradicted"  # 0.20 short: too far
    assert _level_status(text, _yields(4.75)) == "contradicted"  # beyond the level
    still = "The 10-year Treasury yield stood at 4.60% today."  # no move took it there
    assert _level_status(still, _yields(4.48)) == "contradicted"


def test_a_range_settles_what_a_reached_level_did() -> None:
    market = _yields(4.48)
    frame = pd.DataFrame({"low": market.close("yield_10y") - 0.01, "high": 4.49}, index=DAYS)
    with_range = Market(
        {"yield_10y": market.close("yield_10y")},
        ranges={"yield_10y": frame},
        rates=frozenset({"yield_10y"}),
    )
    text = "The 10-year Treasury yield jumped 15 basis points to 4.60% today."
    assert _level_status(text, with_range) == "contradicted"  # the day's high was 4.49


def test_a_mortgage_rate_is_not_the_treasury_yield() -> None:
    text = (
        "The 10-year Treasury yield rose to 4.5%. Home buyers now face a 15-year "
        "mortgage rate at its highest since early March."
    )
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.asset for c in records] == ["mortgage_rate"]
