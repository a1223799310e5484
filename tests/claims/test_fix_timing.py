"""A metal's one-session move the noon London fix contradicts is read on the futures
session (an undated one also on the session before); a month the fix misses is read on
the futures' month; a delivery month written in capitals names a contract, not the time
of the figure."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2024-06-03", "2025-07-31")


def _market() -> Market:
    rng = np.random.default_rng(5)
    steps = rng.normal(0.0, 0.01, len(DAYS))
    fix = pd.Series(30.0 * np.exp(np.cumsum(steps)), index=DAYS)
    fut = fix.copy()
    fut.iloc[-1] = fut.iloc[-2] * 0.97  # the session ends 3% lower
    fix.iloc[-1] = fix.iloc[-2] * 1.01  # the noon fix, before the drop, is up 1%
    return Market({"silver": fix, "silver_fut": fut})


@pytest.mark.parametrize(
    "text",
    [
        "Spot silver gave up 3% on the day.",
        "Silver was down 3% on the day at 0412 GMT.",
        "Silver prices fell on Thursday.",  # a direction: either series of that session
    ],
)
def test_a_quoted_move_the_fix_misses_is_read_on_the_futures(text: str) -> None:
    checked = [
        c
        for c in check_claims(extract_claims(text), DAYS[-1], _market())
        if c.claim.kind in ("percent", "move") and c.claim.asset == "silver"
    ]
    assert checked and all(c.status == "confirmed" for c in checked)
    assert all("futures" in c.evidence for c in checked)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Silver gave up 3% on the day.", "confirmed"),  # no quote told: the futures too
        ("Spot silver gave up 9% on the day.", "contradicted"),  # the futures do not fit
        ("Spot silver rose 1% on the day.", "confirmed"),  # the fix fits: untouched
    ],
)
def test_a_move_the_fix_misses_is_read_on_the_futures_session(text: str, status: str) -> None:
    checked = [
        c
        for c in check_claims(extract_claims(text), DAYS[-1], _market())
        if c.claim.kind == "percent"
    ]
    assert [c.status for c in checked] == [status]
    on_futures = "(the noon London fix is taken" in checked[0].evidence
    assert on_futures is (text.startswith("Silver gave up")), checked[0].evidence


def test_an_undated_move_may_be_the_session_before_the_article_day() -> None:
    day = DAYS[-1] + pd.Timedelta(days=1)  # a holiday: neither series has the day
    ex = extract_claims("Spot silver gave up 3% on the day.")
    checked = [c for c in check_claims(ex, day, _market()) if c.claim.kind == "percent"]
    assert checked[0].status == "confirmed", checked[0].evidence
    assert "(the noon London fix is taken" in checked[0].evidence


def test_a_named_weekday_reads_only_its_own_futures_session() -> None:
    day = DAYS[-1] + pd.Timedelta(days=1)
    name = day.day_name()  # the holiday itself: no session that day
    ex = extract_claims(f"Spot silver gave up 3% on {name}.")
    checked = [c for c in check_claims(ex, day, _market()) if c.claim.kind == "percent"]
    assert "(the noon London fix is taken" not in checked[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "U.S. Silver Futures for March Delivery rose 1% to $30.40.",
        "Silver Futures for March Delivery were last at $30.40.",
        "silver futures for March delivery rose 1% to $30.40.",
    ],
)
def test_a_capitalised_delivery_month_is_no_time(text: str) -> None:
    claims = extract_claims(text).claims
    assert claims and all(c.when is None for c in claims)


def test_a_month_after_for_stays_a_time() -> None:
    claims = extract_claims("Silver rose 4% For March as a whole.").claims
    assert [c.when[0] if c.when else None for c in claims] == ["month"]


def _month_market() -> Market:
    """Silver's fix up 5% over May 2025, its futures (settled after a late rally) up 15%."""
    days = pd.bdate_range("2025-04-01", "2025-06-30")
    fix = pd.Series(30.0, index=days)
    fix.loc["2025-05-01":] = 30.0 * 1.05
    fut = fix.copy()
    fut.loc["2025-05-30":] = 30.0 * 1.15
    return Market({"silver": fix, "silver_fut": fut})


@pytest.mark.parametrize(
    ("text", "status", "series"),
    [
        ("Silver rose 15% in May.", "confirmed", "futures"),  # the futures' month
        ("Silver rose 5% in May.", "confirmed", "fix"),  # the fix's month
        ("Silver rose 30% in May.", "contradicted", "fix"),  # neither: the fix is shown
    ],
)
def test_a_month_told_on_the_futures_is_read_on_them(text: str, status: str, series: str) -> None:
    (checked,) = [
        c
        for c in check_claims(extract_claims(text), pd.Timestamp("2025-06-20"), _month_market())
        if c.claim.kind == "percent"
    ]
    assert checked.status == status, checked.evidence
    assert ("futures" in checked.evidence) is (series == "futures"), checked.evidence
