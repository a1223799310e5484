"""Dating round 16: a printed dateline against figures that fit a day months or years away.

Prices come back to old levels and some pages recycle stale figures: the page's own
printed date wins over a far fit of the figures, and the far fit is shown as a warning
(stale or recycled numbers), while a fit a day or two from the dateline may still move
the date (a dateline is written a little before or after the close it reports).
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2024-01-01", "2026-06-30")
_STALE = pd.Timestamp("2024-07-26")  # the only day the quoted figures hold


def _stale_market() -> Market:
    """Five quoted levels that hold together only on one day in 2024; far off elsewhere."""
    now = {"gold": 4500.0, "btc": 95000.0, "silver": 70.0, "spx": 7000.0, "dxy": 98.0}
    then = {"gold": 2340.0, "btc": 67000.0, "silver": 28.0, "spx": 5480.0, "dxy": 104.3}
    series = {}
    for asset, level in now.items():
        series[asset] = pd.Series(level, index=_DAYS)
        series[asset].loc[_STALE] = then[asset]
    return Market(series)


_BODY = (
    " Gold traded at $2,340 an ounce and Bitcoin changed hands at $67,000."
    " Silver stood at $28 an ounce. The S&P 500 sat at 5,480."
    " The U.S. dollar index was at 104.3."
)


@pytest.mark.parametrize(
    ("dateline", "printed"),
    [
        ("Friday, April 24, 2026, brought a cautious open.", "2026-04-24"),
        ("NEW YORK, April 24, 2026 -- Stocks opened mixed.", "2026-04-24"),
        ("Published: 2026-04-24 09:30 UTC\nMarkets in brief.", "2026-04-24"),
        ("24 April 2026 | Market wrap\nRisk assets drifted.", "2026-04-24"),
        ("Updated Tue, Mar 10, 2026 at 4:05 PM ET. Metals steadied.", "2026-03-10"),
        ("LONDON (Mar. 10, 2026) - Traders eyed the Fed.", "2026-03-10"),
    ],
)
def test_a_dateline_wins_over_a_far_fit_of_the_figures(dateline: str, printed: str) -> None:
    dated = infer_date(extract_claims(dateline + _BODY), _stale_market())
    assert str(dated.date.date()) == printed, dated.reasoning
    assert dated.how == "printed"
    warning = next(r for r in dated.reasoning if "stale or recycled" in r)
    assert str(_STALE.date()) in warning  # the far fit is named, not hidden
    assert any(r.startswith("runner-up") and "2024-07-26" in r for r in dated.reasoning)
    assert any(r.startswith("disagree with the date") for r in dated.reasoning)


def test_a_fit_a_day_from_the_dateline_is_no_stale_figure() -> None:
    gold = pd.Series(4500.0, index=_DAYS)
    gold.loc[pd.Timestamp("2026-04-23")] = 2340.0  # the close the page reports, a day early
    text = "NEW YORK, April 24, 2026 -- Gold traded at $2,340 an ounce."
    dated = infer_date(extract_claims(text), Market({"gold": gold}))
    assert abs((dated.date - pd.Timestamp("2026-04-24")).days) <= 1, dated.reasoning
    assert not any("stale or recycled" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    "opening",
    [
        "August 15, 1971: Nixon ended the gold peg. Since December 17, 2015, rates rose.",
        "6.09.25 Weekly notes.",  # 6 September or 9 June: the figures judge
    ],
)
def test_a_historical_or_ambiguous_date_does_not_outrank_the_figures(opening: str) -> None:
    dated = infer_date(extract_claims(opening + _BODY), _stale_market())
    assert dated.date == _STALE, dated.reasoning
    assert not any("stale or recycled" in r for r in dated.reasoning)
