"""A move said of a futures contract (issue 15, units): the contract named by its delivery
month ("August gold", "Dec. silver", "gold for June delivery"), its exchange ("Comex
silver", "Silver (COMEX, oz)") or as the front month is graded on the futures closes of
any session the store holds, not on the London fix (taken at noon, other hours)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2025-03-03", "2025-06-09")


def _market() -> Market:
    rng = np.random.default_rng(3)
    fix = pd.Series(33.0 * np.exp(np.cumsum(rng.normal(0.0, 0.01, len(DAYS)))), index=DAYS)
    fix.iloc[-1] = fix.iloc[-2] * 0.995  # the noon fix is a little lower
    fut = fix * 1.01
    fut.iloc[-1] = fut.iloc[-2] * 1.018  # the futures settle 1.8% higher
    return Market({"silver": fix, "silver_fut": fut, "gold": fix * 100, "gold_fut": fut * 100})


def _moves(text: str) -> list[str]:
    ex = extract_claims(text)
    checked = check_claims(ex, DAYS[-1], _market())
    return [c.status for c in checked if c.claim.kind in ("percent", "move") and c.claim.pct]


@pytest.mark.parametrize(
    "text",
    [
        "July silver rose 1.8% on Monday.",
        "On Monday August gold traded up $60.50, at $3,410.10.",
        "Dec. silver climbed 1.8% on the day.",
        "Gold for June delivery added 1.8% on Monday.",
        "Front-month silver on the Comex gained 1.8% on Monday.",
        "Silver (COMEX, oz) rose 1.8% on the day.",
        "On Monday, the September silver contract advanced 1.8%.",
    ],
)
def test_a_move_of_a_named_contract_is_graded_on_the_futures(text: str) -> None:
    assert _moves(text) == ["confirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "Silver rose 1.8% on Monday.",  # the fix: down 0.5%
        "In March silver rose 1.8% on Monday.",  # a month as a time, not a contract
        "Since August silver rose 1.8% on Monday.",
    ],
)
def test_a_move_of_the_metal_goes_to_the_futures_through_the_fix(text: str) -> None:
    checked = check_claims(extract_claims(text), DAYS[-1], _market())
    (move,) = [c for c in checked if c.claim.kind == "percent"]
    assert move.status == "confirmed"
    assert "(the noon London fix is taken" in move.evidence  # read on the fix first


def _week_market() -> Market:
    days = pd.bdate_range("2026-01-05", "2026-01-16")
    fix = pd.Series(78.0, index=days)
    fix.iloc[-1] = 90.8  # the fix: +16.4% on the week
    fut = pd.Series(79.0, index=days)
    fut.iloc[-1] = 88.2  # the futures: +11.6%
    return Market({"silver": fix, "silver_fut": fut})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Comex silver rose 11.6% this week.", "confirmed"),
        ("Silver futures are up 11.6% on the week.", "confirmed"),
        ("July silver gained 11.6% over the past week.", "confirmed"),
        ("Silver rose 11.6% this week.", "confirmed"),  # the fix: +16.4%, the futures fit
        ("Silver rose 25% this week.", "contradicted"),  # neither series fits
    ],
)
def test_a_move_of_the_futures_over_a_window_is_graded_on_them(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-01-16"), _week_market())
    moves = [c for c in checked if c.claim.kind == "percent"]
    assert [c.status for c in moves] == [status], [c.evidence for c in moves]


def test_a_contract_move_the_futures_miss_may_fit_the_fix() -> None:
    # a quote taken mid-session (+0.3%): the futures settled +1.8%, the noon fix -0.5%
    assert _moves("July silver rose 0.3% on Monday.") == ["confirmed"]
