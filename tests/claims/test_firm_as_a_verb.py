""" "Held firm", "stayed firm", "stood firm": a verb of the asset, not a company ("a gold
firm") the figure would belong to (hand-written phrasings; futures contracts quoted by
their delivery month among them)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("March silver futures held firm near $31.10.", ("silver", 31.1)),
        ("Gold for February delivery stayed firm at $2,650.40 an ounce.", ("gold", 2650.4)),
        (
            "Spot gold slipped to $2,630 while US February gold futures stood firm at $2,655.80.",
            ("gold", 2655.8),
        ),
        ("Bitcoin remained firm above $97,000 on Monday.", ("btc", 97000.0)),
    ],
)
def test_a_level_held_firm_is_the_assets(text: str, level: tuple[str, float]) -> None:
    levels = [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]
    assert level in levels


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Bitcoin treasury firm Strategy fell 5% on Tuesday.", "strategy"),
        ("Shares of the gold mining firm slid 4% on Friday.", None),
    ],
)
def test_a_firm_named_by_the_asset_keeps_the_figure(text: str, owner: str | None) -> None:
    figures = [c for c in extract_claims(text).claims if c.kind in ("figure", "percent")]
    assert figures
    assert all(c.asset not in ("btc", "gold") for c in figures)
    if owner is not None:
        assert owner in {c.asset for c in figures}
