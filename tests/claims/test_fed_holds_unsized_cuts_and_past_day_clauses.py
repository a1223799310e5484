"""The Fed's decision told without a size ("after the Fed's rate cut last week", "the Fed
left rates on hold for the first time since July", "has cut rates three times") is a claim
of the fed funds rate, graded on its steps and the Fed's meeting schedule; one expected,
ahead or opening a window is none. A past day's "when" clause, "on that occasion" and a
following "By Feb. 20," are told of their own days.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

_DAYS = pd.bdate_range("2025-06-02", "2026-02-27")


def _rates(*, october_cut: bool = True) -> Market:
    """Cuts decided on 2025-09-17, 2025-10-29 (unless left out) and 2025-12-10, each showing
    the day after; the meeting of 2026-01-28 holds."""
    rate = pd.Series(4.33, index=_DAYS)
    steps = ["2025-09-18", "2025-12-11"] + (["2025-10-30"] if october_cut else [])
    for shows in steps:
        rate[pd.Timestamp(shows) :] -= 0.25
    return Market({"fed_funds": rate, "gold": pd.Series(3_300.0, index=_DAYS)})


def _fed(text: str, day: str, market: Market | None = None) -> list[tuple[str, str]]:
    claims = check_claims(extract_claims(text), pd.Timestamp(day), market or _rates())
    return [(c.claim.op or "", c.status) for c in claims if c.claim.asset == "fed_funds"]


def test_a_hold_is_confirmed_after_a_meeting_that_left_the_rate_alone() -> None:
    text = "Bullion eased after the Federal Reserve kept interest rates on hold."
    assert _fed(text, "2026-01-29") == [("flat", "confirmed")]
    assert _fed(text, "2025-12-11") == [("flat", "contradicted")]  # the 10 December cut


def test_the_first_hold_since_a_month_needs_every_decision_between_to_have_moved() -> None:
    text = "The Fed left rates on hold for the first time since July."
    assert _fed(text, "2026-01-28") == [("flat", "confirmed")]
    skipped = _rates(october_cut=False)  # October held too: January is no first
    assert _fed(text, "2026-01-28", skipped) == [("flat", "contradicted")]


def test_a_cut_of_last_week_is_looked_for_in_the_week_before() -> None:
    text = "Yields rose after the Fed's rate cut last week."
    assert _fed(text, "2025-12-17") == [("down", "confirmed")]
    assert _fed(text, "2026-02-04") != [("down", "confirmed")]  # January's meeting held


def test_a_possessive_cut_with_its_size_is_graded_on_the_size() -> None:
    text = "Gold firmed after the Federal Reserve's 25 basis points cut to its key rate."
    assert _fed(text, "2025-09-19") == [("down", "confirmed")]
    text = "Gold firmed after the Federal Reserve's 50 basis points cut to its key rate."
    assert _fed(text, "2025-09-19") == [("down", "contradicted")]


def test_the_count_of_cuts_reads_the_year_or_the_run_of_cuts() -> None:
    assert ("down", "confirmed") in _fed("The Fed has cut rates three times.", "2025-12-20")
    assert ("down", "contradicted") in _fed("The Fed has cut rates twice this year.", "2025-12-20")


@pytest.mark.parametrize(
    "text",
    [
        "Traders expect the Fed to hold rates steady next month.",
        "Stocks rallied ahead of the Fed's rate cut.",
        "Since the Fed cut rates in September, gold has gained 8%.",
        "Markets weighed the Fed's rate-cut path for next year.",
        "The ECB left rates on hold on Thursday.",
    ],
)
def test_a_decision_expected_ahead_or_opening_a_window_is_no_claim(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.asset == "fed_funds"]


def _windows(text: str) -> dict[float, str | None]:
    return {(c.level or c.pct or 0.0): c.window for c in extract_claims(text).claims}


def test_a_when_clause_after_a_printed_day_is_told_of_that_day() -> None:
    text = "The biggest jump came on March 16, 2020, when the VIX rose 43%."
    assert _windows(text).get(43.0) == "on:2020-03-16"


def test_on_that_occasion_takes_the_day_before_and_a_joined_verb_keeps_its_own() -> None:
    text = (
        "Another spike came on Aug. 5, 2024, when volatility jumped. On that occasion, "
        "bitcoin dropped 6% to $54,000 and climbed back above $64,000 by Aug. 23."
    )
    found = _windows(text)
    assert found.get(6.0) == "on:2024-08-05" and found.get(54_000.0) == "on:2024-08-05"
    assert found.get(64_000.0) == "on:2024-08-23"


def test_a_sentence_opening_with_a_yearless_day_takes_the_year_before() -> None:
    text = "On Feb. 5, 2018, bitcoin sank 16% to $6,900. By Feb. 20, it was back above $11,000."
    assert _windows(text).get(11_000.0) == "on:2018-02-20"


def _gold(range_to: str) -> Market:
    """A gold fix of $5,222 on 2026-02-27 with a futures range (high $5,230) up to ``range_to``."""
    days = pd.bdate_range("2026-02-02", "2026-02-27")
    fix = pd.Series(5_000.0, index=days)
    fix[pd.Timestamp("2026-02-27")] = 5_222.0
    covered = days[days <= pd.Timestamp(range_to)]
    ranges = pd.DataFrame({"low": fix[covered] - 20.0, "high": fix[covered] + 8.0})
    return Market({"gold": fix}, ranges={"gold": ranges}, range_names={"gold": "futures"})


def test_a_fix_on_a_day_without_a_range_holds_a_touch_within_two_percent() -> None:
    text = "Spot gold climbed to above $5,300 an ounce on Friday."
    extraction = extract_claims(text)
    (graded,) = check_claims(extraction, pd.Timestamp("2026-02-27"), _gold("2026-02-20"))
    assert graded.status == "confirmed"
    (graded,) = check_claims(extraction, pd.Timestamp("2026-02-27"), _gold("2026-02-27"))
    assert graded.status == "contradicted"  # the day's high of $5,230 is known: too low
    text = "Spot gold climbed to above $5,400 an ounce on Friday."
    (graded,) = check_claims(extract_claims(text), pd.Timestamp("2026-02-27"), _gold("2026-02-20"))
    assert graded.status == "contradicted"


def test_the_month_of_an_expected_rate_cut_is_no_time_of_a_price() -> None:
    text = "Gold rose on Friday, reaching $2,480 as hopes grew for a US rate cut in September."
    (level,) = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert level.when == ("weekday", 4)
    text = "Gold touched $2,480 in September after a rate cut."  # a month of its own stays
    (level,) = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert level.when is not None and level.when[0] == "month"


def test_a_decision_to_lower_by_a_size_is_a_sized_cut() -> None:
    text = "Silver rose after the Fed's latest decision to lower its key rate by 50 basis points."
    (cut,) = [c for c in extract_claims(text).claims if c.asset == "fed_funds"]
    assert (cut.kind, cut.op, cut.pct, cut.window) == ("move", "down", 50.0, "decision")
    assert _fed(text, "2025-09-19") == [("down", "contradicted")]  # the step was 25 bp
    assert not [c for c in extract_claims("Traders expect the Fed to lower rates by 25 bp.").claims]


def test_on_the_year_is_year_to_date() -> None:
    (move,) = [c for c in extract_claims("Ether is now up 30% on the year.").claims if c.pct]
    assert move.window == "ytd"
