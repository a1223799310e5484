"""Dating rules on hand-written sentences: datelines, quoted tickers, days looked back to."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.monthdays import month_days
from leadwatch.claims.printed import full_date

DAYS = pd.bdate_range("2024-01-01", "2026-01-30")


def _silver() -> Market:
    n = len(DAYS)  # 30 -> 20 -> 40: $25 is crossed once falling, once rising
    path = np.r_[np.linspace(30, 20, n // 2), np.linspace(20, 40, n - n // 2)]
    return Market({"silver": pd.Series(path, index=DAYS)})


def test_a_dateline_written_year_first_is_a_printed_date() -> None:
    assert full_date("2025/11/04 09:30\n4 min read") == ("2025-11-04", "2025/11/04")
    assert full_date("version 2025/11-04") is None  # mixed separators are no date


def test_a_price_quoted_beside_a_ticker_is_a_level() -> None:
    claims = extract_claims("Bitcoin (BTC $64,250) slipped as traders sold.").claims
    assert [(c.kind, c.asset, c.op, c.level) for c in claims if c.kind == "level"] == [
        ("level", "btc", "at", 64250.0)
    ]


def test_a_day_looked_back_to_dates_the_article_after_it() -> None:
    assert month_days("the highest since May 9, and on June 2 it fell") == [
        (5, 9, "May 9", True),
        (6, 2, "June 2", False),
    ]
    m = _silver()
    close = m.close("silver")
    near = close[(close - 25).abs() <= 0.5].index
    falling, rising = near[0], near[-1]
    back = rising - pd.Timedelta(days=40)
    text = f"Silver traded at $25 today, its first time there since {back:%B} {back.day}."
    dated = infer_date(extract_claims(text), m)
    assert abs((dated.date - rising).days) < 40
    assert abs((dated.date - falling).days) > 200


def _moves(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [
        (c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims if c.kind == "percent"
    ]


def test_moves_named_after_the_number_listed_and_in_a_month() -> None:
    text = "Tariff fears drove a 7% slide in the greenback this year and about 4% in March."
    assert _moves(text) == [("dxy", "down", 7.0, "ytd"), ("dxy", "down", 4.0, None)]
    when = [c.when for c in extract_claims(text).claims if c.pct == 4.0]
    assert when == [("month", (0, 3))]


def test_a_comparison_keeps_the_moves_it_quotes() -> None:
    text = "Gold's 18% gain so far this year has outpaced the 11% rise in silver."
    assert sorted(_moves(text)) == [("gold", "up", 18.0, "ytd"), ("silver", "up", 11.0, "ytd")]


def test_a_share_held_by_an_asset_is_no_move_of_it() -> None:
    text = "Altcoins lagged, while Ether's dominance, the share held by ETH, rose to 14.2%."
    assert _moves(text) == []


def test_a_to_date_move_may_end_on_the_day_before_the_article() -> None:
    days = pd.bdate_range("2025-12-29", "2026-01-09")
    gold = pd.Series([100.0, 101, 103, 104, 105, 107, 108, 110, 109, 118], index=days)
    m = Market({"gold": gold})
    article = pd.Timestamp("2026-01-09")  # 118 today, 109 the day before; 103 at year end
    for pct, status in ((6, "confirmed"), (15, "confirmed"), (30, "contradicted")):
        text = f"Gold is up {pct}% this year."
        (checked,) = check_claims(extract_claims(text), article, m)
        assert checked.status == status, (pct, checked.evidence)


def test_a_move_too_big_for_a_session_takes_the_stated_window() -> None:
    days = pd.bdate_range("2025-06-02", "2026-01-09")
    rng = np.random.default_rng(1)  # daily moves of about 1%: 30% is no session
    path = 100 * np.exp(np.cumsum(rng.normal(0.0, 0.01, len(days))))
    silver = pd.Series(path, index=days)
    m = Market({"silver": silver})
    article = days[-1]
    ytd = float(silver.iloc[-1] / silver.loc[:"2025-12-31"].iloc[-1] - 1) * 100
    text = f"Silver is up 1% this year. It has surged {abs(ytd) + 30:.0f}%."
    *_, big = check_claims(extract_claims(text), article, m)
    assert "to date" in big.evidence and "session" not in big.evidence
    text = "Silver has fallen 1% this week. Silver surged 0.6%."
    *_, small = check_claims(extract_claims(text), article, m)
    assert "session" in small.evidence


def test_a_hyphen_after_a_word_is_no_minus_sign() -> None:
    assert _moves("Silver slid once more after a near-12 per cent fall.") == [
        ("silver", "down", 12.0, None)
    ]


def _kinds(text: str) -> list[tuple[str, str | None, str | None, float | None, object]]:
    return [(c.kind, c.asset, c.op, c.level, c.when) for c in extract_claims(text).claims]


def test_a_record_placed_on_a_named_day_or_the_session_before() -> None:
    text = "Silver cooled on Friday, having reached a record high of $61.20 on Tuesday."
    assert ("record", "silver", "high", None, ("weekday", 1)) in _kinds(text)
    text = "Gold slipped on Monday, a day after a record high set in the previous session."
    assert ("record", "gold", "high", None, ("yesterday", 1)) in _kinds(text)


def test_a_record_of_an_earlier_month_is_checked_in_that_month() -> None:
    m = _silver()
    (checked,) = check_claims(
        extract_claims("Silver sits well below March's record highs."), DAYS[-1], m
    )
    assert checked.status == "contradicted" and "March" in checked.evidence  # none in March
    rising = pd.Series(np.linspace(10, 50, len(DAYS)), index=DAYS)
    (checked,) = check_claims(
        extract_claims("Silver sits well below March's record highs."),
        DAYS[-1],
        Market({"silver": rising}),
    )
    assert checked.status == "confirmed"


def test_levels_paid_passed_and_an_index_quoted_with_a_dollar_sign() -> None:
    assert _kinds("Ten-year Treasuries were paying 4.387% on Friday.")[0][:4] == (
        "level",
        "yield_10y",
        "at",
        4.387,
    )
    assert _kinds("Ether surged past $4,100 overnight.")[0][:4] == ("level", "eth", "break", 4100.0)
    assert _kinds("The dollar index climbed to $101.25 as yields rose.")[0][:4] == (
        "level",
        "dxy",
        "at",
        101.25,
    )
    assert _kinds("The dollar index slid as gold hit $3,100.")[0][:2] == ("level", "gold")


def test_a_claim_restated_is_reported_once_where_the_body_states_it() -> None:
    text = (
        "Ether Falls as Yields Rise\n\n"
        "Ether dropped to $2,410 on Monday as the dollar index touched its highest level "
        "in 9 months.\n\n"
        "• Ether dropped to $2,410 on Monday.\n\n"
        "Traders sold across the board. Ether slid to $2,410 on Monday before steadying. "
        "On Monday the DXY touched its highest level in 9 months."
    )
    ex = extract_claims(text)
    kept = [(ex.sentences[c.sentence].text[:11], c.kind, c.asset) for c in ex.claims]
    assert kept == [("Ether slid ", "level", "eth"), ("On Monday t", "record", "dxy")]


def test_a_record_named_after_its_noun() -> None:
    s = "Gold gained 2%. This marks the highest close for the metal since late 2020."
    got = [(c.kind, c.asset, c.window) for c in extract_claims(s).claims if c.kind == "record"]
    assert got == [("record", "gold", "since:late 2020")]


def test_dating_reads_windows_as_the_checker_does() -> None:
    from leadwatch.claims.dating import dating_claims

    text = "The greenback is down 7% this year and almost 3% in June alone."
    got = [(c.asset, c.pct, c.window) for c in dating_claims(extract_claims(text))]
    assert ("dxy", 7.0, "ytd") in got  # "in June" elsewhere in the sentence does not drop it


def test_a_move_from_the_weeks_low_uses_that_week_and_its_intraday_low() -> None:
    days = pd.date_range("2026-03-02", periods=12, freq="D")
    close = pd.Series([80.0, 60, 70, 74, 75, 76, 77, 78, 77, 79, 80, 82], index=days)
    lows = close * 0.97  # each day traded 3% under its close
    m = Market({"btc": close}, ranges={"btc": pd.DataFrame({"low": lows, "high": close * 1.01})})
    text = "Bitcoin has rebounded 12.5% from its lowest level this week."
    (checked,) = check_claims(extract_claims(text), days[-1], m)
    # the week's lowest close is 75 (+9.3%); its intraday low 72.75 (+12.7%); the 60 is older
    assert checked.status == "confirmed", checked.evidence
    assert "72.75 (2026-03-06)" in checked.evidence and "60.00" not in checked.evidence


def test_a_session_move_reached_inside_the_days_range_holds() -> None:
    days = pd.date_range("2026-03-02", periods=3, freq="D")  # Mon, Tue, Wed
    close = pd.Series([100.0, 95.0, 96.0], index=days)  # Tuesday: -5% close to close
    ranges = pd.DataFrame({"low": [99.0, 94.0, 95.0], "high": [101.0, 100.5, 97.0]}, index=days)
    m = Market({"eth": close}, ranges={"eth": ranges})
    said = "Ether dropped {}% during morning trading on Tuesday."
    (mid,) = check_claims(extract_claims(said.format(2)), days[-1], m)
    assert mid.status == "confirmed" and "during the session" in mid.evidence  # 98 in 94-100.5
    (far,) = check_claims(extract_claims(said.format(9)), days[-1], m)
    assert far.status == "contradicted"  # 91 never traded


def test_a_move_carried_by_this_decline_and_two_levels_in_one_run() -> None:
    text = (
        "Ether slid 9% in March, falling from its peak above $4,100 to just above $3,700. "
        "This drop amounts to an 11% retreat off the mid-month peak."
    )
    claims = extract_claims(text).claims
    assert [(c.asset, c.op, c.level) for c in claims if c.kind == "level"] == [
        ("eth", "above", 4100.0),
        ("eth", "above", 3700.0),
    ]
    assert [(c.asset, c.op, c.pct, c.window) for c in claims if c.sentence == 1] == [
        ("eth", "down", 11.0, "peak:month")  # "mid-month": the month's peak
    ]


def test_a_carried_subject_does_not_displace_the_asset_a_sentence_names() -> None:
    text = (
        "Bitcoin rose 3% on Monday. This surge came as the dollar index fell to 97.1. "
        "The index has declined 10% from its peak."
    )
    got = [(c.asset, c.pct) for c in extract_claims(text).claims if c.sentence == 2]
    assert got == [("dxy", 10.0)]


def test_a_stated_trading_range_gives_both_bounds_and_a_span_high_is_no_level() -> None:
    got = _kinds("Ether traded between $2,380 and $2,455 on Friday.")
    assert [g[:4] for g in got] == [("level", "eth", "at", 2380.0), ("level", "eth", "at", 2455.0)]
    got = _kinds("The dollar index swung between 101.2 and 101.9, below its 52-week high of 109.5.")
    levels = [g[3] for g in got if g[0] == "level"]
    assert levels == [101.2, 101.9]  # 109.5 is the record claim's figure, not today's level


def test_a_verb_that_moves_the_asset_and_a_window_since_a_weekday() -> None:
    text = "Strong payrolls lifted the dollar index 1.1% since Tuesday, while gold slid."
    assert _moves(text) == [("dxy", "up", 1.1, "since:Tuesday")]
    days = pd.bdate_range("2026-03-02", "2026-03-06")  # Mon..Fri
    m = Market({"dxy": pd.Series([99.0, 100.0, 100.5, 100.9, 101.1], index=days)})
    checked, gold = check_claims(extract_claims(text), days[-1], m)
    assert checked.status == "confirmed" and "2026-03-03" in checked.evidence  # +1.1% from Tue
    assert (gold.claim.asset, gold.claim.window) == ("gold", "since:Tuesday")  # the same span


def test_records_of_an_opening_clause_and_of_listed_assets() -> None:
    text = "Despite all-time highs set earlier this month, ether fell 6% in May."
    got = [(c.kind, c.asset, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert got == [("record", "eth", "past")]
    text = "Haven demand sent gold and silver to record highs on Tuesday."
    got = [(c.asset, c.when) for c in extract_claims(text).claims if c.kind == "record"]
    assert got == [("gold", ("weekday", 1)), ("silver", ("weekday", 1))]


def test_a_move_verb_beside_a_closing_level_is_still_a_move() -> None:
    got = _kinds("Silver jumped on Monday, closing at $31.20 an ounce.")
    assert [g[:3] for g in got] == [("level", "silver", "at"), ("move", "silver", "up")]


def test_a_record_of_a_move_is_checked_over_its_span() -> None:
    days = pd.bdate_range("2019-01-01", "2025-06-30")
    rng = np.random.default_rng(3)
    moves = rng.normal(0.0, 0.005, len(days))  # calm sessions of about 0.5%
    moves[days.get_loc(pd.Timestamp("2021-03-01"))] = -0.06  # a 6% drop four years back
    moves[-1] = -0.05  # today: 5%
    m = Market({"spx": pd.Series(4000 * np.exp(np.cumsum(moves)), index=days)})
    text = "The S&P 500 tumbled, its sharpest one-day fall in {} years."
    (three,) = [
        c
        for c in check_claims(extract_claims(text.format(3)), days[-1], m)
        if c.claim.kind == "record"
    ]
    assert three.status == "confirmed", three.evidence
    (five,) = [
        c
        for c in check_claims(extract_claims(text.format(5)), days[-1], m)
        if c.claim.kind == "record"
    ]
    assert five.status == "contradicted", five.evidence  # the 2021 drop was bigger


def test_a_move_ranked_after_a_dash_is_a_record_of_a_move() -> None:
    text = "Copper aside, silver extended its 25% plunge \u2014 the worst since May 2011."
    got = [(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert got == [("silver", "worst:D", "since:May 2011")]
