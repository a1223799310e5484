"""A move said of a futures session is graded on the futures closes, not the London fix."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2024-06-03", "2025-07-31")


def _market(with_futures: bool) -> Market:
    rng = np.random.default_rng(7)
    steps = rng.normal(0.0, 0.035, len(DAYS))  # a volatile metal: 8% can be one session
    steps[-1] = 0.005  # the noon fix, taken before the selloff, is up
    fix = pd.Series(30.0 * np.exp(np.cumsum(steps)), index=DAYS)
    fut = fix.copy()
    fut.iloc[-1] = fut.iloc[-2] * 0.92  # the futures settle 8% lower that day
    closes = {"silver": fix, **({"silver_fut": fut} if with_futures else {})}
    return Market(closes)


@pytest.mark.parametrize(
    "text",
    [
        "Silver futures touched a record early on. The metal then reversed, closing the "
        "session down 8%.",
        "Silver futures settled 8% lower.",
        "The most-active silver contract ended at the settlement 8% lower, closing the day "
        "at its weakest.",
    ],
)
def test_a_settled_move_is_graded_on_the_futures(text: str) -> None:
    ex = extract_claims(text)
    moves = [c for c in ex.claims if c.kind == "percent"]
    assert [c.qualifiers for c in moves] == [("futures",)]
    checked = [c for c in check_claims(ex, DAYS[-1], _market(True)) if c.claim.kind == "percent"]
    assert [c.status for c in checked] == ["confirmed"]
    assert "silver_fut" in checked[0].evidence and "over a session" in checked[0].evidence
    fix_only = [c for c in check_claims(ex, DAYS[-1], _market(False)) if c.claim.kind == "percent"]
    assert [c.status for c in fix_only] == ["contradicted"]
    assert "London fix" in fix_only[0].evidence


def test_a_spot_move_stays_on_the_fix() -> None:
    ex = extract_claims("Spot silver fell 8% on the day.")
    assert all("futures" not in c.qualifiers for c in ex.claims)


def test_the_rank_of_a_settled_session_is_read_on_the_futures() -> None:
    rng = np.random.default_rng(3)
    calm = rng.normal(0.0, 0.01, len(DAYS))
    calm[DAYS.get_loc(pd.Timestamp("2024-10-15"))] = -0.09  # the last fall as big
    calm[-1] = -0.08
    fut = pd.Series(30.0 * np.exp(np.cumsum(calm)), index=DAYS)
    fix = fut.copy()
    fix.iloc[-1] = fix.iloc[-2] * 1.005  # the noon fix missed the selloff
    text = (
        "Silver futures touched a record early on. The metal then posted its biggest one-day "
        "decline since 2024, closing the session down 8%."
    )
    ex = extract_claims(text)
    records = [c for c in ex.claims if c.kind == "record"]
    assert [c.qualifiers for c in records if c.op == "worst:D"] == [("futures",)]
    with_fut = check_claims(ex, DAYS[-1], Market({"silver": fix, "silver_fut": fut}))
    fix_only = check_claims(ex, DAYS[-1], Market({"silver": fix}))
    ranked = [(a.status, b.status) for a, b in zip(with_fut, fix_only, strict=True)]
    assert ranked[[c.claim.op for c in with_fut].index("worst:D")] == ("confirmed", "contradicted")


def _gap_market(with_futures: bool) -> Market:
    """A fix with no session on the last day (the London holiday) and futures that trade."""
    rng = np.random.default_rng(11)
    fut = pd.Series(30.0 * np.exp(np.cumsum(rng.normal(0.0, 0.01, len(DAYS)))), index=DAYS)
    fut.iloc[-1] = fut.iloc[-2] * 0.99  # the futures lose 1% on the holiday
    fix = fut.iloc[:-1].copy()
    fix.iloc[-1] = fix.iloc[-2] * 0.96  # the fix's own last session was a 4% fall
    return Market({"silver": fix, **({"silver_fut": fut} if with_futures else {})})


@pytest.mark.parametrize(
    "text",
    [
        "U.S. silver futures for March delivery lost 1%.",
        "Comex silver futures fell 1% in thin holiday trade.",
        "The front-month silver contract slipped 1%.",
    ],
)
def test_a_move_said_of_futures_on_a_day_the_fix_skips_is_read_on_the_futures(text: str) -> None:
    ex = extract_claims(text)
    moves = [c for c in ex.claims if c.kind == "percent"]
    assert [c.qualifiers for c in moves] == [("of_futures",)]
    checked = [
        c for c in check_claims(ex, DAYS[-1], _gap_market(True)) if c.claim.kind == "percent"
    ]
    assert [c.status for c in checked] == ["confirmed"]
    assert "silver_fut" in checked[0].evidence


def test_a_move_of_futures_named_in_another_clause_stays_on_the_fix() -> None:
    ex = extract_claims("Silver fell 1%, while platinum futures rose.")
    assert all("of_futures" not in c.qualifiers for c in ex.claims)


def test_futures_that_end_before_the_day_do_not_grade_it() -> None:
    market = _market(True)
    stale = Market(
        {"silver": market.close("silver"), "silver_fut": market.close("silver_fut")[:-30]}
    )
    ex = extract_claims("Silver futures settled 8% lower.")
    checked = [c for c in check_claims(ex, DAYS[-1], stale) if c.claim.kind == "percent"]
    assert "London fix" in checked[0].evidence  # not a session two months old
