"""Ratios named by a pair of tickers or any dash, read either way up and to their written
precision, with their figures kept off both assets (hand-written phrasings)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _ratios(text: str) -> list[tuple[str | None, str | None, str | None, float | None]]:
    return [
        (c.asset, c.other, c.op, c.level)
        for c in extract_claims(text).claims
        if c.kind == "comparison" and (c.op or "").startswith("ratio:")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "With ETH/BTC off 30% this year at 0.031, buyers returned.",
            ("eth", "btc", "ratio:at", 0.031),
        ),
        (
            "The silver\u2011to\u2011gold ratio widened to 84.2 on Monday.",
            ("silver", "gold", "ratio:at", 84.2),
        ),
        ("XAU/XAG eased to 76 on Friday.", ("gold", "silver", "ratio:at", 76.0)),
        ("The ETH/BTC ratio slid to approximately 0.031 today.", ("eth", "btc", "ratio:at", 0.031)),
    ],
)
def test_a_pair_of_tickers_or_any_dash_names_a_ratio(
    text: str, found: tuple[str, str, str, float]
) -> None:
    assert _ratios(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "With ETH/BTC off 30% this year at 0.031, buyers returned.",
        "The gold/silver ratio dropped 4% to 81 on Monday.",
    ],
)
def test_a_ratio_s_figures_are_no_move_of_either_asset(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind in ("percent", "move")]
    assert all(c.asset not in ("eth", "btc", "gold", "silver") for c in moves)


def test_gold_still_moves_beside_a_ratio() -> None:  # the negative: gold's own figure stays
    claims = extract_claims("Gold rose 2% on Monday and the gold/silver ratio hit 81.").claims
    assert [(c.asset, c.pct) for c in claims if c.kind == "percent"] == [("gold", 2.0)]


def _market() -> Market:
    days = pd.bdate_range("2025-03-03", "2025-03-14")
    return Market(
        {
            "gold": pd.Series(3000.0, index=days),
            "silver": pd.Series(33.0, index=days),  # 90.9
            "btc": pd.Series(80000.0, index=days),
            "eth": pd.Series(1760.0, index=days),  # 0.022
        }
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The silver-to-gold ratio stood at 91 on Friday.", "confirmed"),  # gold over silver
        ("With ETH/BTC down sharply this year at 0.02, buyers returned today.", "confirmed"),
        ("With ETH/BTC down sharply this year at 0.030, buyers returned today.", "contradicted"),
        ("The silver-to-gold ratio stood at 80 on Friday.", "contradicted"),
    ],
)
def test_a_ratio_is_read_either_way_up_to_its_written_precision(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-14"), _market())
    ratios = [c for c in checked if (c.claim.op or "").startswith("ratio:")]
    assert [c.status for c in ratios] == [status]
