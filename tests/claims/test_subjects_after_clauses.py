"""Whose figure follows a fronted clause, which period carries to the next sentence, and a
move too small to have a sign at another hour (hand-written phrasings)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.weekreports import weekly_windows


def _owners(text: str) -> list[tuple[str | None, float | None]]:
    return [(c.asset, c.level or c.pct) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "second",
    [
        "Before the Federal Reserve cut rates on Wednesday, it had hovered near 4.1%.",
        "After the Fed chair spoke of slower rate cuts, it briefly climbed to 4.1%.",
        "While the FOMC weighed a pause in rate cuts, it held around 4.1%.",
    ],
)
def test_it_after_a_fronted_clause_is_the_subject_not_the_fed(second: str) -> None:
    text = f"The 10-year Treasury yield rose 6 basis points to 4.2%. {second}"
    found = _owners(text)
    assert ("yield_10y", 4.1) in found and ("fed_funds", 4.1) not in found
    later = _owners(text + " Then it slipped to 4.05%.")
    assert ("yield_10y", 4.05) in later  # the subject is still the yield after that sentence


def test_a_named_asset_before_its_pronoun_still_leads() -> None:
    found = _owners("The Fed cut its rate to 4.1% as its officials met.")
    assert found == [("fed_funds", 4.1)]


def test_the_ten_year_named_as_the_benchmark_treasury_bond() -> None:
    text = "The U.S. 10-year benchmark Treasury bond yield slid 4 basis points to 4.38%."
    assert {asset for asset, _ in _owners(text)} == {"yield_10y"}


@pytest.mark.parametrize(
    ("first", "carried"),
    [
        ("Platinum rose 7% in May.", True),
        ("Platinum has gained 7% in 2025.", False),  # told to date: not the next one's period
        ("Platinum is up 7% in 2025.", False),
    ],
)
def test_a_period_carries_only_from_a_simple_past(first: str, carried: bool) -> None:
    claims = extract_claims(f"{first} Palladium rose 4% to $1,010.").claims
    palladium = [c for c in claims if c.asset == "palladium" and c.pct == 4.0]
    assert len(palladium) == 1
    assert (palladium[0].window is not None or palladium[0].when is not None) is carried


def _metals(fix_change: float, futures_change: float) -> Market:
    days = pd.bdate_range("2025-03-03", periods=3)
    fix = pd.Series([3000.0, 3000.0, 3000.0 * (1 + fix_change)], index=days)
    fut = pd.Series([3010.0, 3010.0, 3010.0 * (1 + futures_change)], index=days)
    return Market({"gold": fix, "gold_fut": fut}, fixed=frozenset({"gold"}))


@pytest.mark.parametrize(
    ("fix", "futures", "status"),
    [
        (0.0015, 0.0008, "inconclusive"),  # both up, by less than a quarter percent
        (0.0015, -0.004, "confirmed"),  # the futures fell: the fix missed the move
        (0.006, 0.005, "contradicted"),  # a rise too large to turn
    ],
)
def test_a_direction_too_small_to_read_at_another_hour_is_inconclusive(
    fix: float, futures: float, status: str
) -> None:
    text = "Gold slipped on Wednesday as the dollar firmed."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-05"), _metals(fix, futures))
    assert [c.status for c in checked if c.claim.asset == "gold"] == [status]


def _windows(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.asset, c.pct, c.window) for c in extract_claims(text).claims if c.pct]


def test_a_week_ranked_with_its_own_figure_leaves_the_sessions_move_alone() -> None:
    text = (
        "Spot silver slid 0.9% to $31.20 an ounce, heading for its weakest week since June"
        " with a 4% fall, while palladium added 2% to $1,010."
    )
    found = _windows(text)
    assert ("silver", 0.9, None) in found  # the session's quote
    assert ("silver", 4.0, "week") in found  # the week's figure, told with its rank
    assert ("palladium", 2.0, None) in found  # another metal's move after the rank


def test_a_move_told_beside_its_weeks_rank_is_the_weeks() -> None:
    found = _windows(
        "The Dow and the S&P 500 climbed 3% and 4%, posting their best week since March."
    )
    assert ("spx", 4.0, "week") in found


def _gold_week() -> Market:
    days = pd.bdate_range("2025-06-02", periods=10)
    closes = [3300.0, 3310, 3320, 3330, 3340, 3330, 3320, 3300, 3280, 3243.0]
    return Market({"gold": pd.Series(closes, index=days)})


def _graded(text: str) -> dict[float | None, str]:
    day = pd.Timestamp("2025-06-13")
    return {c.claim.pct: c.status for c in check_claims(extract_claims(text), day, _gold_week())}


def test_the_weeks_words_owned_by_another_figure_leave_the_sessions_move_alone() -> None:
    ex = extract_claims("Gold was off 1.1% at $3,243 by midday, leaving a 3% loss for the week.")
    lent = {c.pct: c.window for c in weekly_windows(ex.claims, ex.sentences) if c.pct}
    assert lent == {1.1: None, 3.0: "wtd"}
    graded = _graded(ex.text)
    assert graded[1.1] == "confirmed" and graded[3.0] == "confirmed"


def test_a_bare_move_after_a_sentence_closing_the_week_is_the_weeks() -> None:
    graded = _graded("Metals ended the week lower. Gold lost 3%.")
    assert graded[3.0] == "confirmed"  # the week's -2.9%, not the session's -1.1%
