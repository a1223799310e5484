"""A distance from a peak named by the day it was set ("some 45% below its May 2, 2025
all-time high") is a comparison with the record, and the record is the one of that day,
not a new record on the article's day."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _kinds(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [
        (c.kind, c.asset, c.window, c.pct)
        for c in extract_claims(text).claims
        if c.kind in ("comparison", "percent", "record")
    ]


@pytest.mark.parametrize(
    ("text", "asset", "pct"),
    [
        ("Ether now sits some 45% below its May 2, 2025 all-time high.", "eth", 45.0),
        ("Bitcoin trades 18% under its Oct. 7 record high.", "btc", 18.0),
        ("Silver is about 12% off the March 14th, 2025 peak.", "silver", 12.0),
    ],
)
def test_dated_peak_is_a_comparison(text: str, asset: str, pct: float) -> None:
    found = _kinds(text)
    assert ("comparison", asset, "ref:peak", pct) in found
    assert not any(k == "percent" for k, *_ in found)  # not a move as well


def test_undated_peak_month_stays_a_move() -> None:
    found = _kinds("Bitcoin is almost 30% below its October peak.")
    assert not any(k == "comparison" for k, *_ in found)


def _market() -> Market:
    days = pd.date_range("2025-01-01", "2025-12-31", freq="D")
    up = np.linspace(1000.0, 4000.0, 120)
    down = np.linspace(4000.0, 2200.0, len(days) - 120)
    return Market({"eth": pd.Series(np.concatenate([up, down]), index=days)})


def _records(text: str, day: str) -> list[tuple[object, str]]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), _market())
    return [(c.claim.when, c.status) for c in checked if c.claim.kind == "record"]


def test_dated_peak_record_is_graded_on_its_day() -> None:
    # the series peaks on its 120th day, 2025-04-30
    text = "Ether is now about 45% below its April 30, 2025 all-time high."
    assert _records(text, "2025-12-31") == [(("date", (4, 30)), "confirmed")]


def test_a_wrong_peak_day_is_contradicted() -> None:
    text = "Ether is now about 45% below its August 10, 2025 all-time high."
    assert _records(text, "2025-12-31") == [(("date", (8, 10)), "contradicted")]


def test_record_without_a_day_keeps_the_sentence_time() -> None:
    found = extract_claims("Ether hit an all-time high on Tuesday.").claims
    assert [c.when for c in found if c.kind == "record"] == [("weekday", 1)]


def test_dated_peak_keeps_its_quoted_level_on_its_day() -> None:
    text = "Ether trades near $2,300, some 45% below its April 30 record of $4,000."
    found = [(c.kind, c.level, c.when) for c in extract_claims(text).claims if c.kind == "level"]
    assert ("level", 4000.0, ("date", (4, 30))) in found
