"""A record of an amount (liquidations, flows, a market value: "a record $1.2 billion") is
not a record of the asset's price."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.op) for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin fell 3%. It is far from the record of about $15 billion liquidated in May.",
        "Bitcoin funds drew a record $1.4 billion on Monday as the price rose 2%.",
        "Gold ETFs took in a record of $3bn in March, while gold rose 5%.",
    ],
)
def test_a_record_amount_is_no_price_record(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin hit a record of $126,000 in October.",
        "Gold hit a record $4,380 on Friday.",
        "Bitcoin hit a record $126k on Monday.",
    ],
)
def test_a_record_price_stays_a_record(text: str) -> None:
    assert [op for _, op in _records(text)] == ["high"]
