"""A session move told with the price it reached ("was up 4.9%, reaching $104.90") runs
from the close before to that price, for dating as for grading; a move told of the
futures a sentence before opened with is the futures' move."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.movefits import stated_move_fits
from leadwatch.claims.quotedprices import quoted_price

_DAYS = pd.bdate_range("2026-03-02", periods=40)
_QUOTED, _CLOSED = 12, 30  # the day of the quote; a day whose close-to-close move fits


def _market() -> Market:
    """Flat at 90k; on the quoted day the price runs from 100k through 104.9k to close at
    108k (+8%); on the other day it closes 102.8k from 98k (+4.9%, the stated size)."""
    close = pd.Series(90.0, index=_DAYS)
    close.iloc[_QUOTED - 1], close.iloc[_QUOTED] = 100.0, 108.0
    close.iloc[_CLOSED - 1], close.iloc[_CLOSED] = 98.0, 102.8
    low, high = close - 0.5, close + 0.5
    low.iloc[_QUOTED], high.iloc[_QUOTED] = 100.0, 109.0
    low.iloc[_CLOSED], high.iloc[_CLOSED] = 98.5, 105.5  # it passed 104.9 too
    ranges = pd.DataFrame({"low": low, "high": high}) * 1000
    return Market({"btc": close * 1000}, {"btc": ranges})


_TEXT = "Bitcoin was up 4.9% in early trading, reaching $104,900."


def test_the_move_to_the_quoted_price_fits_its_day_and_not_the_close() -> None:
    m = _market()
    _, sessions = stated_move_fits(extract_claims(_TEXT), m, _DAYS)
    assert sessions.iloc[_QUOTED] == pytest.approx(0.0, abs=1e-3)  # 100 -> 104.9
    assert sessions.iloc[_CLOSED] > 0.02  # 98 -> 104.9 is +7%, though its close fits


def test_the_quoted_move_dates_the_article() -> None:
    d = infer_date(extract_claims(_TEXT), _market())
    assert d.date == _DAYS[_QUOTED]


@pytest.mark.parametrize(
    ("sentence", "words", "price"),
    [
        ("Silver climbed to $75.235 per troy ounce (+4.95%)", "+4.95%", 75.235),
        ("Silver climbed to $75.235 per troy ounce (+4.95%)", "4.95%", 75.235),
        ("Bitcoin traded at $97,410, down 0.8% on the day", "0.8%", 97410.0),
        ("Gold was up 1.3% at $4,062 per ounce", "1.3%", 4062.0),
        ("Gold, at $2,000 an ounce, has risen 10% this year", "10%", None),
        ("Gold hit $2,000 (a record) and rose 10%", "10%", None),
    ],
)
def test_the_price_a_move_reached(sentence: str, words: str, price: float | None) -> None:
    assert quoted_price(sentence, words) == price


def _qualifiers(text: str) -> list[tuple[str, ...]]:
    return [c.qualifiers for c in extract_claims(text).claims if c.kind == "percent"]


def test_a_move_told_after_the_futures_opened_the_sentence_before_is_theirs() -> None:
    text = (
        "The March silver futures contract on Comex has set a new record. "
        "At 01:00 GMT the precious metal traded 4.9% higher."
    )
    assert _qualifiers(text) == [("of_futures",)]


@pytest.mark.parametrize(
    "text",
    [
        "The March silver futures contract has set a new record. Spot silver was up 4.9%.",
        "Silver futures have set a new record. By noon silver itself was up 4.9%.",
        "Gold rose on the day, while silver futures set a record. The metal was up 4.9%.",
        "Silver futures have set a new record. The London fix of the metal was up 4.9%.",
    ],
)
def test_a_move_of_spot_or_named_anew_stays_on_the_asset(text: str) -> None:
    assert _qualifiers(text) == [()]
