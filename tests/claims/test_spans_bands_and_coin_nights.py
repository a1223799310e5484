"""Dated spans, policy bands set by a vote, near-records of a span, weekly moves told "from a
week earlier", ranked speeds "on record", crossings of a past month, and a coin's record told
of a weekday's night when the article is dated from its claims.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market


def _kinds(text: str) -> list[tuple[str, str | None, str | None, float | None, object]]:
    return [(c.kind, c.asset, c.op, c.level, c.when) for c in extract_claims(text).claims]


def _statuses(text: str, day: str, market: Market) -> dict[str, str]:
    return {
        c.claim.describe(): c.status
        for c in check_claims(extract_claims(text), pd.Timestamp(day), market)
    }


# --- a coin's record past a weekday's midnight dates the article on the next UTC day --------


def _coin(record_day: str) -> Market:
    days = pd.date_range("2024-06-01", "2025-03-31", freq="D")
    rng = np.random.default_rng(7)
    close = pd.Series(60_000 + np.cumsum(rng.normal(0, 150, len(days))), index=days)
    close = close.clip(upper=70_000)
    close.iloc[0] = 75_000.0  # the first day tops the path: no early records
    close[record_day] = 80_000.0  # one day above every earlier close
    close[pd.Timestamp(record_day) + pd.Timedelta(days=1) :] = 69_000.0
    return Market({"btc": close})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bitcoin set a fresh record high past Sunday midnight, ahead of the holiday.",
            "2025-01-20",
        ),
        ("Late on Sunday, bitcoin climbed to an all-time high.", "2025-01-20"),
    ],
)
def test_a_record_of_a_sunday_night_dates_the_monday_it_falls_on_in_utc(
    text: str, expected: str
) -> None:
    dated = infer_date(extract_claims(text), _coin("2025-01-20"))  # a Monday
    assert str(dated.date.date()) == expected


def test_a_record_of_a_plain_sunday_still_needs_the_sunday() -> None:
    text = "Bitcoin set a fresh record high on Sunday, ahead of the holiday."
    dated = infer_date(extract_claims(text), _coin("2025-01-20"))
    assert str(dated.date.date()) != "2025-01-20"


# --- a target range set by a vote, written "4.75-5.00%" ---------------------------------------


def test_a_voted_cut_to_a_hyphenated_band_is_a_decided_range_and_a_decision() -> None:
    text = (
        "Fed policymakers voted in favor of lowering its target range for the policy rate "
        "by 50 basis points to 4.75-5.00% on Wednesday."
    )
    found = extract_claims(text).claims
    bands = {(c.op, c.level) for c in found if c.kind == "level" and "decided" in c.qualifiers}
    assert bands == {("above", 4.75), ("below", 5.0)}
    moves = [(c.op, c.pct) for c in found if c.window == "decision"]
    assert moves == [("down", 50.0)]
    assert not [c for c in found if c.kind == "figure"]


def test_a_change_from_one_rate_to_another_is_still_no_band() -> None:
    found = extract_claims("The Fed cut its policy rate from 4.50% to 4.25%.").claims
    assert not [c for c in found if "decided" in c.qualifiers]


def test_a_dissenters_vote_is_no_decision() -> None:
    text = "Two governors voted in favor of cutting rates by 25 basis points."
    assert not [c for c in extract_claims(text).claims if c.window == "decision"]


def test_a_decided_band_dates_the_decision_day_before_the_rate_moves() -> None:
    days = pd.bdate_range("2024-06-03", "2024-12-31")
    rate = pd.Series(5.33, index=days)
    rate[days >= "2024-09-19"] = 4.83  # effective the day after the decision
    text = "The Fed cut rates by 50 basis points to a 4.75-5.00% range, its first cut."
    dated = infer_date(extract_claims(text), Market({"fed_funds": rate}))
    assert str(dated.date.date()) in ("2024-09-18", "2024-09-19")
    assert dated.window[0] <= pd.Timestamp("2024-09-18")


# --- another market's prices are not the subject's -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Silver slipped. Stock prices hit record highs on Tuesday.",
        "Silver slipped. With equity prices at record highs, traders took profits.",
        "Silver slipped. Home prices reached a record in the spring.",
    ],
)
def test_records_of_other_prices_are_not_lent_to_the_subject(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


def test_plain_prices_still_stand_for_the_subject() -> None:
    records = [c for c in extract_claims("Silver slipped. Prices later hit record highs.").claims]
    assert [c.asset for c in records if c.kind == "record"] == ["silver"]


# --- nearing a span's highs: within 2% of the span's top, whenever it was set -----------------


def _yield_path() -> Market:
    days = pd.bdate_range("2023-01-02", "2025-02-28")
    y = pd.Series(4.0, index=days)
    y["2023-10-16":"2023-10-20"] = 5.0  # the 2023 top
    y["2024-04-24":"2024-04-26"] = 4.70  # the top since 2023
    y["2025-01-06":] = 4.66
    return Market({"yield_10y": y})


def test_nearing_highs_unseen_since_a_year_holds_near_the_tops_since_then() -> None:
    text = "The 10-year Treasury yield neared highs not seen since 2023 on Wednesday."
    (c,) = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert "near" in c.qualifiers
    assert _statuses(text, "2025-01-08", _yield_path())[c.describe()] == "confirmed"


def test_nearing_highs_far_below_the_tops_since_then_is_contradicted() -> None:
    m = _yield_path()
    low = m.close("yield_10y").copy()
    low["2025-01-06":] = 4.30  # 8.5% below the top since 2023
    text = "The 10-year Treasury yield neared highs not seen since 2023 on Wednesday."
    statuses = _statuses(text, "2025-01-08", Market({"yield_10y": low}))
    assert list(statuses.values()) == ["contradicted"]


def test_a_near_record_is_no_evidence_of_the_day() -> None:
    from leadwatch.claims.datingclaims import dating_claims

    text = "The 10-year Treasury yield neared highs not seen since 2023."
    assert not [c for c in dating_claims(extract_claims(text)) if c.kind == "record"]


# --- "from a week earlier", "than a day before" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("The VIX ended at 15.10, down 18% from a week earlier.", "week"),
        ("Gold was 2% higher than a day before.", "day"),
        ("Copper was 9% lower than a month earlier.", "month"),
    ],
)
def test_a_move_measured_from_some_time_earlier_has_that_window(text: str, window: str) -> None:
    windows = [c.window for c in extract_claims(text).claims if c.kind == "percent"]
    assert windows == [window]


# --- a speed ranked "on record" is no price record; a price's highest close on record is -----


def test_a_ranked_speed_on_record_is_no_record_of_the_price() -> None:
    text = "The VIX retreated at the quickest pace on record."
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


def test_a_highest_close_on_record_is_still_a_record() -> None:
    records = [c for c in extract_claims("Gold notched its highest close on record.").claims]
    assert [(c.asset, c.op) for c in records if c.kind == "record"] == [("gold", "high")]


# --- a first crossing since a year, said of an earlier month ---------------------------------


def _vix(spike_2024: float) -> Market:
    days = pd.bdate_range("2020-01-02", "2025-06-30")
    v = pd.Series(18.0, index=days)
    v["2020-03-09":"2020-03-20"] = 60.0
    v["2024-08-05"] = spike_2024
    v["2025-03-24":"2025-03-28"] = 37.0  # topped 35 in late March
    return Market({"vix": v})


def test_a_first_crossing_of_an_earlier_month_is_graded_in_that_month() -> None:
    text = "The VIX closed above 35 for the first time since 2020 in late March."
    statuses = _statuses(text, "2025-05-16", _vix(spike_2024=30.0))
    assert statuses["vix highest since 2020"] == "confirmed"


def test_a_first_crossing_after_an_earlier_one_in_the_span_is_contradicted() -> None:
    text = "The VIX closed above 35 for the first time since 2020 in late March."
    statuses = _statuses(text, "2025-05-16", _vix(spike_2024=39.0))
    assert statuses["vix highest since 2020"] == "contradicted"


# --- the two ends of a dated span -------------------------------------------------------------


def test_the_last_price_of_a_dated_span_is_a_level_of_its_last_day() -> None:
    found = _kinds("Between June 3 and 7, ether climbed from $3,020 to $3,410.")
    assert ("level", "eth", "at", 3410.0, ("date", (6, 7))) in found
    assert ("level", "eth", "at", 3020.0, ("date", (6, 3))) in found


def test_bounds_of_a_dated_span_keep_their_side_and_their_first_day() -> None:
    found = _kinds("From the close on June 3 to July 8, the VIX eased from above 30 to under 15.")
    assert ("level", "vix", "above", 30.0, ("date", (6, 3))) in found
    moves = [c for c in extract_claims("The VIX eased from above 30 to under 15.").claims]
    assert [(c.op, c.window) for c in moves if c.kind == "move"] == [("down", "from:30")]


# --- a held range, a meeting ahead, a decision "as expected", a year closed out ----------------


def test_a_held_target_range_is_evidence_of_the_day_and_no_forecast() -> None:
    from leadwatch.claims.datingclaims import dating_claims

    text = "Officials kept the Fed's target range at 2.25 to 2.5 percent after two cuts."
    assert [c.op for c in dating_claims(extract_claims(text))] == ["above", "below"]


def test_a_hold_beside_past_cuts_is_no_fresh_change() -> None:
    from leadwatch.claims.datingdecisions import decision_news

    assert not decision_news("Officials held the range at 3.5% to 3.75% after three cuts.")
    assert decision_news("Officials cut the range by a quarter point to 3.5% to 3.75%.")


def test_a_meeting_scheduled_ahead_is_no_span_recapped() -> None:
    from leadwatch.claims.weekhints import week_span_votes

    days = pd.date_range("2026-03-10", "2026-03-25")
    votes, _ = week_span_votes("The next meeting is scheduled for March 17-18.", days)
    assert not votes.any()
    votes, _ = week_span_votes("Stocks drifted over March 17-18 as traders waited.", days)
    assert votes.any()


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [  # the days each year's vote covers: its own year, the years before a forecast, after
        (
            "The widely expected decision came at its first meeting of 2026.",
            "2026-01-01",
            "2027-04-02",
        ),
        ("Policymakers expect two more cuts in 2026.", "2024-01-02", "2026-12-31"),
        ("After four cuts that closed out 2025, the committee paused.", "2025-12-31", "2026-04-02"),
    ],
)
def test_years_told_beside_done_things_and_forecasts(text: str, first: str, last: str) -> None:
    from leadwatch.claims.yearhints import year_votes

    days = pd.date_range("2023-01-01", "2027-12-31")
    votes, _ = year_votes(text, days)
    voted = days[votes > 0]
    assert (str(voted[0].date()), str(voted[-1].date())) == (first, last)
