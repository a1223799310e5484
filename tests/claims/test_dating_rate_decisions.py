"""A policy rate stated with its change told as news dates the article to the days after
the change (:mod:`leadwatch.claims.datingdecisions`)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.datingdecisions import decision_news, fresh_decision
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        ("The central bank trimmed its key rate by 25 basis points to 2.75% to 3%.", True),
        ("Its overnight rate has been increased to a range of 1.5% to 1.75%.", True),
        ("Policymakers hiked the benchmark to a band of 5.25% to 5.5% on Wednesday.", True),
        ("Markets see a 70% chance the Fed cuts to a range of 3% to 3.25%.", False),
        ("The Fed raised rates in July to a range of 2% to 2.25%.", False),
        ("The benchmark has stayed at a range of 3.75% to 4%.", False),
    ],
)
def test_decision_news(sentence: str, news: bool) -> None:
    assert decision_news(sentence) is news


def _market() -> tuple[Market, pd.DatetimeIndex]:
    days = pd.date_range("2019-05-01", periods=80)
    rate = pd.Series(2.4, index=days)
    rate.loc["2019-06-10":] = 2.15  # one cut, effective June 10
    return Market({"fed_funds": rate}), days


def test_a_rate_told_as_cut_holds_on_the_days_after_the_step() -> None:
    market, days = _market()
    claim = Claim(0, "level", "fed_funds", "2% to 2.25%", op="above", level=2.0)
    held = pd.Series(days >= pd.Timestamp("2019-06-10"), index=days)
    kept = fresh_decision(
        claim, "The Fed lowered its rate to a range of 2% to 2.25%.", market, held
    )
    assert [d.day for d in kept[kept].index] == [10, 11, 12, 13]
    # the level merely stated keeps every day it holds
    same = fresh_decision(claim, "The rate sits in a range of 2% to 2.25%.", market, held)
    assert same.equals(held)


def test_other_assets_and_no_step_keep_their_days() -> None:
    market, days = _market()
    held = pd.Series(days >= pd.Timestamp("2019-06-20"), index=days)
    gold = Claim(0, "level", "gold", "$1,400", op="above", level=1400.0)
    assert fresh_decision(gold, "Gold was lifted to $1,400.", market, held).equals(held)
    rate = Claim(0, "level", "fed_funds", "2%", op="above", level=2.0)
    early = pd.Series(days < pd.Timestamp("2019-05-05"), index=days)  # no step near: kept
    assert fresh_decision(rate, "The Fed cut its rate to 2.4%.", market, early).equals(early)
