"""A price said of a named month's start ("started February at $3,217") is graded on that
month's first days, not on the article's day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Ether started March at $2,200 but has since slumped.", ("start", "month:3")),
        ("Gold kicked off October at $3,860.", ("start", "month:10")),
        ("Bitcoin entered June at about $105,000, then rallied.", ("start", "month:6")),
        ("Gold began the year at $2,620.", ("year_start", 0)),  # unchanged
    ],
)
def test_month_start_is_read(text: str, when: tuple[str, object]) -> None:
    levels = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert levels and levels[0].when == when


@pytest.mark.parametrize(
    "text",
    [
        "Silver opened March 3 at $31.",  # a date, not the month's start
        "Bitcoin entered may at $94,000.",  # "may" in lower case is no month
    ],
)
def test_not_a_month_start(text: str) -> None:
    assert all(
        c.when is None or c.when[0] != "start" or not str(c.when[1]).startswith("month:")
        for c in extract_claims(text).claims
    )


def test_graded_at_the_month_start(market: Market) -> None:
    eth = market.close("eth")
    first = float(eth.loc["2025-02-01"])
    text = f"Ether started February at ${first:,.0f} and has slid since."
    checks = check_claims(extract_claims(text), pd.Timestamp("2025-02-25"), market)
    level = next(c for c in checks if c.claim.kind == "level")
    assert level.status == "confirmed", level.evidence


def test_a_price_far_from_the_month_start_fails(market: Market) -> None:
    far = 1.5 * float(market.close("eth").loc["2025-02-01"])
    text = f"Ether started February at ${far:,.0f} and has slid since."
    checks = check_claims(extract_claims(text), pd.Timestamp("2025-02-25"), market)
    level = next(c for c in checks if c.claim.kind == "level")
    assert level.status == "contradicted", level.evidence
