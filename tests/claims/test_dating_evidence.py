"""Dating evidence beyond a pass/fail of each claim, on hand-written articles: weekday
words, independent assets, a day carried to the next sentence, past levels, fix timing."""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.datehints import agreeing_assets, named_weekdays, weekday_days
from leadwatch.claims.dating import claim_days, dating_claims, infer_date
from leadwatch.claims.datingwords import TIE
from leadwatch.claims.market import Market


def test_weekdays_named_count_the_day_and_the_day_after_but_not_days_ahead() -> None:
    text = "Gold rose on Tuesday. Payrolls are due next Friday; Tuesday's gain held."
    assert named_weekdays(text) == (1,)
    days = pd.date_range("2026-03-02", periods=7)  # Monday..Sunday
    assert weekday_days(days, [4]).tolist() == [False] * 4 + [True, True, False]
    assert weekday_days(days, [6]).tolist() == [True] + [False] * 5 + [True]  # Sunday -> Monday


def test_a_weekday_named_moves_a_tie_onto_that_day() -> None:
    days = pd.date_range("2026-03-02", periods=14)  # Mon 2 Mar .. Sun 15 Mar
    silver = pd.Series(50.0, index=days)
    silver.iloc[[0, 10]] = 60.0  # Monday 2nd and Thursday 12th: a spike to 60
    m = Market({"silver": silver})
    plain = infer_date(extract_claims("Silver traded at $60. Traders were busy."), m)
    assert plain.date == days[0]  # two equal spells: the first
    # a guess between equals says so, and names the other spell
    assert plain.how == "tied", plain.reasoning
    runner = next(r for r in plain.reasoning if r.startswith("runner-up"))
    assert str(days[10].date()) in runner and TIE in runner
    named = infer_date(extract_claims("Silver traded at $60. Traders were busy on Thursday."), m)
    assert named.date == days[10], named.reasoning
    assert any("Thursday" in r for r in named.reasoning)


def test_days_where_more_assets_agree_win_a_near_tie() -> None:
    text = "Gold traded at $4,000. The dollar index fell to 99.5. Bitcoin sat at $90,000."
    claims = dating_claims(extract_claims(text))
    days = pd.date_range("2026-03-02", periods=9)  # each holds on at most a third of them
    rest = [False] * 6
    held = [
        (claims[0], pd.Series([True, True, True, *rest], index=days), 1.0),
        (claims[1], pd.Series([False, True, False, *rest], index=days), 0.2),
        (claims[2], pd.Series([False, True, True, *rest], index=days), 0.2),
    ]
    assert agreeing_assets(held, days).tolist()[:3] == [1, 3, 2]
    # on data: a gold move makes the first gold spike score a little higher; the dollar
    # index agrees only with the second: two assets beat one in a near-tie
    d1 = pd.bdate_range("2026-01-05", periods=40)
    gold = pd.Series(3800.0, index=d1)
    gold.iloc[[5, 30]] = 4000.0
    gold.iloc[29] = 3900.0  # the second spike is no 5% jump
    dxy = pd.Series(np.r_[np.full(26, 100.0), np.full(8, 98.0), np.full(6, 100.0)], index=d1)
    text = "Gold traded at $4,000. It had jumped 5%. The dollar index was below 99."
    dated = infer_date(extract_claims(text), Market({"gold": gold, "dxy": dxy}))
    assert dated.date == d1[30], dated.reasoning
    runner = next(r for r in dated.reasoning if r.startswith("runner-up"))
    assert "2026-01-13 (score" in runner and "1 assets, prices 0.0% off)" in runner  # 1st spike


def test_a_level_of_the_past_date_a_record_names_is_not_todays() -> None:
    text = "Gold sat at $1,712.40, its highest since March 2013, when it stood at $1,745.10."
    got = [(c.kind, c.level) for c in extract_claims(text).claims]
    assert ("level", 1712.4) in got and ("level", 1745.1) not in got
    text = "Gold hit $2,050, a level last seen when prices traded at $2,075 in 2020."
    assert [c.level for c in extract_claims(text).claims if c.kind == "level"] == [2050.0]


def test_a_sentence_without_a_day_word_takes_the_day_of_the_sentence_before() -> None:
    text = (
        "Stocks slumped again on Thursday as worries spread. Gold followed them, sliding "
        "under $2,950 with a 1.2% loss on the day. Silver is now at $30.\n\n"
        "Ether rose to $2,500. The prior day it had closed above $2,400."
    )
    got = [(c.asset, c.kind, c.when) for c in extract_claims(text).claims]
    assert ("gold", "level", ("weekday", 3)) in got
    assert ("gold", "percent", ("weekday", 3)) in got
    assert ("silver", "level", None) in got  # "now": back in the present
    assert ("eth", "level", None) in got  # a new paragraph carries no day
    assert [w for a, _, w in got if a == "eth"] == [None, None]  # "the prior day": its own


def test_a_record_reached_by_a_days_move_dates_the_article() -> None:
    claims = dating_claims(extract_claims("Silver soared 6% to record highs."))
    assert [(c.kind, c.asset) for c in claims] == [("record", "silver"), ("percent", "silver")]
    assert dating_claims(extract_claims("Silver's record highs drew buyers.")) == []


def test_a_days_move_with_its_price_dates_by_the_price_alone() -> None:
    claims = dating_claims(extract_claims("Spot silver climbed 3.1% to $28.64."))
    assert [c.kind for c in claims] == ["level"]


def test_a_session_move_on_a_fixed_series_may_show_in_the_next_fix() -> None:
    days = pd.bdate_range("2026-03-02", periods=5)  # Mon..Fri
    gold = pd.Series([100.0, 100.5, 101.0, 104.0, 104.2], index=days)  # Thu's fix: +3%
    (claim,) = dating_claims(extract_claims("Gold surged 3% in US trading."))
    calendar = pd.date_range(days[0], days[-1])
    fixed = claim_days(claim, Market({"gold": gold}), calendar)
    assert fixed.loc["2026-03-04"]  # Wednesday's US session reaches Thursday's London fix
    closes = claim_days(claim, Market({"gold": gold}, fixed=frozenset()), calendar)
    assert not closes.loc["2026-03-04"] and closes.loc["2026-03-05"]


def test_the_previous_day_is_yesterday() -> None:
    text = "Spot silver slipped to $71 following an 8 per cent slide the previous day."
    got = {(c.kind, c.when[0] if c.when else None) for c in extract_claims(text).claims}
    assert ("percent", "yesterday") in got
    text = "Ether was steady, after it closed above $2,400 the prior session."
    claims = extract_claims(text).claims  # "was steady": ether's flat move, of the article day
    assert [c.when[0] if c.when else None for c in claims if c.op != "flat"] == ["yesterday"]
    assert [(c.asset, c.when) for c in claims if c.op == "flat"] == [("eth", None)]


def test_months_abbreviated_ap_style_are_months() -> None:
    from leadwatch.claims.monthdays import month_days
    from leadwatch.claims.printed import full_date
    from leadwatch.claims.windows import since_period

    got = extract_claims("The dollar index fell 0.5% in Sept. as gold rose.").claims
    assert [c.when for c in got] == [("month", (0, 9))]
    assert full_date("Ether slumped on Oct. 10, 2025.") == ("2025-10-10", "Oct. 10, 2025")
    assert month_days("Gold rose 2% on Dec. 3.") == [(12, 3, "Dec. 3", False)]
    (record,) = extract_claims("Silver is at its highest since Feb. 2013.").claims
    assert record.window == "since:Feb. 2013"
    assert since_period(record.window) == (pd.Timestamp("2013-02-01"), pd.Timestamp("2013-02-28"))
    assert extract_claims("Gold may rise.").claims == ()  # "may" is no month


def test_a_window_inside_an_aside_is_not_the_window_of_a_number_outside_it() -> None:
    text = "Silver, which briefly reached $92 on Wednesday, has dropped 15% to $78.20."
    (move,) = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert move.window is None


def test_an_aside_that_is_a_window_phrase_is_the_window_of_the_clause_after_it() -> None:
    # "Since reaching a record ..." opens the sentence: it states where the moves start
    text = (
        "Since setting a record close on March 3, 2025, the S&P 500 and the Nasdaq "
        "Composite have dropped 12.1% and 15.4% respectively through April 4, 2025."
    )
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [(c.asset, c.window) for c in moves] == [("spx", "peak"), ("nasdaq", "peak")]


def test_figures_of_a_rewriting_tool_are_read_as_figures() -> None:
    text = "The S&P 500 posted a ten.25% gain for the yr."
    got = [(c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims]
    assert got == [("spx", "up", 10.25, "ytd")]


def test_between_equally_fitting_days_the_better_supported_one_wins() -> None:
    days = pd.bdate_range("2026-01-05", periods=60)
    slide = [*np.geomspace(3960, 3500, 23)]  # gentle declines: no 5% session
    path = [3800.0] * 5 + [4000.0] + slide + [4210.0, 4000.0] + [*np.geomspace(3960, 3400, 29)]
    gold = pd.Series(path, index=days)  # $4,000 on day 5 and day 30; a 5% fall on day 30
    text = "Gold traded at $4,000. It had fallen 5% in the session."
    dated = infer_date(extract_claims(text), Market({"gold": gold}))
    assert dated.date == days[30], dated.reasoning  # not day 5, where $4,000 fits as well


def test_the_ends_of_a_window_do_not_date() -> None:
    text = "Silver had swung between $18.40 and $26.15 across the last twelve months."
    assert [c for c in dating_claims(extract_claims(text)) if c.kind == "level"] == []


def test_a_move_in_the_previous_session_is_the_session_before_the_day_named() -> None:
    from leadwatch.claims.check import check_claims

    days = pd.bdate_range("2026-03-02", periods=5)  # Mon 2 .. Fri 6 March (the article's)
    gold = pd.Series([100.0, 98.5, 100.47, 100.47, 100.47], index=days)  # Tue -1.5%, Wed +2%
    text = "Gold rose 2% on Wednesday after falling 1.5% in the previous session."
    ex = extract_claims(text)
    assert [(c.pct, c.when, c.window) for c in ex.claims] == [
        (2.0, ("weekday", 2), "day"),
        (1.5, ("weekday", 2), "prev"),  # not "yesterday" as well: the session back once
    ]
    checked = check_claims(ex, days[-1], Market({"gold": gold}))
    assert [c.status for c in checked] == ["confirmed", "confirmed"], [c.evidence for c in checked]
    moved = extract_claims("Gold climbed $40 on Wednesday after shedding $30 the previous session.")
    assert [(c.when, c.window) for c in moved.claims] == [
        (("weekday", 2), "day"),
        (("weekday", 2), "prev"),  # a move in currency likewise
    ]


def test_a_24_hour_move_of_a_round_the_clock_market_may_show_in_the_next_close() -> None:
    every_day = pd.date_range("2026-03-01", periods=12)
    btc = pd.Series(100.0, index=every_day)
    btc.iloc[6:] = 95.0  # the 5% drop closes on 2026-03-07
    weekdays = pd.bdate_range("2026-03-02", periods=10)
    spx = pd.Series(100.0, index=weekdays)
    spx.iloc[5:] = 95.0  # the 5% drop closes on 2026-03-09 (a Monday)
    market = Market({"btc": btc, "spx": spx})
    calendar = pd.date_range("2026-03-01", periods=14)
    (claim,) = dating_claims(extract_claims("Bitcoin fell 5% over the past 24 hours."))
    held = claim_days(claim, market, calendar)
    # written on the 6th in New York, the 24 hours reach the next midnight close
    assert held[held].index.strftime("%d").tolist() == ["06", "07", "08"]
    (claim,) = dating_claims(extract_claims("The S&P 500 fell 5% in the session."))
    held = claim_days(claim, market, calendar)
    assert held[held].index.strftime("%d").tolist() == ["09", "10"]  # a session has one close
