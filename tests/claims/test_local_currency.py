"""Gold and silver priced in another currency are other series than the USD price: their
claims name that series, so they are reported as not in the store, never graded on USD
(hand-written phrasings: UK dealers, EU and Indian bank notes, Asian and Australian feeds)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _assets(text: str) -> set[str | None]:
    return {c.asset for c in extract_claims(text).claims}


@pytest.mark.parametrize(
    ("text", "local"),
    [
        (
            "In sterling terms, gold traded at \u00a32,150 an ounce, just shy of its record.",
            "gold_gbp",
        ),
        ("Gold in euro terms hit a record \u20ac2,610 on Monday.", "gold_eur"),
        ("Gold prices in India rose 1.2% to Rs 68,500 per 10 grams.", "gold_inr"),
        ("In yen, gold climbed to a record \u00a5390,000 per ounce.", "gold_jpy"),
        ("Gold priced in Australian dollars hit an all-time high of A$3,900.", "gold_aud"),
        ("Silver rose 2.1% to \u20b988,400 per kg on the MCX.", "silver_inr"),
        ("Euro-denominated gold rose 1.5% to \u20ac2,050 an ounce.", "gold_eur"),
        ("In GBP, bullion is near \u00a31,990, short of the record of \u00a32,010.", "gold_gbp"),
    ],
)
def test_a_metal_priced_in_another_currency_is_its_own_series(text: str, local: str) -> None:
    found = _assets(text)
    assert local in found
    assert not found & {"gold", "silver", "eurusd", "gbp", "jpy", "dxy"}


def test_the_local_series_is_reported_as_not_in_the_store() -> None:
    import pandas as pd

    from leadwatch.claims.check import check_claims
    from leadwatch.claims.market import Market

    days = pd.bdate_range("2025-01-02", "2025-03-31")
    market = Market({"gold": pd.Series(2900.0, index=days)})
    text = "Gold in euro terms hit a record \u20ac2,610 on Monday."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-03"), market)
    assert checked and all(c.status == "not checkable" for c in checked)
    assert all("euro" in c.evidence or "EUR" in c.evidence for c in checked)


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("The euro rose 0.5% while gold gained 1% to $2,400.", "gold"),
        ("Gold rose 1% to $2,400, or about \u00a31,900 an ounce.", "gold"),
        ("Spot gold rose 1% to $2,400 an ounce as the yen weakened.", "gold"),
    ],
)
def test_usd_prices_next_to_another_currency_stay_usd(text: str, asset: str) -> None:
    assert asset in _assets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gram gold set a fresh peak at 5,480 TRY on Wednesday.",
        "Gold climbed to 5,900 liras per gram on Tuesday.",
        "In Istanbul, gold rose 1.4% to \u20ba4,210.",
    ],
)
def test_gold_priced_in_lira_is_the_lira_series(text: str) -> None:
    assert _assets(text) == {"gold_try"}


def test_gold_in_dollars_beside_the_lira_named_stays_usd() -> None:
    assert _assets("Gold rose 1% to $4,210 while the Turkish lira slid.") == {"gold"}
