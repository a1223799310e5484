"""Records said with a span in words, a period, or levels "not seen since"; distances from
a dated extreme; thresholds stated as conditions. Hand-written sentences, several per class."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.market import Market
from tests.claims.extracted import records as _records


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ether jumped to a two-and-a-half-month high on Friday.", ("eth", "high", "last:10:week")),
        ("Silver slid to a one-and-a-half-year low.", ("silver", "low", "last:18:month")),
        # a span extreme a move left: the record of the days before (not a distance's)
        ("Gold eased from a 2-1/2-year high.", ("gold", "high", "last:30:month")),
        ("The dollar index dropped to a multi-year low.", ("dxy", "low", "last:2:year")),
        ("Ether sank to a multiyear low.", ("eth", "low", "last:2:year")),
        ("Gold hit a multi-year high versus the S&P 500.", None),  # the ratio's record
        ("Silver reached multi-year highs relative to gold.", None),
        ("Ether sank to a three-month low against bitcoin.", None),
        ("Treasury yields fell to multi-month lows.", None),  # too vague to grade
        ("Silver touched a multi-decade high this week.", ("silver", "high", "last:20:year")),
        ("The dollar index climbed to a weekly high.", ("dxy", "high", "last:1:week")),
        ("Gold slipped to a monthly low on Tuesday.", ("gold", "low", "last:1:month")),
        ("Bitcoin touched a weekly low of $85,000.", ("btc", "low", "last:1:week")),
        ("Gold rose to a two-week peak on Tuesday.", ("gold", "high", "last:2:week")),
        ("Ether slid to a year-and-a-half low.", ("eth", "low", "last:18:month")),
        ("Silver hit a two-decade high.", ("silver", "high", "last:20:year")),
        ("The dollar index sank to a three-month trough.", ("dxy", "low", "last:3:month")),
        ("Ether fell to a five-week bottom.", ("eth", "low", "last:5:week")),
    ],
)
def test_a_span_in_words_is_the_window_of_a_record(
    text: str, expected: tuple[str, str, str] | None
) -> None:
    assert _records(text) == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dollar index has reached its highest levels in over a year.", "last:1:year"),
        ("Ten-year yields are at their lowest levels in six months.", "last:6:month"),
        ("Silver posted its strongest closes since March 2024.", "since:March 2024"),
        ("The euro rose to its best level since July.", "since:July"),
        ("Bitcoin sank to its worst level in three months.", "last:3:month"),
    ],
)
def test_a_plural_superlative_is_a_record(text: str, expected: str) -> None:
    assert [w for _, _, w in _records(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Stocks wobbled as ether slipped and ten-year yields climbed to levels not seen "
            "since early 2024.",
            ("yield_10y", "high", "since:early 2024"),
        ),
        (
            "Gold rallied while the dollar index fell to levels not seen since mid-2022.",
            ("dxy", "low", "since:mid-2022"),
        ),
        ("Ten-year yields fell to levels last seen in 2022.", ("yield_10y", "low", "since:2022")),
        ("Gold rose to levels unseen since 2011.", ("gold", "high", "since:2011")),
    ],
)
def test_levels_not_seen_since_take_the_side_of_the_nearest_move(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _records(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten-year yields rose to 4.6%, reaching early 2024 highs.",
            ("yield_10y", "high", "since:early 2024"),
        ),
        ("Silver slumped to its 2021 lows on Friday.", ("silver", "low", "since:2021")),
        ("Gold dropped back to mid-2024 levels.", ("gold", "low", "since:mid-2024")),
        ("Bitcoin climbed back to March 2024 levels.", ("btc", "high", "since:March 2024")),
    ],
)
def test_a_record_named_by_its_period(text: str, expected: tuple[str, str, str]) -> None:
    assert _records(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The dollar index reached November 2021 levels.",  # no side: nothing claimed
        "Gold prices could return to 2020 levels.",
        "Bitcoin is 20% below its 2021 highs.",
    ],
)
def test_a_period_without_a_side_or_not_reached_is_no_record(text: str) -> None:
    assert _records(text) == []


def _distance(text: str) -> tuple[str | None, object]:
    found = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert len(found) == 1, found
    return found[0].window, found[0].when


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ether is down 30% from its record of $4,950, set on August 24.", "peak:since:date:8-24"),
        ("Gold is down 9% from the peak it touched on Tuesday.", "peak:since:weekday:1"),
        ("The dollar index has lost 8% since the peak on January 13.", "peak:since:date:1-13"),
        ("Ether is down 25% from a high of $4,950 on August 24.", "peak:since:date:8-24"),
        ("Bitcoin has fallen 20% from its high, which it reached in early October.", "peak"),
        ("Silver is down 15% from its top of $49, hit on April 3, 2025.", "peak"),
    ],
)
def test_a_date_said_of_the_extreme_does_not_end_the_distance(text: str, expected: str) -> None:
    assert _distance(text) == (expected, None)


def test_a_distance_from_a_dated_peak_runs_to_the_article_date() -> None:
    days = pd.bdate_range("2024-11-01", "2025-01-15")
    values = [100.0 + i for i in range(30)] + [129.0 - 1.5 * i for i in range(len(days) - 30)]
    market = Market({"eth": pd.Series(values, index=days)})
    peak, drop = days[29], round(100 * (1 - values[-1] / 129.0))
    text = f"Ether is down {drop}% from its record, set on {peak:%B} {peak.day}."
    [result] = [
        r for r in check_claims(extract_claims(text), days[-1], market) if r.claim.kind == "percent"
    ]
    assert result.status == "confirmed", result.evidence
    wrong = f"Ether is down {drop + 10}% from its record, set on {peak:%B} {peak.day}."
    [result] = [
        r
        for r in check_claims(extract_claims(wrong), days[-1], market)
        if r.claim.kind == "percent"
    ]
    assert result.status == "contradicted", result.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Analysts warned that the dollar index below 96 meant even deeper declines.",
        "Traders argue that gold above $3,000 would open the door to $3,200.",
        "Strategists say bitcoin under $60,000 could trigger heavy liquidations.",
        "A silver price over $40 signals a new bull market, analysts said.",
        "Weekly closes in platinum above the key $1,500 price level would confirm a breakout.",
    ],
)
def test_a_threshold_stated_as_a_condition_is_no_level(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "level"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gold fell below $3,000 on Monday, which means the rally is over.",
        "Silver at $30 could be a bargain.",
    ],
)
def test_a_level_stated_before_a_consequence_stays(text: str) -> None:
    assert [c.kind for c in extract_claims(text).claims if c.kind == "level"] == ["level"]


def _fed_levels(text: str) -> list[float | None]:
    return [c.level for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Traders see a 90% chance that the Fed will keep rates at 3.5%-3.75% next week.", 3.625),
        (
            "Markets price a 70% probability of the Fed leaving rates unchanged in the "
            "5.25%-5.5% range.",
            5.375,
        ),
        ("Odds favour the FOMC holding its benchmark rate at 4.5% to 4.75% in March.", 4.625),
    ],
)
def test_the_range_a_forecast_hold_keeps_is_the_current_rate(text: str, expected: float) -> None:
    assert _fed_levels(text) == [expected]


def test_a_forecast_move_to_a_new_range_states_no_current_rate() -> None:
    assert _fed_levels("Traders bet the Fed will cut rates to 4%-4.25% in March.") == []


def _all_moves(text: str) -> list[tuple[str | None, str | None, float | None, object, object]]:
    return [
        (c.asset, c.op, c.pct, c.window, c.when)
        for c in extract_claims(text).claims
        if c.kind in ("move", "percent")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The dollar index was down again in March and is down 6.1% for the year so far.",
            [("dxy", "down", 6.1, "ytd", None), ("dxy", "down", None, None, ("month", (0, 3)))],
        ),
        (
            "Gold was up in April and is up 14% year to date.",
            [("gold", "up", 14.0, "ytd", None), ("gold", "up", None, None, ("month", (0, 4)))],
        ),
        (
            "Silver fell in May and has lost 9% since January.",
            [
                ("silver", "down", 9.0, "since:January", None),
                ("silver", "down", None, None, ("month", (0, 5))),
            ],
        ),
        (
            "Gold rose on Monday but is still down 3% this month.",
            [("gold", "down", 3.0, "mtd", None), ("gold", "up", None, None, ("weekday", 0))],
        ),
    ],
)
def test_a_bare_move_of_a_first_clause_is_kept_beside_the_figure_of_the_second(
    text: str, expected: list[tuple[str, str, float | None, object, object]]
) -> None:
    assert _all_moves(text) == expected


def test_a_sized_move_of_each_clause_is_not_doubled() -> None:
    text = "Bitcoin rose 4% in June and is now up 22% in 2025."
    assert _all_moves(text) == [
        ("btc", "up", 4.0, None, ("month", (0, 6))),
        ("btc", "up", 22.0, "cal:2025", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold fell 4% by March 12 but then rallied 6% into the end of the month.",
            [
                ("gold", "down", 4.0, None, ("date", (3, 12))),
                ("gold", "up", 6.0, "between:March 13:March 31", None),
            ],
        ),
        (
            "Bitcoin dropped 10% by June 5th, then climbed 8% to finish the month higher.",
            [
                ("btc", "down", 10.0, None, ("date", (6, 5))),
                ("btc", "up", 8.0, "between:June 6:June 30", None),
                ("btc", "up", None, None, ("month", (0, 6))),  # June closed higher
            ],
        ),
        (
            "Ether slid 12% by August 30 before bouncing 5%.",
            [
                ("eth", "down", 12.0, None, ("date", (8, 30))),
                ("eth", "up", 5.0, "since:August 31", None),
            ],
        ),
        (
            "Silver lost 4% by February 28 but then gained 4% to end the month.",
            [
                ("silver", "down", 4.0, None, ("date", (2, 28))),
                ("silver", "up", 4.0, "since:March 1", None),  # the month had ended
            ],
        ),
    ],
)
def test_a_move_after_one_that_ran_by_a_date_starts_from_that_date(
    text: str, expected: list[tuple[str, str, float | None, object, object]]
) -> None:
    assert _all_moves(text) == expected


def test_no_window_from_a_day_not_in_every_year() -> None:
    text = "Gold fell 4% by February 29 but then rallied 6%."
    assert [w for _, _, _, w, _ in _all_moves(text)] == [None, None]


def test_a_rebound_after_a_dated_fall_is_graded_from_that_date() -> None:
    days = pd.bdate_range("2025-02-20", "2025-04-10")
    values = pd.Series(100.0, index=days)
    values.loc["2025-03-01":"2025-03-12"] = 96.0  # down 4% by March 12
    values.loc["2025-03-13":] = 101.8  # then up 6% from March 12's close
    market = Market({"gold": values})
    text = "Gold fell 4% by March 12 but then rallied 6% into the end of the month."
    found = [
        r
        for r in check_claims(extract_claims(text), pd.Timestamp("2025-04-01"), market)
        if r.claim.op == "up"
    ]
    assert [r.status for r in found] == ["confirmed"], [r.evidence for r in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold fell 4% by May 9 but then rallied 6% to close the month slightly higher.", "up"),
        ("Silver rose 5% by April 11, only to slide 7% and finish the month lower.", "down"),
    ],
)
def test_a_move_that_closes_a_named_month_is_a_move_of_that_month(text: str, expected: str) -> None:
    months = [
        (c.op, c.when)
        for c in extract_claims(text).claims
        if c.kind == "move" and c.when is not None and c.when[0] == "month"
    ]
    assert len(months) == 1 and months[0][0] == expected


def test_a_month_close_of_a_move_already_of_that_month_is_not_doubled() -> None:
    assert len(_all_moves("Silver slid 3% in May, ending the month in the red.")) == 1


def _night_market(asset: str, daily: bool) -> Market:
    days = (
        pd.date_range("2026-01-01", "2026-01-31")
        if daily
        else pd.bdate_range("2026-01-01", "2026-01-31")
    )
    values = pd.Series(70_000.0, index=days)
    values.loc["2026-01-30"] = 81_000.0  # Friday (UTC): the evening of Thursday in New York
    return Market({asset: values})


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin was at $81,000 on Thursday night.",
        "Bitcoin was trading at $81,000 late Thursday.",
        "On Thursday evening, bitcoin changed hands at $81,000.",
    ],
)
def test_a_night_level_of_a_round_the_clock_asset_may_fall_in_the_next_utc_day(text: str) -> None:
    checked = check_claims(
        extract_claims(text), pd.Timestamp("2026-01-30"), _night_market("btc", True)
    )
    assert [r.status for r in checked if r.claim.kind == "level"] == ["confirmed"]


def test_a_night_level_stays_its_day_for_a_weekday_series_or_a_plain_day() -> None:
    day = pd.Timestamp("2026-01-30")
    text = "Bitcoin was at $81,000 on Thursday."
    checked = check_claims(extract_claims(text), day, _night_market("btc", True))
    assert [r.status for r in checked if r.claim.kind == "level"] == ["contradicted"]
    text = "Gold was at $81,000 on Thursday night."
    checked = check_claims(extract_claims(text), day, _night_market("gold", False))
    assert [r.status for r in checked if r.claim.kind == "level"] == ["contradicted"]


def test_a_record_named_by_the_current_period_beats_the_whole_period_so_far() -> None:
    days = pd.bdate_range("2025-10-01", "2026-03-31")
    values = pd.Series(100.0, index=days)
    values.loc["2026-01-15"] = 120.0  # the year's top so far, in January
    values.loc["2026-03-02":] = 110.0
    market = Market({"silver": values})
    day = pd.Timestamp("2026-03-31")
    below = "Silver climbed back to 2026 highs."  # 110 is below January's 120
    [result] = [
        r for r in check_claims(extract_claims(below), day, market) if r.claim.kind == "record"
    ]
    assert result.status == "contradicted", result.evidence
    values.loc["2026-03-31"] = 125.0
    [result] = [
        r
        for r in check_claims(extract_claims(below), day, Market({"silver": values}))
        if r.claim.kind == "record"
    ]
    assert result.status == "confirmed", result.evidence


def test_a_one_week_high_is_checked_but_does_not_date_the_article() -> None:
    weekly = extract_claims("The dollar index climbed to a weekly high.")
    assert [c.window for c in weekly.claims if c.kind == "record"] == ["last:1:week"]
    assert [c for c in dating_claims(weekly) if c.kind == "record"] == []
    two = extract_claims("The dollar index climbed to a two-week high.")
    assert [c.window for c in dating_claims(two) if c.kind == "record"] == ["last:2:week"]
