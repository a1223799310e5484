"""A price noun that takes up the asset of the sentence before it states that asset's level
("Gold rose. The spot price is $4,487.50."), unless it is another day's price ("the record
price", "the average price") or a field's label ("Price: $98,100": prose heads no block);
a row's label dated in brackets dates its figure."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose. The price is $4,487.50.",
        "Gold rose. The dealer's spot price is $4,487.50.",
        "Gold rose. Prices were $4,487.50 an ounce.",
    ],
)
def test_a_carried_price_noun_states_the_level(text: str) -> None:
    levels = [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]
    assert levels == [("gold", 4487.5)]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose. The record price is $4,600.",
        "Gold rose. The average price is $2,400.",
        "Gold rose. Its price target is $5,000.",
        "Gold rose.\nPrice: $4,487.50",
    ],
)
def test_another_days_price_or_a_field_is_no_level_of_today(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "level"] == []


def test_a_dated_row_label_dates_its_figure() -> None:
    text = "Gold\nOpening Price (May 17): $3,278/oz\nClosing Price (May 23): $3,357/oz"
    levels = [(c.level, c.when) for c in extract_claims(text).claims if c.kind == "level"]
    assert levels == [(3278.0, ("date", (5, 17))), (3357.0, ("date", (5, 23)))]
