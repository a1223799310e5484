"""Extraction and grading rules on hand-written sentences: subjects, move nouns, unknown
names, qualifiers ("more than", "as much as", basis points) and record wording."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.assets import find_assets
from leadwatch.claims.check import check_claims
from leadwatch.claims.clauses import fits_stated, qualifiers, unknown_subject
from leadwatch.claims.market import Market
from leadwatch.claims.text import split_sentences
from leadwatch.claims.windows import find_windows

DAYS = pd.bdate_range("2025-06-02", "2025-12-31")


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [(c.kind, c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims]


def test_a_brand_name_in_camel_case_is_no_glued_heading() -> None:
    text = "Bitcoin fell 2% to $99,000, according to CoinDesk data. Why Gold Is SurgingGold rose."
    assert [s.text for s in split_sentences(text)] == [
        "Bitcoin fell 2% to $99,000, according to CoinDesk data.",
        "Why Gold Is Surging",
        "Gold rose.",
    ]


@pytest.mark.parametrize(
    ("words", "asset"),
    [
        ("The world's biggest crypto slid", "btc"),
        ("the major cryptocurrency rose", "btc"),
        ("the top digital asset fell", "btc"),
        ("the second-largest token rose", "eth"),
        ("the largest crypto exchange said", None),
        ("the major cryptocurrencies fell", None),
    ],
)
def test_a_coin_named_by_its_rank(words: str, asset: str | None) -> None:
    assert [m.asset for m in find_assets(words)] == ([asset] if asset else [])


def test_a_description_does_not_read_as_a_superlative_record() -> None:
    # "largest" describes the coin: the window of the move is still read
    assert _claims("The world's largest token has gained 9% over the past 30 days.") == [
        ("percent", "btc", "up", 9.0, "days:30")  # thirty days, not a month back
    ]


def test_moves_written_as_nouns_take_the_nouns_direction_and_window() -> None:
    text = (
        "Silver eased 0.4% on Thursday. Still, weekly gains stand at 2.1 percent "
        "while monthly gains reach 5 percent."
    )
    assert _claims(text)[-2:] == [
        ("percent", "silver", "up", 2.1, "week"),
        ("percent", "silver", "up", 5.0, "month"),
    ]
    text = "Silver slipped 1%, bringing its ten-day gains down to 4%."
    assert _claims(text)[-1] == ("percent", "silver", "up", 4.0, "days:10")
    # a noun move "exceeding" its figure, the only asset named after it a compared one
    text = "Platinum rose 1% on Friday. Monthly gains exceed 12%, outpacing gold."
    assert ("percent", "platinum", "up", 12.0, "month") in _claims(text)


def test_each_figure_keeps_the_window_of_its_own_clause() -> None:
    assert _claims("Ether is down 6% over the last day, stretching its weekly slide to 15%.") == [
        ("percent", "eth", "down", 6.0, "day"),
        ("percent", "eth", "down", 15.0, "week"),
    ]
    assert [w for _, w in find_windows("its 14-session losing streak")] == ["days:14"]


def test_a_name_the_table_does_not_know_keeps_its_own_figures() -> None:
    text = "Japan's Nikkei dropped 2.0%, Korea's KOSPI fell 1.1% and the S&P 500 lost 0.8%."
    assert [(a, p) for _, a, _, p, _ in _claims(text)] == [
        ("nikkei", 2.0),
        ("kospi", 1.1),
        ("spx", 0.8),
    ]
    s = "Gold rose. Meanwhile the CPI index climbed 0.3% in May."
    assert [c.asset for c in extract_claims(s).claims if c.pct == 0.3] == ["cpi"]
    s = "Tariff fears drove a 7% slide in the dollar."
    assert unknown_subject(s, s.index("7%"), find_assets(s)) is None


def test_an_indicator_near_the_dollar_is_not_the_dollar() -> None:
    text = "The dollar firmed. The agency said the PPI price index rose 0.5% in October."
    assert all(c.asset != "dxy" for c in extract_claims(text).claims if c.pct is not None)


def test_qualifiers_of_a_figure() -> None:
    s = "Silver fell as much as 7% and gold more than 3%, while yields slipped 4 bps."
    assert qualifiers(s, s.index("7%")) == ("extreme",)
    assert "more" in qualifiers(s, s.index("3%"))
    end = s.index("4 bps") + 1
    assert qualifiers(s, s.index("4 bps"), end) == ("bp",)
    assert fits_stated(-0.053, -0.04, ("more",)) and not fits_stated(-0.053, -0.04)
    assert fits_stated(-0.002, -0.01, ("less",)) and not fits_stated(-0.03, -0.01, ("less",))
    assert not fits_stated(0.05, -0.04, ("more",))  # the wrong direction


def _market() -> Market:
    n = len(DAYS)
    gold = pd.Series([3000.0] * n, index=DAYS)
    gold.iloc[-1] = 3000.0 * 0.947  # the last session: -5.3% close to close
    rng = pd.DataFrame({"low": gold * 0.99, "high": gold * 1.01})
    rng.iloc[-1] = [3000.0 * 0.93, 3000.0 * 0.95]  # a -7% low during it
    ylds = pd.Series([4.00] * n, index=DAYS)
    ylds.iloc[-1] = 3.97  # -3 basis points
    return Market({"gold": gold, "yield_10y": ylds}, {"gold": rng})


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Gold fell more than 4% today.", "confirmed"),
        ("Gold fell 3% on Wednesday.", "contradicted"),  # -5.3%: more than a quarter off
        ("Gold fell less than 1% on Wednesday.", "contradicted"),
        ("Gold fell less than 6% on Wednesday.", "confirmed"),
        ("Gold fell as much as 7% on Wednesday.", "confirmed"),  # the day's low
        ("Gold fell as much as 3% on Wednesday.", "contradicted"),
        ("The 10-year yield slipped 3 basis points today.", "confirmed"),
        ("The 10-year yield slipped 9 basis points today.", "contradicted"),
    ],
)
def test_bounds_extremes_and_points_are_graded_as_stated(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), DAYS[-1], _market())
    moves = [c for c in checked if c.claim.kind == "percent"]
    assert [c.status for c in moves] == [status], [c.evidence for c in moves]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver prices raced to an unprecedented high.", [("silver", "high", None)]),
        (
            "Ether dropped 6%, its lowest price seen in seven months.",
            [("eth", "low", "last:7:month")],
        ),
        (
            "The dollar index firmed 0.4%, reaching levels not seen since early March.",
            [("dxy", "high", "since:early March")],
        ),
        ("Gold rose. Several base metals have also posted record quarters.", []),
        ("The VIX spiked. Call option volume jumped to a record as well.", []),
        ("Ether is currently trading about 7% below its all-time high.", []),
        (
            "Silver gained 2%. Prices are still a long way under their all-time peak of about $50.",
            [("silver", "high", "ever")],
        ),
    ],
)
def test_record_wording(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert found == expected


def test_a_record_of_the_previous_session_is_dated_there() -> None:
    text = (
        "The 10-year yield dipped to 4.2%, retreating from three-week highs "
        "set in the previous session."
    )
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.asset, c.when) for c in records] == [("yield_10y", ("yesterday", 1))]


def test_a_record_on_a_written_date_is_checked_on_that_date() -> None:
    text = "Gold hit a record high of $4,312.40 on 14th November 2025."
    ex = extract_claims(text)
    found = {(c.kind, c.when, c.window) for c in ex.claims}
    # the record is that printed day's (its year kept), the level that day's too
    assert found == {
        ("record", None, "on:2025-11-14"),
        ("level", ("date", (11, 14)), "on:2025-11-14"),
    }
    days = pd.bdate_range("2025-10-01", "2026-01-09")
    gold = pd.Series([4000.0 + i for i in range(len(days))], index=days)
    gold.loc["2025-11-10":] = 3900.0
    gold.loc["2025-11-14"] = 4312.0  # the record, then lower
    checked = check_claims(ex, pd.Timestamp("2026-01-09"), Market({"gold": gold}))
    assert [c.status for c in checked] == ["confirmed", "confirmed"], [c.evidence for c in checked]
    gold.loc["2025-11-14"] = 3990.0  # no record that day: both contradicted
    checked = check_claims(ex, pd.Timestamp("2026-01-09"), Market({"gold": gold}))
    assert [c.status for c in checked] == ["contradicted", "contradicted"]


def test_each_asset_keeps_its_own_record_in_one_sentence() -> None:
    text = (
        "The VIX ended at 38 on Thursday, its highest since March 2023, as the rout pushed "
        "the S&P 500 to a 9-month low."
    )
    records = [(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert records == [("vix", "high", "since:March 2023"), ("spx", "low", "last:9:month")]
    assert not [c for c in extract_claims("Ether hit levels not seen in several weeks.").claims]


def test_a_relative_record_said_of_a_weekday_is_checked_that_day() -> None:
    days = pd.bdate_range("2026-01-05", "2026-03-04")
    silver = pd.Series([80.0 + 0.1 * i for i in range(len(days))], index=days)
    silver.loc["2026-03-03":] = 70.0  # Tuesday and Wednesday fall back
    text = "Silver lost 6%, having climbed to its highest level in over three weeks on Monday."
    checked = check_claims(
        extract_claims(text), pd.Timestamp("2026-03-04"), Market({"silver": silver})
    )
    assert [c.status for c in checked if c.claim.kind == "record"] == ["confirmed"]


def test_a_days_range_takes_the_subject_and_a_span_range_is_no_days_range() -> None:
    text = "The dollar index added 0.3% to 101.4. The day's range was between 101.05 and 101.62."
    levels = [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]
    assert levels == [("dxy", 101.4), ("dxy", 101.05), ("dxy", 101.62)]
    text = "Gold rose. It had traded between $2,180 and $3,390 over the last 12 months."
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [(c.op, c.level) for c in extract_claims("Gold exceeded the $5,200 level.").claims] == [
        ("above", 5200.0)
    ]


def test_the_value_of_a_record_the_price_is_below() -> None:
    text = "Silver sits slightly below its record high above $54."
    found = [(c.kind, c.level, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert found == [("record", 54.0, "ever")]


def test_a_move_from_a_past_peak_and_the_peak_itself() -> None:
    text = "The top cryptocurrency has dropped almost 31% since peaking above $109,000 in January."
    found = [(c.kind, c.op, c.window, c.when) for c in extract_claims(text).claims]
    assert found == [
        ("record", "high", "peak:above", ("month", (0, 1))),
        ("percent", "down", "peak:in:January", ("month", (0, 1))),
    ]
    cal = pd.date_range("2024-11-01", "2025-06-30")
    btc = pd.Series(90_000.0, index=cal)
    btc.loc["2025-01-20"] = 109_500.0  # the January top
    btc.loc["2025-06-30"] = 76_000.0  # -30.6% from it
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-06-30"), Market({"btc": btc}))
    assert [c.status for c in checked] == ["confirmed", "confirmed"], [c.evidence for c in checked]
    shy = "Ether is off 47% since it peaked shy of $4,900 in August."
    assert next((c.asset, c.window) for c in extract_claims(shy).claims) == ("eth", "peak:below")


def test_a_move_with_no_figure_on_a_named_day_is_that_session() -> None:
    days = pd.bdate_range("2026-02-02", "2026-03-04")
    gold = pd.Series([5000.0 + 10 * i for i in range(len(days))], index=days)  # months up
    gold.loc["2026-03-03"] = 4800.0  # Tuesday's fall
    ex = extract_claims("Gold prices fell sharply on Tuesday as the dollar firmed.")
    checked = check_claims(ex, pd.Timestamp("2026-03-04"), Market({"gold": gold}))
    assert [c.status for c in checked if c.claim.asset == "gold"] == ["confirmed"]
    ex = extract_claims("Gold prices rallied on Tuesday.")
    checked = check_claims(ex, pd.Timestamp("2026-03-04"), Market({"gold": gold}))
    assert [c.status for c in checked] == ["contradicted"]
    assert not [c for c in extract_claims("The dollar added more weight to the selloff.").claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold Logs Steepest Drop in Over Five Years as yields spike.",
            ("worst:D", "last:5:year"),
        ),
        (
            "The pound weakened and the dollar index climbed 0.9%, its sharpest gain since July "
            "last year.",
            ("best:D", "since:July last year"),
        ),
    ],
)
def test_records_of_moves_without_a_period_word(text: str, expected: tuple[str, str]) -> None:
    found = [(c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert found == [expected]


def test_a_move_record_since_a_month_of_last_year() -> None:
    days = pd.bdate_range("2025-01-01", "2026-03-03")
    dxy = pd.Series(100.0, index=days)
    dxy.loc["2025-07-14"] = 101.2  # July: +1.2%
    dxy.loc["2025-07-15":] = 101.2
    dxy.loc["2026-03-03"] = 102.1  # +0.89%: the biggest since July
    text = "The dollar index climbed 0.9%, its sharpest gain since July last year."
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-03"), Market({"dxy": dxy}))
    assert [c.status for c in checked if c.claim.kind == "record"] == ["confirmed"]


def test_a_level_far_from_every_price_at_the_date() -> None:
    cal = pd.date_range("2025-09-01", "2025-10-08")
    btc = pd.Series(123_000.0, index=cal)
    years = pd.bdate_range("1960-01-01", "2025-10-08")  # from 40 points to 6,000
    spx = pd.Series(40.0 * 150.0 ** (np.arange(len(years)) / (len(years) - 1)), index=years)
    market = Market({"btc": btc, "spx": spx})
    ex = extract_claims("Bitcoin was down 1% to $122.494, according to one exchange.")
    (level,) = [c for c in check_claims(ex, cal[-1], market) if c.claim.kind == "level"]
    assert (level.status, level.claim.level) == ("confirmed", 122_494.0)  # a dot for thousands
    ex = extract_claims("The S&P 500 looks expensive: its P/E ratio stood at 27.3.")
    assert [c.status for c in check_claims(ex, cal[-1], market)] in ([], ["not checkable"])
    ex = extract_claims("The S&P 500 slipped. It stayed high at 27.35.")
    levels = [c for c in check_claims(ex, cal[-1], market) if c.claim.kind == "level"]
    assert [c.status for c in levels] == ["not checkable"] and "far from" in levels[0].evidence


def test_a_move_between_two_dates_and_one_that_ends_on_a_date() -> None:
    days = pd.bdate_range("2025-01-02", "2025-04-11")
    spx = pd.Series(6000.0, index=days)
    spx.loc["2025-02-14"] = 6150.0  # the peak
    spx.loc["2025-03-12"] = 5900.0
    spx.loc["2025-03-13":] = 5650.0  # -5.8% from the 11 March close over 12-13 March
    spx.loc["2025-03-28"] = 5406.0  # -12.1% from the peak
    market = Market({"spx": spx})
    text = "Between March 12 and March 13, the S&P 500 lost 5.8% of its value."
    (move,) = check_claims(extract_claims(text), pd.Timestamp("2025-04-11"), market)
    assert (move.claim.window, move.status) == ("between:March 12:March 13", "confirmed")
    text = (
        "Since setting a record closing high on February 14, 2025, the Dow and the S&P 500 "
        "have slid by 9.4% and 12.1%, respectively, through March 28, 2025."
    )
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-04-11"), market)
    spx_claims = [(c.claim.kind, c.status) for c in checked if c.claim.asset == "spx"]
    assert spx_claims == [("record", "confirmed"), ("percent", "confirmed")]
    assert {c.claim.asset for c in checked if c.claim.kind == "record"} == {"dow", "spx"}


def test_a_share_of_its_value_is_a_move() -> None:
    text = "Ether has shed 38% of its value this year, while 25% of holders sold."
    assert _claims(text)[0] == ("percent", "eth", "down", 38.0, "ytd")


def test_a_level_at_the_start_of_the_year() -> None:
    days = pd.bdate_range("2024-12-02", "2025-12-22")
    silver = pd.Series(np.linspace(29.0, 48.0, len(days)), index=days)
    silver.loc[:"2025-01-07"] = 29.1
    ex = extract_claims("Silver started the year near $29 an ounce and now changes hands at $48.")
    checked = check_claims(ex, days[-1], Market({"silver": silver}))
    assert [(c.claim.when, c.status) for c in checked] == [
        (("year_start", 0), "confirmed"),
        (None, "confirmed"),
    ]


def test_the_current_year_counts_for_an_annual_record_late_in_it() -> None:
    days = pd.bdate_range("2015-01-01", "2025-12-22")
    year = pd.DatetimeIndex(days).year
    gold = pd.Series(1000.0 * 1.05 ** (year - 2015), index=days)  # +5% a year
    gold[year == 2025] = gold[year == 2025] * 1.4  # this year (+47%): the best by far
    text = "Gold has climbed 48% this year, its largest annual rise in ten years."
    checked = check_claims(extract_claims(text), days[-1], Market({"gold": gold}))
    assert [c.status for c in checked if c.claim.kind == "record"] == ["confirmed"]


def test_an_intraday_low_is_compared_with_earlier_lows() -> None:
    cal = pd.date_range("2025-04-01", "2025-11-04")
    eth = pd.Series(3500.0, index=cal)
    eth.loc["2025-11-04"] = 3050.0  # the close
    eth.loc["2025-08-20"] = 3020.0  # a lower close in August: the close is no 4-month low
    rng = pd.DataFrame({"low": eth * 0.99, "high": eth * 1.01})
    rng.loc["2025-11-04", "low"] = 2960.0  # the dip below $3,000
    text = "Ether dropped below $3,000 for the first time in four months."
    for earlier_low, status in ((3010.0, "confirmed"), (2940.0, "contradicted")):
        rng.loc["2025-08-20", "low"] = earlier_low
        market = Market({"eth": eth}, {"eth": rng})
        checked = check_claims(extract_claims(text), cal[-1], market)
        assert [c.status for c in checked if c.claim.kind == "record"] == [status]


def test_moves_over_sessions_and_a_rate_in_basis_points() -> None:
    text = "Silver fell 2% on Friday. Prices have fallen for three straight sessions, losing 5%."
    assert _claims(text)[-1] == ("percent", "silver", "down", 5.0, "sessions:3")
    (c,) = extract_claims("The 10-year yield climbed 8 basis points to 4.31% today.").claims[1:]
    assert (c.asset, c.op, c.pct, c.qualifiers, c.describe()) == (
        "yield_10y",
        "up",
        8.0,
        ("bp",),
        "yield_10y up 8 bp",
    )


def test_a_distance_from_a_record_is_no_record_and_no_level_today() -> None:
    text = "Bitcoin is down 25% from its all-time high of around $126,000."
    found = [(c.kind, c.level, c.window) for c in extract_claims(text).claims]
    assert found == [("record", 126000.0, "ever"), ("percent", None, "peak")]


def test_a_worst_day_since_a_month() -> None:
    days = pd.bdate_range("2024-06-03", "2025-03-10")
    spx = pd.Series(5000.0 * 1.001 ** np.arange(len(days)), index=days)
    spx.loc["2024-12-18":] = spx.loc["2024-12-18":] * 0.97  # December's -3% day
    spx.loc["2025-03-10"] = spx.loc["2025-03-07"] * 0.975  # today's -2.5%: worst since then
    text = "The S&P 500 closed 2.5% lower, its worst day since December."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.op, c.window) for c in records] == [("worst:D", "since:December")]
    checked = check_claims(extract_claims(text), days[-1], Market({"spx": spx}))
    assert [c.status for c in checked if c.claim.kind == "record"] == ["confirmed"]


def test_indicators_month_to_date_and_the_previous_session() -> None:
    text = "The dollar rose 0.5%. U.S. consumer prices rose 0.3% in May."
    assert [c.asset for c in extract_claims(text).claims] == ["dxy", "consumer prices"]
    assert _claims("Bitcoin is up 4% over the week and 12% this month.") == [
        ("percent", "btc", "up", 4.0, "week"),
        ("percent", "btc", "up", 12.0, "mtd"),
    ]
    text = "The dollar index hit a two-year high of 109.5 last week before easing to 108.2."
    levels = [(c.level, c.window) for c in extract_claims(text).claims if c.kind == "level"]
    # the record's value is no level of the day: only the high of last week (its window)
    assert levels == [(108.2, None), (109.5, "ext:high:prev:week")]
    days = pd.bdate_range("2026-02-02", "2026-03-04")
    gold = pd.Series(5000.0, index=days)
    gold.loc["2026-03-02"] = 4925.0  # Monday: -1.5%
    gold.loc["2026-03-03":] = 4935.0  # Tuesday: +0.2%
    text = "Gold edged up 0.2% on Tuesday, after falling 1.5% in the previous session."
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-03-04"), Market({"gold": gold}))
    assert [(c.claim.window, c.status) for c in checked] == [
        ("day", "confirmed"),
        ("prev", "confirmed"),
    ], [c.evidence for c in checked]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold rose to a lifetime high.", ("gold", "high", None)),
        ("Silver touched a decade high of $35.", ("silver", "high", "last:10:year")),
        ("Bitcoin rose to a more-than-two-year high.", ("btc", "high", "last:2:year")),
        ("Silver fell to a 3-1/2-month low.", ("silver", "low", "last:14:week")),  # the half too
        ("The yen fell to a 34-year low against the dollar.", ("jpy", "low", "last:34:year")),
        (
            "Ether posted its biggest one-day percentage drop since March.",
            ("eth", "worst:D", "since:March"),
        ),
    ],
)
def test_more_record_wording(text: str, expected: tuple[str, str, str | None]) -> None:
    found = [(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert found == [expected]
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver rose 8% for the month.", "calmonth:now"),
        ("Gold is up 25% for the year.", "ytd"),
        ("Gold is up 3% since the start of the month.", "mtd"),
        ("Gold gained 10% in the first quarter.", "part:Q1"),
        ("The dollar index fell 9% in the first half of the year.", "part:H1"),
    ],
)
def test_calendar_windows(text: str, window: str) -> None:
    assert [c.window for c in extract_claims(text).claims] == [window]


def test_a_quarter_is_measured_over_that_quarter() -> None:
    days = pd.bdate_range("2024-12-02", "2025-06-20")
    gold = pd.Series(2600.0, index=days)
    gold.loc["2025-01-01":"2025-03-31"] = np.linspace(2610.0, 2860.0, 64)  # Q1: +10%
    gold.loc["2025-04-01":] = 3300.0
    checked = check_claims(
        extract_claims("Gold gained 10% in the first quarter."), days[-1], Market({"gold": gold})
    )
    assert [c.status for c in checked] == ["confirmed"], [c.evidence for c in checked]


def test_a_half_not_yet_begun_is_no_window() -> None:
    text = "Markets now expect easing in the second half of 2027, sending real yields lower."
    (c,) = extract_claims(text).claims
    assert c.window == "part:H2:2027"
    days = pd.bdate_range("2025-10-01", "2026-01-20")
    ry = pd.Series(np.linspace(2.0, 1.8, len(days)), index=days)
    (checked,) = check_claims(extract_claims(text), days[-1], Market({"real_yield_10y": ry}))
    assert checked.status == "confirmed" and "3 months" in checked.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Strategists expect more gains, with silver possibly topping out near $70 next year.",
        "Traders see a 40% chance that ether will slide to $2,500 before it can climb to $4,000.",
        "Options markets price a 30% probability that bitcoin ends the year above $120,000.",
        "Gold at $3,000 by the end of 2026 is the bank's call.",
    ],
)
def test_forecast_levels_are_not_graded_as_facts(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.level is not None]


def test_rate_cut_bets_do_not_hide_a_level() -> None:
    text = "Rate cut bets lifted gold to a record $2,450 on Monday."
    assert [(c.kind, c.level) for c in extract_claims(text).claims] == [
        ("level", 2450.0),
        ("record", None),
    ]


def test_venues_and_places_are_not_subjects_but_stocks_are() -> None:
    text = "Silver climbed 3% on Tuesday, with Comex futures up 2.5%."
    assert [c.asset for c in extract_claims(text).claims] == ["silver", "silver"]
    text = "Gold rose 1%, while Asian stocks fell 2%."
    assert [c.asset for c in extract_claims(text).claims] == ["gold", "stocks"]


def test_moves_stated_as_multiples() -> None:
    assert _claims("Gold has effectively doubled over the past two years.") == [
        ("percent", "gold", "up", 100.0, "years:2")
    ]
    assert _claims("Ether has more than halved since its peak.")[0][:4] == (
        "percent",
        "eth",
        "down",
        50.0,
    )
    assert not _claims("Analysts say bitcoin could double next year.")
    days = pd.bdate_range("2023-10-02", "2025-10-08")
    gold = pd.Series(np.linspace(2000.0, 4050.0, len(days)), index=days)
    checked = check_claims(
        extract_claims("Gold has effectively doubled over the past two years."),
        days[-1],
        Market({"gold": gold}),
    )
    assert [c.status for c in checked] == ["confirmed"]


def test_a_move_from_a_named_months_peak_and_that_peaks_value() -> None:
    text = "Bitcoin is down roughly 18% from its March peak of $73,800."
    found = [(c.kind, c.level, c.window, c.when) for c in extract_claims(text).claims]
    assert found == [
        ("record", 73800.0, "peak:at", ("month", (0, 3))),
        ("percent", None, "peak:in:March", None),
    ]
    cal = pd.date_range("2024-01-01", "2024-06-28")
    btc = pd.Series(60_000.0, index=cal)
    btc.loc["2024-01-10"] = 90_000.0  # a higher January top the March one must not take
    btc.loc["2024-03-14"] = 73_700.0
    btc.loc["2024-06-28"] = 60_400.0  # -18% from March's top
    checked = check_claims(extract_claims(text), cal[-1], Market({"btc": btc}))
    assert [c.status for c in checked] == ["confirmed", "confirmed"], [c.evidence for c in checked]
    ratio = extract_claims("The ETH/BTC ratio dropped 3%.").claims  # the ratio's: no price of X
    assert [c.asset for c in ratio if c.kind in ("percent", "move")] == ["price_ratio"]


def test_abbreviated_dates_and_dates_that_qualify_a_noun() -> None:
    text = "Gold hit a record high of $2,790.15 on Oct. 31."
    assert {c.when for c in extract_claims(text).claims} == {("date", (10, 31))}
    text = "Bitcoin is hovering around $96,000, about 10% below its Dec. 17 record of $108,000."
    found = [(c.kind, c.level, c.when) for c in extract_claims(text).claims if c.kind != "figure"]
    assert found == [
        ("level", 96000.0, None),  # today's price: the record's date is not the sentence's
        ("level", 108000.0, ("date", (12, 17))),
        ("record", None, ("date", (12, 17))),
        ("comparison", 108000.0, None),  # the 10% distance from that dated record
    ]


def test_a_move_since_an_event_is_not_a_session() -> None:
    (c,) = extract_claims("Bullion has risen about 4% since the U.S. election.").claims
    assert c.window == "since:the U.S. election"
    days = pd.bdate_range("2024-10-01", "2024-12-02")
    gold = pd.Series(2600.0, index=days)
    text = "Bullion has risen about 4% since the U.S. election."
    (checked,) = check_claims(extract_claims(text), days[-1], Market({"gold": gold}))
    assert checked.status == "contradicted"  # graded from the election day, never on a session
    assert "2024-11-05" in checked.evidence
