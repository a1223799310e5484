"""Dating rules on hand-written sentences: datelines, quoted tickers, days looked back to."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.text import full_date, month_days

DAYS = pd.bdate_range("2024-01-01", "2026-01-30")


def _silver() -> Market:
    n = len(DAYS)  # 30 -> 20 -> 40: $25 is crossed once falling, once rising
    path = np.r_[np.linspace(30, 20, n // 2), np.linspace(20, 40, n - n // 2)]
    return Market({"silver": pd.Series(path, index=DAYS)})


def test_a_dateline_written_year_first_is_a_printed_date() -> None:
    assert full_date("2025/11/04 09:30\n4 min read") == ("2025-11-04", "2025/11/04")
    assert full_date("version 2025/11-04") is None  # mixed separators are no date


def test_a_price_quoted_beside_a_ticker_is_a_level() -> None:
    claims = extract_claims("Bitcoin (BTC $64,250) slipped as traders sold.").claims
    assert [(c.kind, c.asset, c.op, c.level) for c in claims if c.kind == "level"] == [
        ("level", "btc", "at", 64250.0)
    ]


def test_a_day_looked_back_to_dates_the_article_after_it() -> None:
    assert month_days("the highest since May 9, and on June 2 it fell") == [
        (5, 9, "May 9", True),
        (6, 2, "June 2", False),
    ]
    m = _silver()
    close = m.close("silver")
    near = close[(close - 25).abs() <= 0.5].index
    falling, rising = near[0], near[-1]
    back = rising - pd.Timedelta(days=40)
    text = f"Silver traded at $25 today, its first time there since {back:%B} {back.day}."
    dated = infer_date(extract_claims(text), m)
    assert abs((dated.date - rising).days) < 40
    assert abs((dated.date - falling).days) > 200
