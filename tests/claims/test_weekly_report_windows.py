"""A bare move right after a sentence that closes a week ("this past week", "ended the
week") is the week's move; a move with a day of its own in between ends the lending."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims
from leadwatch.claims.weekreports import weekly_windows


def _windows(text: str) -> dict[str | None, str | None]:
    ex = extract_claims("Weekly wrap\n\n" + text)
    claims = weekly_windows(ex.claims, ex.sentences)
    return {c.asset: c.window for c in claims if c.kind == "percent" and c.op}


@pytest.mark.parametrize(
    "text",
    [
        "Equities drifted lower this past week on rate worries. The S&P 500 shed 1.9%.",
        "Bitcoin ended the week up 6.1% near its highs. Miners kept selling. Ether added 9.3%.",
        "Risk assets sagged for the week as yields rose. Gold, by contrast, climbed 2.7%.",
    ],
)
def test_a_bare_move_after_a_closed_week_is_the_weeks(text: str) -> None:
    windows = _windows(text)
    asset = next(a for a in windows if a in {"spx", "eth", "gold"})
    assert windows[asset] == "week"


def test_a_move_with_its_own_day_in_between_ends_the_week() -> None:
    text = (
        "Bitcoin ended the week up 6.1% near its highs. On Monday ether fell 2.2% in Asian"
        " trading. Gold slipped 0.4%."
    )
    windows = _windows(text)
    assert windows["eth"] != "week"
    assert windows["gold"] is None


def test_a_bare_move_far_after_the_week_stays_a_session() -> None:
    text = "Stocks closed the week 1% higher. Fed officials spoke. Jobs data came out."
    text += " Gold rose 0.8%."
    assert _windows(text)["gold"] is None
