"""Past reference levels ("up from Friday's close of $4,050", "against its opening 2026 price
of $2,970", "having begun 2026 near $72") are dated to that day or year start and graded
there, never as today's level."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _levels(text: str) -> list[tuple[str | None, float | None, object]]:
    return [(c.asset, c.level, c.when) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # regional paper
            "Gold, having begun 2025 at $2,610, has climbed 40% since.",
            ("gold", 2610.0, ("year_start", 2025)),
        ),
        (  # crypto news
            "Bitcoin trades 15% above its opening 2025 price of $93,500.",
            ("btc", 93500.0, ("year_start", 2025)),
        ),
        (  # data-feed page
            "The S&P 500 is up 12% from its 2025 opening level of 5,881.",
            ("spx", 5881.0, ("year_start", 2025)),
        ),
        ("Silver kicked off 2026 at about $72.", ("silver", 72.0, ("year_start", 2026))),
        (  # bank note
            "Gold was up $169 from last Friday's close of $4,050.",
            ("gold", 4050.0, ("weekday", 4)),
        ),
        (  # wire
            "Bitcoin rose from Monday\u2019s closing price of $90,000.",
            ("btc", 90000.0, ("weekday", 0)),
        ),
        ("Gold rose 2% from yesterday's close of $4,100.", ("gold", 4100.0, ("yesterday", 1))),
        ("Gold has climbed from its January close of $2,800.", ("gold", 2800.0, ("month", (0, 1)))),
    ],
)
def test_reference_point_phrasings(text: str, expected: tuple[str, float, object]) -> None:
    assert _levels(text)[0] == expected


def _status(text: str, day: str, series: pd.Series, asset: str) -> list[str]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), Market({asset: series}))
    return [c.status for c in checked if c.claim.kind == "level"]


def _ramp(start: str, end: str, first: float, last: float) -> pd.Series:
    days = pd.bdate_range(start, end)
    return pd.Series(np.linspace(first, last, len(days)), index=days)


def test_year_opening_graded_at_the_year_start() -> None:
    s = _ramp("2024-12-02", "2025-06-30", 94_000.0, 130_000.0)
    opening = float(s.loc["2024-12-31"])
    said = f"Bitcoin trades well above its opening 2025 price of ${opening:,.0f}."
    assert _status(said, "2025-06-30", s, "btc") == ["confirmed"]
    wrong = "Bitcoin trades well above its opening 2025 price of $130,000."
    assert _status(wrong, "2025-06-30", s, "btc") == ["contradicted"]


def test_weekday_close_graded_on_that_day() -> None:
    s = _ramp("2025-10-01", "2025-11-13", 3_000.0, 4_300.0)  # today 5% over Friday
    friday = float(s.loc["2025-11-07"])
    said = f"Gold was up $169 from last Friday's close of ${friday:,.0f}."
    assert _status(said, "2025-11-13", s, "gold") == ["confirmed"]
    assert _status(said.replace(f"{friday:,.0f}", "4,300"), "2025-11-13", s, "gold") == [
        "contradicted"
    ]
