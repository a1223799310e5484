"""A move back from a span's extreme ("eased from a three-week high", "strengthened from a
more than one-week low") tells a record of the days just before the article's."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market


def _records(text: str) -> list[tuple[str | None, str | None, str | None, tuple[str, ...]]]:
    return [
        (c.asset, c.op, c.window, c.qualifiers)
        for c in extract_claims(text).claims
        if c.kind == "record"
    ]


def test_a_span_extreme_a_move_left_is_a_recent_record() -> None:
    assert _records("Silver retreated from a three-week high.") == [
        ("silver", "high", "last:3:week", ("recent",))
    ]
    assert _records("The dollar index bounced from a more than one-week low.") == [
        ("dxy", "low", "last:1:week", ("recent",))
    ]
    assert _records("Silver is down 5% from a one-year high.") == []  # a distance, no record


def test_the_recent_record_is_graded_on_the_days_before() -> None:
    days = pd.bdate_range("2026-01-01", "2026-03-06")
    silver = pd.Series(30.0, index=days)
    silver.loc["2026-03-03"] = 33.0  # a high on Tuesday, then back down
    silver.loc["2026-03-04":] = 31.0
    day = pd.Timestamp("2026-03-06")
    text = "Silver retreated from a three-week high."
    checked = [c for c in check_claims(extract_claims(text), day, Market({"silver": silver}))
               if c.claim.kind == "record"]  # fmt: skip
    assert [c.status for c in checked] == ["confirmed"], checked[0].evidence
    falling = pd.Series([40.0 - 0.1 * i for i in range(len(days))], index=days)
    # every close lower than the one before: no three-week high in the days before
    checked = [c for c in check_claims(extract_claims(text), day, Market({"silver": falling}))
               if c.claim.kind == "record"]  # fmt: skip
    assert [c.status for c in checked] == ["contradicted"]
