"""Figures about something other than the asset's price: a fund's own move told after
another verb of the fund ("the ... Trust ETF traded $5 billion and fell 9%"), the trading
volume, open interest or market cap an asset word describes, and a percent sized as a noun
of such a quantity ("a 40% increase in trading volume") under a carried subject."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _percents(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "The iShares Silver Trust ETF traded about $5 billion on Tuesday and fell 9%.",
        "Spot bitcoin ETFs saw heavy trading and dropped 4% on Friday.",
        "Gold futures open interest rose 5% to 500,000 contracts.",
        "Bitcoin trading volume jumped 40% on Monday.",
        "Ether climbed to $4,000. It came with a 40% increase in 24-hour trading volume.",
        "Ether climbed to $4,000. The move was accompanied by a 25% rise in open interest.",
    ],
)
def test_a_figure_of_a_fund_or_a_quantity_is_not_the_price(text: str) -> None:
    assert all(asset not in ("btc", "eth", "gold", "silver") for asset, _ in _percents(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin ETFs drew inflows and bitcoin rose 2%.", [("btc", 2.0)]),
        ("Bitcoin rose 4% on a jump in trading volume.", [("btc", 4.0)]),
        ("Silver fell 3% as ETF outflows picked up.", [("silver", 3.0)]),
    ],
)
def test_the_price_move_beside_a_quantity_stays_the_asset(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _percents(text) == expected
