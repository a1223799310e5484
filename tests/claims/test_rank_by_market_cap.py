"""A coin named by its rank and the rank's measure ("the second-biggest token by
market capitalization") is that coin: the figures of its clause are its own."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _claims(text: str) -> list[tuple[str | None, str, float | None]]:
    return [
        (c.asset, c.kind, c.level if c.kind == "level" else c.pct)
        for c in extract_claims(text).claims
        if c.kind in ("level", "percent")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ether slipped. The No. 2 cryptocurrency by market capitalization changed"
            " hands at $2,910, with a loss of 0.8% on the day.",
            [("eth", "level", 2910.0), ("eth", "percent", 0.8)],
        ),
        (
            "The largest cryptocurrency by market cap fell 2% to $61,000.",
            [("btc", "level", 61000.0), ("btc", "percent", 2.0)],
        ),
    ],
)
def test_rank_by_market_cap_names_the_coin(text: str, want: list[tuple[str, str, float]]) -> None:
    assert sorted(_claims(text)) == sorted(want)


def test_an_exchange_by_market_share_is_no_coin() -> None:
    found = _claims("The largest crypto exchange by volume fell 2%.")
    assert not {a for a, _, _ in found} & {"btc", "eth"}
