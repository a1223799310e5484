"""Figures that are not the asset's price: funds and tokens, chart targets, table headers, ranks."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.asset) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Holdings of silver-backed exchange-traded funds climbed to their highest since 2021.",
        "Gold ETF holdings rose to the highest level in three years.",
        "Gold-linked tokens such as XAUT have also climbed above $4,100.",
        "Gold stablecoins hit a record market value this month.",
        "Silver ETPs added 2% this week.",
    ],
)
def test_funds_and_tokens_are_not_the_metal(text: str) -> None:
    assert not [a for _, a in _claims(text) if a in ("gold", "silver")]


def test_the_metal_beside_its_funds_is_still_the_metal() -> None:
    got = _claims("Silver climbed 3% to $48 while silver ETFs drew fresh inflows.")
    assert ("percent", "silver") in got and ("level", "silver") in got


@pytest.mark.parametrize(
    "text",
    [
        "The daily chart points to a target of $2,950 for gold.",
        "Silver faces stiff resistance at $52, traders say.",
        "Bitcoin has room for a further slide to $88,000.",
        "Analysts see strong support for ether at $2,400.",
        "The weekly setup leaves upside toward $5,000 for gold.",
    ],
)
def test_chart_targets_are_no_levels(text: str) -> None:
    assert not [k for k, _ in _claims(text) if k == "level"]


def test_a_table_header_row_is_no_record() -> None:
    text = "Metal prices today\n\n| Asset | Last | Change | All-time high |\n|---|---|---|---|\n"
    assert _claims(text) == []


def test_a_level_ranked_below_the_top_is_no_record() -> None:
    assert ("record", "silver") not in _claims("Silver closed at its 3rd-highest level on record.")


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("The Dow posted its 2nd-best weekly gain since October 2022.", "rank:2"),
        ("Gold logged its second-biggest monthly rise since 2016.", "rank:2"),
        ("Bitcoin had its third-worst day since March.", "rank:3"),
    ],
)
def test_a_move_ranked_below_the_top_carries_its_rank(text: str, rank: str) -> None:
    found = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.qualifiers for c in found] == [(rank,)]


def test_the_top_rank_stays_a_record() -> None:
    assert ("record", "gold") in _claims("Gold logged its biggest monthly rise since 2016.")
