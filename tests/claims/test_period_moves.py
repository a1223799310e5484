"""Moves named by their period with no size, as outlets write them, graded on that period."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.assets import find_assets
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.periodmoves import period_moves


def _named(text: str) -> list[tuple[str | None, str | None, str | None, object]]:
    return [
        (c.asset, c.op, c.window, c.when)
        for c in extract_claims(text).claims
        if c.kind == "move" and c.pct is None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin ended 2025 in the red.", ("btc", "down", "cal:2025", None)),  # crypto news
        ("Gold finished 2024 in the green.", ("gold", "up", "cal:2024", None)),
        ("Bitcoin has erased its gains for 2025.", ("btc", "down", "cal:2025", None)),  # wire
        ("Ether has wiped out all of its gains for the year.", ("eth", "down", "ytd", None)),
        ("Bitcoin is now down for the year.", ("btc", "down", "ytd", None)),  # data page
        (
            "Bitcoin slid, a decline that wiped out the coin's gains for 2025.",
            ("btc", "down", "cal:2025", None),
        ),
        ("Silver closed the week higher.", ("silver", "up", "streak:W:1", None)),  # bank note
        ("The dollar index closed January lower.", ("dxy", "down", None, ("month", (0, 1)))),
        ("Gold remains in the green for the month.", ("gold", "up", "mtd", None)),  # regional
    ],
)
def test_period_move_phrasings(text: str, expected: tuple[str, str, str | None, object]) -> None:
    assert _named(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Gold closed the week up 2%.",  # the sized move stands alone
        "Bitcoin erased its gains after the Fed decision.",  # no period: a session's swing
    ],
)
def test_no_period_move_without_a_period_or_beside_its_size(text: str) -> None:
    windows = [w or "" for _, _, w, _ in _named(text)]
    assert not [w for w in windows if w in ("wtd", "mtd", "ytd") or w.startswith("cal:")]


def test_a_year_in_the_red_is_graded_over_that_year() -> None:
    days = pd.date_range("2024-12-01", "2026-01-15")
    btc = pd.Series(100.0, index=days)
    btc[btc.index >= "2025-06-01"] = 120.0
    btc[btc.index >= "2025-12-15"] = 95.0  # below the 2024 close by the year's end
    btc[btc.index >= "2026-01-05"] = 130.0  # and above it after
    ex = extract_claims("Bitcoin ended 2025 in the red.")
    checked = check_claims(ex, pd.Timestamp("2026-01-15"), Market({"btc": btc}))
    assert [c.status for c in checked] == ["confirmed"]
    ex = extract_claims("Bitcoin has erased its gains for the year.")
    checked = check_claims(ex, pd.Timestamp("2025-12-20"), Market({"btc": btc}))
    assert [c.status for c in checked] == ["confirmed"]
    checked = check_claims(ex, pd.Timestamp("2025-07-01"), Market({"btc": btc}))
    assert [c.status for c in checked] == ["contradicted"]


def test_an_ended_month_is_the_one_just_past_early_in_the_next() -> None:
    days = pd.date_range("2026-01-01", "2026-03-01")
    btc = pd.Series(100.0, index=days)
    btc[btc.index >= "2026-02-10"] = 90.0  # February fell
    btc[btc.index >= "2026-03-01"] = 95.0  # 1 March rose
    ex = extract_claims("Bitcoin ended the month in the red.")
    checked = check_claims(ex, pd.Timestamp("2026-03-01"), Market({"btc": btc}))
    assert [c.status for c in checked] == ["confirmed"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Bitcoin finished February at around $65,000.", "end:M:2"),  # crypto news
        ("Gold ended 2025 at $4,300 an ounce.", "end:Y:2025"),  # wire
        ("Silver closed the month just below $48.", "end:M"),  # bank note
        ("Bitcoin closed out January near $98,000.", "end:M:1"),  # data page
        ("Gold closed the week at $4,500.", "end:W"),  # regional paper
    ],
)
def test_a_level_told_as_a_period_close(text: str, window: str) -> None:
    assert [c.window for c in extract_claims(text).claims if c.kind == "level"] == [window]


def test_a_period_close_is_graded_on_that_close() -> None:
    days = pd.bdate_range("2026-01-01", "2026-03-10")
    btc = pd.Series(70_000.0, index=days)
    btc[(btc.index >= "2026-02-20") & (btc.index < "2026-03-01")] = 65_000.0
    ex = extract_claims("Bitcoin finished February at around $65,000.")
    checked = check_claims(ex, pd.Timestamp("2026-03-10"), Market({"btc": btc}))
    assert [c.status for c in checked] == ["confirmed"]  # the close of 27 February
    ex = extract_claims("Bitcoin is trading at around $65,000.")
    checked = check_claims(ex, pd.Timestamp("2026-03-10"), Market({"btc": btc}))
    assert [c.status for c in checked if c.claim.kind == "level"] == ["contradicted"]


def test_a_period_move_of_another_subject_is_not_the_asset_s() -> None:
    text = "Gold rose as US inflation was higher in January."  # inflation's, not gold's
    assert period_moves(text, 0, find_assets(text), []) == []
    text = "Gold rose 2% and was higher for the week."
    assert [c.window for c in period_moves(text, 0, find_assets(text), [])] == ["wtd"]
