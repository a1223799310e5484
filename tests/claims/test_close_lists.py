"""Closes listed day by day with arrows or dashes are levels of consecutive trading days
ending at the day named (else the article's), each graded on its own close."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _levels(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.asset, c.level, c.window) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "asset", "values"),
    [
        (  # analysis page, unicode arrows after a heading
            "Bitcoin held its ground. Daily closes: 64,120 \u2192 63,900 \u2192 65,010.",
            "btc",
            (64120.0, 63900.0, 65010.0),
        ),
        (  # newsletter, ASCII arrows and dollar signs
            "Gold's last four closes ran $4,010 -> $4,055 -> $4,102 -> $4,090.",
            "gold",
            (4010.0, 4055.0, 4102.0, 4090.0),
        ),
        (  # blog, spaced en dashes
            "Silver's week in closes: 48.20 \u2013 49.10 \u2013 50.35 \u2013 51.02.",
            "silver",
            (48.2, 49.1, 50.35, 51.02),
        ),
        (  # terse desk note, k suffix and fat arrows
            "ETH sessions: 2.1k => 2.2k => 2.3k",
            "eth",
            (2100.0, 2200.0, 2300.0),
        ),
        (  # wire, closes named then listed
            "The S&P 500 finished the last three sessions at 6,010 -> 6,045 -> 6,080.",
            "spx",
            (6010.0, 6045.0, 6080.0),
        ),
    ],
)
def test_runs_of_closes_are_levels_stepping_back(
    text: str, asset: str, values: tuple[float, ...]
) -> None:
    n = len(values)
    steps = [f"back:{n - 1 - k}" if k < n - 1 else None for k in range(n)]
    expected = [(asset, v, step) for v, step in zip(values, steps, strict=True)]
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold trades in a 4,000 - 4,100 range.",  # two figures: a range, no run
        "Bitcoin gained 3% -> 4% -> 5% over three days.",  # percentages, not closes
    ],
)
def test_no_run_of_closes(text: str) -> None:
    assert not any((c.window or "").startswith("back:") for c in extract_claims(text).claims)


def test_each_close_is_graded_on_its_own_day() -> None:
    days = pd.date_range("2026-05-04", "2026-05-10")
    btc = pd.Series([70000.0, 76000.0, 81427.0, 76010.0, 82187.0, 77664.0, 83724.0], index=days)
    text = "Bitcoin closes: 81,427 -> 76,010 -> 82,187 -> 77,664 -> 83,724."
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-05-10"), Market({"btc": btc}))
    assert [c.status for c in checked if c.claim.kind == "level"] == ["confirmed"] * 5
    shifted = btc.shift(1).dropna()  # the same list one day later: each close off by a day
    late = check_claims(extract_claims(text), pd.Timestamp("2026-05-10"), Market({"btc": shifted}))
    assert "contradicted" in [c.status for c in late if c.claim.kind == "level"]
