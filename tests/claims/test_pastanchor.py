"""Prices and records tied to a past time ("as low as $74,500 in April", "a peak of $3,500
two months ago", "record highs roughly four months ago"), on hand-written sentences in the
styles of wires, crypto sites, bank notes and data pages, graded on a synthetic market."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.anchorgrade import anchor_span
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.date_range("2025-01-01", "2026-06-30")


def _market() -> Market:
    """Bitcoin sliding from 100,000 to 90,000 but for an April low (close 79,000, intraday
    74,440), a record on 6 October (close 124,750, intraday 126,200), a mid-January top
    (intraday 97,860) and an early-February low (intraday 60,070); gold flat at 3,200 but for
    a 22 April top of 3,486."""
    close = pd.Series(np.linspace(100_000.0, 90_000.0, len(DAYS)), index=DAYS)  # no records
    close.loc["2025-04-07"], close.loc["2025-10-06"] = 79_000.0, 124_750.0
    close.loc["2026-01-14"], close.loc["2026-02-06"] = 96_900.0, 62_000.0
    frame = pd.DataFrame({"low": close * 0.99, "high": close * 1.01})
    frame.loc["2025-04-07", "low"], frame.loc["2025-10-06", "high"] = 74_440.0, 126_200.0
    frame.loc["2026-01-14", "high"], frame.loc["2026-02-06", "low"] = 97_860.0, 60_070.0
    gold = pd.Series(3_200.0, index=DAYS)
    gold.loc["2025-04-22"] = 3_486.0
    return Market({"btc": close, "gold": gold}, ranges={"btc": frame})


def _graded(text: str, day: str) -> list[tuple[str, str | None, float | None, str | None, str]]:
    checked = check_claims(extract_claims(text), pd.Timestamp(day), _market())
    return [(c.claim.kind, c.claim.asset, c.claim.level, c.claim.window, c.status) for c in checked]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Bitcoin sagged after sliding as low as $74,500 in April.", "ext:low:mon:4:0:"),
        ("BTC bottomed near $74,500 in April, exchange data show.", "ext:low:mon:4:0:"),
        ("Bitcoin set fresh lows of $60,100 in early February.", "ext:low:mon:2:0:early"),
        ("Bitcoin trades above its early-June trough of about $60,700.", "ext:low:mon:6:0:early"),
        ("Bitcoin pushed through its previous August top of almost $124,500.", "ext:high:mon:8:0:"),
        ("Gold sat at $3,230, off a high of $3,500 hit last month.", "ext:high:prev:month"),
        ("Gold has eased since hitting a peak of $3,500 two months ago.", "ext:high:ago:2:month"),
        ("BTC fell from a record of over $126,000 set in early October.",
         "ext:high:mon:10:0:early"),
        ("The S&P 500 was at about 6,900 in late October.", "ext::mon:10:0:late"),
        ("Ether climbed above $3,500 for the first time last month.", "ext::prev:month"),
    ],
)  # fmt: skip
def test_a_price_followed_or_preceded_by_a_past_time_is_a_level_of_that_time(
    text: str, window: str
) -> None:
    claims = extract_claims(text).claims
    windows = [c.window for c in claims if c.kind == "level"]
    peaks = [  # "a high of $3,500 hit last month": a stated peak, of that time
        "ext:high:" + (c.window or "").split(":", 2)[2]
        for c in claims
        if c.kind == "record" and (c.window or "").count(":") > 1
    ]
    assert window in windows + peaks


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Bitcoin printed all-time highs roughly four months ago.", "past:ago:4:month"),
        ("Bitcoin set its record high about four months ago.", "past:ago:4:month"),
        ("BTC slid after marking a record high above $124,000 a week ago.", "past:ago:1:week"),
    ],
)  # fmt: skip
def test_a_record_a_span_back_is_a_record_of_that_span(text: str, window: str) -> None:
    assert window in [c.window for c in extract_claims(text).claims if c.kind == "record"]


def test_prices_of_today_keep_no_past_window() -> None:
    for text in (
        "Bitcoin traded at $115,000 on Monday.",
        "Gold rose 5% in April to $3,300 an ounce, a record high.",
        "Bitcoin fell to a low of $60,000 on Tuesday.",
    ):
        claims = extract_claims(text).claims
        assert not [c for c in claims if (c.window or "").startswith(("ext:", "past:ago"))], text


def test_an_intraday_low_of_a_named_month_confirms_a_rounded_low() -> None:
    # before: graded as "at $74,500 on a day of April": the close was 6% off, the day's range
    # stopped at 74,440, so contradicted
    text = "Bitcoin last traded under $90,000 after sliding as low as $74,500 in April."
    assert ("level", "btc", 74_500.0, "ext:low:mon:4:0:", "confirmed") in _graded(
        text, "2025-11-18"
    )
    wrong = "Bitcoin last traded under $90,000 after sliding as low as $70,000 in April."
    assert ("level", "btc", 70_000.0, "ext:low:mon:4:0:", "contradicted") in _graded(
        wrong, "2025-11-18"
    )


def test_a_past_price_is_not_graded_as_todays_level() -> None:
    text = "Bitcoin is at $100,000, after setting a record high above $124,000 some seven days ago."
    got = _graded(text, "2025-10-13")
    assert ("level", "btc", 124_000.0, "ext:high:ago:7:day", "confirmed") in got
    assert ("record", "btc", None, "past:ago:7:day", "confirmed") in got
    assert _graded(text, "2025-12-13")[1][-1] == "contradicted"  # no such high in late November


def test_a_record_months_ago_is_read_against_that_span() -> None:
    text = "Bitcoin printed all-time highs roughly four months ago."
    assert _graded(text, "2026-02-20") == [("record", "btc", None, "past:ago:4:month", "confirmed")]
    assert _graded(text, "2025-12-20")[0][-1] == "contradicted"  # four months back: August


def test_a_part_of_a_month_bounds_the_extreme() -> None:
    low = "Bitcoin set fresh lows of $60,100 in early February."
    assert ("level", "btc", 60_100.0, "ext:low:mon:2:0:early", "confirmed") in _graded(
        low, "2026-03-01"
    )
    late = _graded(low.replace("early", "late"), "2026-03-01")
    assert ("level", "btc", 60_100.0, "ext:low:mon:2:0:late", "contradicted") in late
    peak = "Bitcoin peaked at roughly $98,000 in mid-January before sliding."
    assert _graded(peak, "2026-03-01") == [
        ("record", "btc", 98_000.0, "peak:at:mon:1:0:mid", "confirmed")
    ]
    month = "Gold, which topped $3,500 in April, was trading at $3,200 on Monday."
    assert _graded(month, "2025-05-19")[0][-1] == "confirmed"  # 3,486: within 0.5%


def test_anchor_spans() -> None:
    day = pd.Timestamp("2026-03-01")
    start, end, label = anchor_span("mon:2:0:early", day) or (None, None, "")
    assert (str(start.date()), str(end.date()), label) == (
        "2026-01-30",
        "2026-02-12",
        "early February 2026",
    )  # type: ignore[union-attr]
    assert anchor_span("mon:6:0:", day) is not None  # June of the year before
    assert anchor_span("mon:6:2026:", day) is None  # after the article
    start, end, _ = anchor_span("ago:4:month", day) or (None, None, "")
    assert start < pd.Timestamp("2025-11-01") < end  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "level", "record"),
    [
        (
            "Bitcoin slid to $90,000, two weeks after hitting a record of $126,000.",
            "ext:high:ago:2:week",
            "past:ago:2:week",
        ),
        (
            "BTC changed hands at $91,000, a week after it set an all-time high above $126,000.",
            "ext:high:ago:1:week",
            "past:ago:1:week",
        ),
        ("Gold hit a record high of $3,480 earlier this month.", "ext:high:this:month", None),
    ],
)
def test_a_span_after_the_extreme_or_earlier_this_period_anchors_it(
    text: str, level: str, record: str | None
) -> None:
    claims = extract_claims(text).claims
    assert level in [c.window for c in claims if c.kind == "level"]
    if record is not None:
        assert record in [c.window for c in claims if c.kind == "record"]


def test_a_record_a_span_after_is_graded_then_not_today() -> None:
    text = "Bitcoin slid to $90,000, two weeks after hitting a record of $126,000."
    got = {(k, w): status for k, _, _, w, status in _graded(text, "2025-10-20")}
    assert got[("record", "past:ago:2:week")] == "confirmed"  # before: no record on 20 Oct
    assert got[("level", "ext:high:ago:2:week")] == "confirmed"
    assert _graded("Gold hit a record high of $3,480 earlier this month.", "2025-04-28")[0][-1] == (
        "confirmed"
    )  # 3,486 on 22 April; "earlier this month" is April, not March
    assert _graded("Gold hit a high of $3,480 last month.", "2025-04-28")[0][-1] == "contradicted"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("The dollar index climbed to levels last seen in November 2022.", "since:November 2022"),
        ("The dollar slid to levels last seen in early 2022 on Friday.", "since:early 2022"),
        ("Gold fell to levels last seen in 2021.", "since:2021"),
    ],
)
def test_levels_last_seen_in_a_month_or_part_of_a_year(text: str, window: str) -> None:
    assert [c.window for c in extract_claims(text).claims if c.kind == "record"] == [window]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("In October, gold reached a high of $4,381 before easing.", "ext:high:mon:10:0:"),
        (
            "Gold slid. May began well, but the rejection at $3,480 sent it lower.",
            "ext:high:mon:5:0:",
        ),
        ("In 2024 gold hit a high of $2,790.", "ext:high:year:2024"),
        ("Gold, which was rejected near $4,400 in late October, eased.", "ext:high:mon:10:0:late"),
    ],
)
def test_an_extreme_in_a_sentence_about_a_month_or_year_is_that_periods(
    text: str, window: str
) -> None:
    assert window in [c.window for c in extract_claims(text).claims if c.kind == "level"]


def test_a_high_of_a_month_is_graded_on_that_months_top() -> None:
    # before: "the rejection at $3,480" gave no claim; "a high of $2,790" in 2024 was today's
    text = "Gold slid. April began well, but the rejection at $3,480 sent it lower."
    assert ("level", "gold", 3_480.0, "ext:high:mon:4:0:", "confirmed") in _graded(
        text, "2025-06-02"
    )
    text = "Gold slid. April began well, but the rejection at $3,800 sent it lower."
    got = _graded(text, "2025-06-02")
    assert ("level", "gold", 3_800.0, "ext:high:mon:4:0:", "contradicted") in got


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Gold has climbed from a low of $2,600 late last year.", "ext:low:yr:-1:late"),
        ("Ether touched a top of $4,950 earlier this year.", "ext:high:yr:0:"),
        ("Gold's record of $4,381 set last October has been eclipsed.", "ext:high:mon:10:0:"),
        ("Gold stood at $2,650 a year ago.", "ext::ago:1:year"),
    ],
)
def test_years_and_named_past_months_anchor_a_price(text: str, window: str) -> None:
    assert window in [c.window for c in extract_claims(text).claims if c.kind == "level"]


def test_a_span_back_is_about_that_far_not_half_a_unit_either_side() -> None:
    start, end, _ = anchor_span("ago:1:year", pd.Timestamp("2025-10-20")) or (None, None, "")
    assert pd.Timestamp("2024-08-01") < start and end < pd.Timestamp("2025-01-15")  # type: ignore[operator]
    start, end, _ = anchor_span("yr:-1:late", pd.Timestamp("2025-10-20")) or (None, None, "")
    assert (str(start.date()), str(end.date())) == ("2024-09-01", "2024-12-31")  # type: ignore[union-attr]
    text = "Gold's record of $3,480 set last April still stands."
    got = _graded(text, "2025-06-02")
    assert ("level", "gold", 3_480.0, "ext:high:mon:4:0:", "confirmed") in got
    assert ("record", "gold", None, "past:mon:4:0:", "confirmed") in got  # before: today's


def test_a_relative_record_of_a_past_month_is_read_on_the_days_of_that_month() -> None:
    # before: both graded on the article day, when bitcoin stood far above its February low
    text = (
        "A fresh slide hit in early February, taking bitcoin to its weakest since 2024 at $60,100."
    )
    got = _graded(text, "2026-03-01")
    assert ("level", "btc", 60_100.0, "ext:low:mon:2:0:early", "confirmed") in got
    assert ("record", "btc", None, "since:2024", "confirmed") in got
    text = "In February bitcoin sank to an 11-month low."
    assert _graded(text, "2026-03-01") == [("record", "btc", None, "last:11:month", "confirmed")]
    assert _graded(text.replace("low", "high"), "2026-03-01")[0][-1] == "contradicted"


def test_at_the_time_takes_the_past_time_of_the_sentence_before() -> None:
    text = (
        "Few saw the slump coming in early October. At the time, bitcoin was racing higher, "
        "printing fresh peaks at over $126,000."
    )
    got = _graded(text, "2026-03-01")  # before: today's level, and a record of today
    assert ("level", "btc", 126_000.0, "ext:high:mon:10:0:early", "confirmed") in got
    assert ("record", "btc", None, "past:mon:10:0:early", "confirmed") in got
    text = "Bitcoin slid on Friday. At the time, it traded at $65,000."  # a day, no past time
    assert not [w for *_, w, _ in _graded(text, "2026-03-01") if w and w.startswith("ext:")]


@pytest.mark.parametrize(
    ("day", "status"),
    [("2025-06-30", "not checkable"), ("2026-06-30", "contradicted")],
)
def test_a_record_near_an_extreme_of_a_later_year_is_not_checked_before_that_year(
    day: str, status: str
) -> None:
    """A record tied to "a high of $X in 2026" in an article dated 2025 names a time after
    the article: not checkable (it used to stop the whole check); in 2026 it is graded."""
    graded = _graded("Bitcoin hit a record high, topping a high of $97,000 in 2026.", day)
    assert ("record", "btc", None, "past:year:2026", status) in graded


@pytest.mark.parametrize(
    ("code", "day", "inside", "outside"),
    [
        ("ago:1:year", "2025-11-10", "2024-11-01", "2024-09-20"),
        ("ago:1:year", "2026-03-04", "2025-03-12", "2025-04-01"),
        ("ago:2:year", "2025-06-15", "2023-07-05", "2023-09-01"),
    ],
)
def test_years_ago_is_checked_weeks_around_that_day_not_months(
    code: str, day: str, inside: str, outside: str
) -> None:
    start, end, _ = anchor_span(code, pd.Timestamp(day)) or (None, None, "")
    assert start is not None and end is not None
    assert start <= pd.Timestamp(inside) <= end
    assert not start <= pd.Timestamp(outside) <= end


def test_weeks_ago_keeps_its_span() -> None:
    start, end, _ = anchor_span("ago:1:week", pd.Timestamp("2025-10-13")) or (None, None, "")
    assert (str(start.date()), str(end.date())) == ("2025-10-02", "2025-10-10")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "level", "window"),
    [
        (
            "Gold is far above where it stood a year ago, when it was below $2,600.",
            2600.0,
            "ext::ago:1:year",
        ),
        (
            "Silver is well up from six months ago, when it traded near $31.",
            31.0,
            "ext::ago:6:month",
        ),
        (
            "Bitcoin is lower than two weeks ago, when the coin sat at $98,400.",
            98400.0,
            "ext::ago:2:week",
        ),
    ],
)
def test_a_price_in_a_when_clause_after_a_span_back_is_of_that_time(
    text: str, level: float, window: str
) -> None:
    levels = [(c.level, c.window) for c in extract_claims(text).claims if c.kind == "level"]
    assert (level, window) in levels


def test_a_when_clause_with_no_span_back_keeps_the_day() -> None:
    levels = [c.window for c in extract_claims("Bitcoin fell 5% when it hit $90,000.").claims]
    assert all(w is None for w in levels)
