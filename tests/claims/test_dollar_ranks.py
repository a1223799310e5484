"""A session's move ranked "in dollar terms" is ranked by its size in money: at a higher
price, a smaller percentage can be the larger dollar loss. A record named by its month
("its March record") is that month's, whatever day the sentence names later."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2021-01-04", "2024-11-06")


def _gold() -> Market:
    close = pd.Series(1800.0, index=_DAYS)
    close.loc["2021-06-17":] = 1710.0  # -$90 (-5.0%) on 17 June 2021
    close.loc["2022-03-01":] = 1640.0  # -$70 (-4.1%)
    close.loc["2022-03-02":] = 2700.0
    close.iloc[-1] = 2620.0  # -$80 (-3.0%) on the last day
    return Market({"gold": close})


def _status(text: str) -> str:
    checked = check_claims(extract_claims(text), _DAYS[-1], _gold())
    return next(c.status for c in checked if c.claim.kind == "record")


def test_a_loss_in_dollar_terms_is_ranked_in_dollars() -> None:
    text = "Gold lost $80, its biggest one-day fall in dollar terms since June 17, 2021."
    assert _status(text) == "confirmed"


def test_a_loss_ranked_in_percent_is_not() -> None:
    text = "Gold fell 3%, its largest single session loss since June 17, 2021."
    assert _status(text) == "contradicted"  # the 4% fall of 2022 was deeper


def test_a_record_named_by_its_month_is_that_months() -> None:
    text = "After its March record, the S&P 500 slid into a correction on May 6."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.when for c in records] == [("month", (0, 3))]


def test_a_performance_told_of_a_half_ranks_halves() -> None:
    days = pd.bdate_range("2018-01-01", "2024-07-01")
    dxy = pd.Series(100.0, index=days)
    dxy.loc["2019-06-28":] = 88.0  # H1 2019: -12%, the one beyond it
    dxy.loc["2019-07-01":] = 100.0
    dxy.loc["2020-06-30":] = 92.0  # H1 2020: -8%
    dxy.loc["2020-07-01":] = 100.0
    dxy.loc["2024-06-28":] = 90.0  # H1 2024: -10%, the worst first half since 2019's
    text = "The dollar index shed 10% in the first half of 2024, its worst performance since 2019."
    checked = check_claims(extract_claims(text), days[-1], Market({"dxy": dxy}))
    records = [c for c in checked if c.claim.kind == "record"]
    assert [(c.claim.op, c.status) for c in records] == [("worst:H1", "confirmed")]
