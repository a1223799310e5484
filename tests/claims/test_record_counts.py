"""Counts of record closes: runs in a row, tallies of a year, the longest run of a span."""

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _counts(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (c.asset, c.window)
        for c in extract_claims(text).claims
        if (c.op or "").startswith("count:")
    ]


def test_runs_in_a_row() -> None:
    assert _counts("The S&P 500 booked its third consecutive record close.") == [("spx", "run:3")]
    assert _counts("Gold hit all-time highs for the fourth session in a row.") == [
        ("gold", "run:4")
    ]
    assert _counts("The S&P 500 set 5 straight record closes.") == [("spx", "run:5")]
    assert _counts("The S&P 500 rose 0.4%, its third straight daily gain.") == []  # no record
    # the count after the records: "in N straight sessions", "in each of the past N"
    assert _counts("Silver, which has set new highs in six straight sessions, slipped.") == [
        ("silver", "run:6")
    ]
    assert _counts("Gold set record closes in each of the last three sessions.") == [
        ("gold", "run:3")
    ]
    assert _counts("Bitcoin hit record highs in five sessions this month.") == []  # not a run


def test_tallies_and_longest() -> None:
    assert _counts("The S&P 500 finished at its 22nd record close of the year.") == [
        ("spx", "tally::22")
    ]
    assert _counts("In 2019 the S&P 500 notched 35 record closing highs.") == [
        ("spx", "tally:2019:35")
    ]
    assert _counts("Over the full year the S&P 500 booked 41 record closes.") == [
        ("spx", "tally:last:41")
    ]
    s = "The S&P 500 logged its fourth straight record close, its longest such run since 2018."
    assert _counts(s) == [("spx", "run:4"), ("spx", "longest:since:2018")]
    assert _counts("Gold set a record high, its 2019 peak long gone.") == []  # a year, no count


def _market() -> Market:
    days = pd.bdate_range("2018-01-01", "2020-03-31")
    steps = pd.Series(-0.0002, index=days)
    steps[: pd.Timestamp("2018-06-01")] = 0.0
    steps[pd.Timestamp("2018-06-04") : pd.Timestamp("2018-06-11")] = 0.05  # a run of 6 in 2018
    steps[pd.Timestamp("2020-03-24") : pd.Timestamp("2020-03-27")] = 0.2  # 4 to 2020-03-27
    return Market({"spx": 100 * (1 + steps).cumprod()})


def _graded(text: str, day: str) -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), _market())
    return [c.status for c in checked if (c.claim.op or "").startswith("count:")]


def test_graded() -> None:
    s = "The S&P 500 logged its fourth straight record close, its longest such run since 2018."
    assert _graded(s, "2020-03-27") == ["confirmed", "confirmed"]
    s = "The S&P 500 logged its fifth straight record close."
    assert _graded(s, "2020-03-27") == ["contradicted"]
    s = "The S&P 500 ended at its 4th record close of the year."
    assert _graded(s, "2020-03-27") == ["confirmed"]
