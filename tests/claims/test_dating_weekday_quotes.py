"""A price quoted on a named weekday ("opened Monday at $30.10", "trading Friday around
$31") is a quote of that weekday: when every claim holds in two spells, the spell whose
named weekdays the quotes fit best wins (not the earliest), as plain quotes of the day do.
Hand-written phrasings over a small synthetic market."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2025-06-02", "2025-07-31")
_WEEK_A = (pd.Timestamp("2025-06-09"), pd.Timestamp("2025-06-13"))  # Monday, Friday
_WEEK_B = (pd.Timestamp("2025-07-07"), pd.Timestamp("2025-07-11"))


def _market(exact: tuple[pd.Timestamp, pd.Timestamp]) -> Market:
    """Silver far from the quotes except in two weeks: on the Monday and Friday of
    ``exact`` at exactly $30.10 and $31.00, on those of the other week 1% off (within
    the level's tolerance, so that every claim holds in both)."""
    silver = pd.Series(20.0, index=_DAYS)
    for monday, friday in (_WEEK_A, _WEEK_B):
        near = (monday, friday) == exact
        silver.loc[monday] = 30.10 if near else 30.40
        silver.loc[monday + pd.Timedelta(days=1) : friday - pd.Timedelta(days=1)] = 30.6
        silver.loc[friday] = 31.00 if near else 31.31
    return Market({"silver": silver})


_PHRASINGS = [
    "Silver opened Monday at $30.10 and was trading Friday around $31.00.",
    "Silver began Monday at $30.10 and is trading Friday at $31.00 an ounce.",
    "Silver, which started Monday at $30.10, traded at $31.00 on Friday afternoon.",
    "On Monday silver changed hands at $30.10. On Friday it stood at $31.00 an ounce.",
    "Silver stood Monday at $30.10, while on Friday it was quoted near $31.00.",
    "Silver was at $30.10 on Monday morning; on Friday it was trading at $31.00.",
    "Silver opened Monday at $30.10; it was trading Friday around $31.00.",
]


@pytest.mark.parametrize("text", _PHRASINGS)
@pytest.mark.parametrize("exact", [_WEEK_A, _WEEK_B], ids=["earlier", "later"])
def test_a_weekday_quote_is_judged_on_its_weekday(
    text: str, exact: tuple[pd.Timestamp, pd.Timestamp]
) -> None:
    extraction = extract_claims("Weekly metals review. " + text)
    days = {c.when for c in extraction.claims if c.kind == "level"}
    assert days == {("weekday", 0), ("weekday", 4)}, extraction.claims
    dated = infer_date(extraction, _market(exact))
    assert exact[1] <= dated.date <= exact[1] + pd.Timedelta(days=2), dated.reasoning
    other = _WEEK_B if exact == _WEEK_A else _WEEK_A
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert str(other[1].date()) in runner  # the other week is still shown
