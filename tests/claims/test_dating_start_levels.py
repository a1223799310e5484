"""Dating round 25: a level a period opened at ("began March at $84,000", "opened the
month near $30") dates the article by that start, not as a price of the article's own
day; a level said of the day keeps voting for the days it held."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import claim_days
from leadwatch.claims.market import Market

_DAYS = pd.date_range("2024-11-01", "2026-04-30")


def _market() -> Market:
    """Bitcoin at $84,000 around 1 March 2025 and all through March 2026, else $60,000."""
    btc = pd.Series(60000.0, index=_DAYS)
    btc.loc["2025-02-26":"2025-03-02"] = 84000.0
    btc.loc["2026-03-01":"2026-03-31"] = 84000.0
    return Market({"btc": btc})


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin began March at $84,000 but has since shed a fifth of its value.",
        "Looking at the month, bitcoin started March at $84,000 and now sits lower.",
        "Bitcoin opened March at $84,000 before the slide.",
    ],
)
def test_a_named_months_opening_level_votes_for_that_months_days(text: str) -> None:
    claim = next(c for c in extract_claims(text).claims if c.level == 84000.0)
    assert claim.when is not None and claim.when[0] == "start"
    held = claim_days(claim, _market(), _DAYS)
    assert bool(held.loc["2025-03-20"]) and bool(held.loc["2025-05-20"])  # after that start
    assert not bool(held.loc["2025-02-27"])  # before March began
    assert not bool(held.loc["2025-09-01"])  # too long after it
    assert bool(held.loc["2026-03-15"])  # March 2026 opened there too


def test_a_level_of_the_day_still_votes_for_the_days_it_held() -> None:
    claim = next(iter(extract_claims("Bitcoin traded at $84,000 on Tuesday.").claims))
    held = claim_days(claim, _market(), _DAYS)
    assert not bool(held.loc["2025-03-20"]) and bool(held.loc["2026-03-18"])
