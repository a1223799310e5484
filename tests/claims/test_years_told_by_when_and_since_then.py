"""A year a "when" clause sets a figure in; "since then" after "since <year>" or a full date
in the same sentence; a record "since <Month> <day>, <year>" keeps its year; "since January,
2022" is that month; a "since" record or crossing allows a small share of its span for other
feeds.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.records import record_bound


def _windows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.asset, c.window) for c in extract_claims(text).claims]


def test_a_figure_in_a_when_clause_after_a_year_is_that_years() -> None:
    text = "Ether enters the year after a strong 2021, when the token rose 399%."
    assert ("percent", "eth", "cal:2021") in _windows(text)
    month = "By April 2021, when ether rose 10%, bitcoin lagged."
    assert ("percent", "eth", None) in _windows(month)  # a month's year: not the whole year


def test_since_then_after_since_a_year_runs_from_that_year() -> None:
    text = (
        "The slide was silver's sharpest since 2016, when the metal traded near $14. "
        "Since then, its price has nearly tripled."
    )
    found = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [c.window for c in found] == ["since:2016"]


def test_a_first_time_since_then_takes_the_date_named_before_it_in_its_sentence() -> None:
    text = (
        "Ether reached $3,900 on March 11, 2024. It is the first time ether has traded "
        "above that mark since then."
    )
    (rec,) = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert rec.window == "since:March 11, 2024"
    assert "first_ever" not in rec.qualifiers and rec.level is None


def test_a_record_since_a_full_date_keeps_its_year() -> None:
    text = "Gold hit its highest since May 3, 2019, on Tuesday."
    assert ("record", "gold", "since:May 3, 2019") in _windows(text)


def test_since_a_month_comma_year_is_that_month() -> None:
    day = pd.Timestamp("2025-07-01")
    bound, label = record_bound("since:January, 2022", day) or (None, "")
    assert bound == pd.Timestamp("2022-01-31")
    assert record_bound("since:January 2022", day) == (bound, label)


def _slid(last_low: str) -> Market:
    """A falling series whose last close below today's lies on ``last_low``."""
    days = pd.bdate_range("2021-01-04", "2025-06-30")
    close = pd.Series(np.linspace(120.0, 100.0, len(days)), index=days)
    close[last_low] = 90.0  # the last time lower than the final close
    close.iloc[-1] = 95.0
    return Market({"dxy": close})


def test_a_since_record_allows_a_small_share_of_its_span_and_no_more() -> None:
    text = "The dollar index fell to 95, the lowest since January 2022."
    day = pd.Timestamp("2025-06-30")
    near = check_claims(extract_claims(text), day, _slid("2022-02-25"))  # 25 days late
    far = check_claims(extract_claims(text), day, _slid("2022-06-01"))  # four months late
    assert [c.status for c in near if c.claim.kind == "record"] == ["confirmed"]
    assert [c.status for c in far if c.claim.kind == "record"] == ["contradicted"]
    (evidence,) = [c.evidence for c in near if c.claim.kind == "record"]
    assert "give or take 3% of the span" in evidence
