"""A move too big for an ordinary session is still the session's when the text ties it to one
("a one-day gain", "closing at", "the low of the day"); a span after a superlative is the
rank's, not the move's window; a rank back to a year before a series starts cannot be told
on that series.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _index_with_one_huge_day() -> Market:
    days = pd.bdate_range("2015-01-01", "2025-04-30")
    rng = np.random.default_rng(11)
    moves = rng.normal(0.0, 0.008, len(days))
    moves[days.get_loc(pd.Timestamp("2025-04-09"))] = 0.095  # one session far past the rest
    return Market({"spx": pd.Series(3_000.0 * np.exp(np.cumsum(moves)), index=days)})


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 jumped 9.5%, its largest one-day gain in years.",
        "The S&P 500 rose 9.5%, closing at a five-week high.",
        "The S&P 500 gained 9.5% and ended near the high of the day.",
    ],
)
def test_a_huge_move_tied_to_a_session_is_graded_on_that_session(text: str) -> None:
    (result,) = [
        c
        for c in check_claims(
            extract_claims(text), pd.Timestamp("2025-04-09"), _index_with_one_huge_day()
        )
        if c.claim.kind == "percent"
    ]
    assert result.status == "confirmed", result.evidence
    assert "over a session" in result.evidence


def test_a_huge_move_told_bare_is_read_over_a_longer_window() -> None:
    text = "The S&P 500 has gained 9.5%."
    (result,) = check_claims(
        extract_claims(text), pd.Timestamp("2025-04-09"), _index_with_one_huge_day()
    )
    assert "over a session" not in result.evidence


def test_a_span_after_a_superlative_belongs_to_the_rank_not_the_move() -> None:
    text = "Silver suffered its most severe drop since 1980, sinking 25% as buyers vanished."
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [(m.pct, m.window) for m in moves] == [(25.0, None)]


def _silver_with_young_futures() -> Market:
    fix_days = pd.bdate_range("1975-01-01", "2026-02-27")
    fix = pd.Series(20.0, index=fix_days)
    fix["1980-01-21":] = 12.0  # a 40% fall in 1980
    fix["2008-10-10":] = 10.2  # a 15% fall in 2008
    fix["2026-01-30":] = 9.18  # the fix sees only -10% on the day: not its worst since 1980
    fut_days = pd.bdate_range("2000-08-30", "2026-02-27")
    fut = pd.Series(12.0, index=fut_days)
    fut["2026-01-30":] = 8.4  # the futures see -30%, the worst of their history
    return Market({"silver": fix, "silver_fut": fut})


def test_a_rank_back_to_before_the_futures_began_is_inconclusive_on_them() -> None:
    text = "On Friday silver had its most severe one-day drop since 1980."
    (result,) = check_claims(
        extract_claims(text), pd.Timestamp("2026-01-31"), _silver_with_young_futures()
    )
    assert result.status == "inconclusive", result.evidence
    assert "do not reach back" in result.evidence


# --- windows from a Fed decision, and quantities of a coin ---------------------------------


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Ether is down 12% since the Fed's Sept. 17 rate decision.",
            "since:the Fed's Sept. 17 rate decision",
        ),
        (
            "Crypto slid after the central bank's move; since the Fed's rate cut on Wednesday, "
            "ether is down 12%.",
            "since:the Fed's rate cut",
        ),
    ],
)
def test_a_move_since_a_fed_decision_is_measured_from_it(text: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [m.window for m in moves] == [window]


def test_a_decision_of_a_named_day_is_that_meetings_whatever_it_decided() -> None:
    from leadwatch.claims.eventwindows import named_since

    found = named_since("the Fed's Sept. 17 rate decision", pd.Timestamp("2025-10-01"))
    assert found is not None and found[0] == pd.Timestamp("2025-09-16")  # the close before
    held = named_since("the Fed's rate decision", pd.Timestamp("2026-02-10"))
    assert held is not None and held[0] == pd.Timestamp("2026-01-27")  # January 28: a hold


def test_an_amount_of_the_coin_is_no_price_record() -> None:
    text = (
        "Ether rose 3% to $4,100. The amount of ether parked at trading venues sank to an "
        "eight-year low."
    )
    assert sorted(c.kind for c in extract_claims(text).claims) == ["level", "percent"]
