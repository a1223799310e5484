"""Move windows from a month of a year named relative to the article, "going back to" a
month, hedged counts of trailing days, and yearly gains."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.extract import extract_claims
from leadwatch.claims.windows import resolve_window


def _windows(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.pct, c.window) for c in extract_claims(text).claims if c.kind in ("percent", "move")]


@pytest.mark.parametrize(
    ("text", "size", "window"),
    [
        ("Since March of last year, platinum has gained 40%.", 40.0, "since:March of last year"),
        ("Looking back to May 2024, ether has risen 65%.", 65.0, "since:May 2024"),
        (
            "Going back to October of last year, silver is up more than $12, while the euro "
            "has climbed by almost 7%.",
            7.0,
            "since:October of last year",
        ),
    ],
)
def test_a_month_gone_back_to_starts_the_window(text: str, size: float, window: str) -> None:
    assert (size, window) in _windows(text)


def test_a_relative_year_resolves_from_the_article_date() -> None:
    start, _ = resolve_window("since:October of last year", pd.Timestamp("2026-03-10")) or (
        None,
        "",
    )
    assert start == pd.Timestamp("2025-09-30")
    start, _ = resolve_window("since:February this year", pd.Timestamp("2026-03-10")) or (None, "")
    assert start == pd.Timestamp("2026-01-31")


def test_back_to_a_level_is_no_window() -> None:
    assert all(w is None for _, w in _windows("Copper fell 2% and is back to its April level."))


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver has added more than $4 in just the past five days.", "tdays:5"),
        ("Gold climbed $250 in only the last six days.", "tdays:6"),
        ("Silver has risen 9% over the past six days.", "days:6"),  # unhedged: calendar days
    ],
)
def test_hedged_counts_of_past_days_are_days_of_trading(text: str, window: str) -> None:
    assert _windows(text)[0][1] == window


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("With yearly gains above 45%, ether leads the group.", "year"),
        ("Silver, up 38% on a yearly basis, tops the table.", "year"),
        ("Silver rose 2% on Tuesday.", None),
    ],
)
def test_yearly_gains_are_a_year(text: str, window: str | None) -> None:
    assert _windows(text)[0][1] in ((window,) if window else (None, "day"))
