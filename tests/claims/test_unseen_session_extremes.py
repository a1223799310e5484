"""A level told as the session's extreme ("reached a peak of 65.7") on a series the store
holds closes of only: a close below a stated high (above a stated low) cannot refute it,
so the grade is inconclusive; a close on the wrong side of it still contradicts it, and a
stored high-low range still decides."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2020-03-02", "2024-08-06")
_CLOSES = pd.Series(18.0, index=_DAYS)
_CLOSES.iloc[10] = 82.0  # a crash long before: such a figure is a plausible VIX
_CLOSES.iloc[-4:] = [17.0, 23.0, 38.0, 27.0]
_DAY = _DAYS[-2]


def _status(text: str, market: Market) -> str:
    checked = [c for c in check_claims(extract_claims(text), _DAY, market)]
    levels = [c for c in checked if c.claim.kind == "level"]
    assert len(levels) == 1
    return levels[0].status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The VIX reached a peak of 60.5 as stocks slid.", "inconclusive"),
        ("The VIX hit an intraday peak of 60.5 as stocks slid.", "inconclusive"),
        ("The VIX reached a peak of 20.5 as stocks slid.", "contradicted"),  # below the close
        ("The VIX sat at 60.5 as stocks slid.", "contradicted"),  # no extreme told
    ],
)
def test_a_close_only_series_cannot_refute_an_extreme_beyond_its_close(
    text: str, status: str
) -> None:
    assert _status(text, Market({"vix": _CLOSES})) == status


def test_a_stored_range_still_decides() -> None:
    ranges = pd.DataFrame({"low": _CLOSES - 1, "high": _CLOSES + 2})
    market = Market({"vix": _CLOSES}, {"vix": ranges})
    assert _status("The VIX reached a peak of 60.5 as stocks slid.", market) == "contradicted"
