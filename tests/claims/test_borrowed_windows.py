"""A window stated in the first of two parallel clauses carries to the second's figure."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> dict[str | None, str | None]:
    return {c.asset: c.window for c in extract_claims(text).claims if c.kind == "percent"}


# Each sentence names a day besides the window, so one window no longer covers the sentence.
@pytest.mark.parametrize(
    ("text", "asset", "window"),
    [
        ("On Friday, silver was 150% higher year to date, whereas gold had risen some 65%.",
         "gold", "ytd"),
        ("On Monday, bitcoin was 12% higher over the past month, whereas ether had climbed 20%.",
         "eth", "month"),
        ("As of Thursday's close, the S&P 500 is up 9% in 2025 and the Nasdaq has added 13%.",
         "nasdaq", "cal:2025"),
        ("By Wednesday, gold had risen 4% this week; silver jumped 7%.", "silver", "week"),
        ("In Friday trade, bitcoin fell 6% over the past seven days, with ether down 9%.",
         "eth", "week"),
        ("Through Tuesday, copper has gained 18% year-to-date, but gold is ahead with a 25% rise.",
         "gold", "ytd"),
        ("Late on Tuesday, bitcoin was down 8% over the past week and ether had shed 14%.",
         "eth", "week"),
        ("Yesterday, gold was up 26% year-on-year and silver had surged 38%.", "silver", "year"),
        ("Ether jumped 4% on Monday; over the past month it has gained 20%, while bitcoin has "
         "added 9%.", "btc", "month"),
    ],
)  # fmt: skip
def test_window_carries_to_the_parallel_clause(text: str, asset: str, window: str) -> None:
    assert _windows(text)[asset] == window


def test_a_clause_of_its_own_window_keeps_it() -> None:
    got = _windows("Gold fell 1% on Tuesday, while silver was up 30% this year.")
    assert got == {"gold": "day", "silver": "ytd"}


def test_a_background_clause_lends_no_window() -> None:
    got = _windows("Bitcoin rose 3% on Monday after falling 2% last week, and ether rose 5%.")
    assert got["eth"] is None  # Monday's move, not the week's
