"""Round 6 (issue 15): grading rules and spurious attributions, each tested on
hand-written phrasings of its class (status accuracy and spurious claims on unseen text)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2025-03-03", "2025-03-21")


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [(c.kind, c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims]


def _percents(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [(a, op, pct, w) for k, a, op, pct, w in _claims(text) if k == "percent"]


def _graded(text: str, market: Market, kind: str = "percent") -> list[str]:
    checked = check_claims(extract_claims(text), DAYS[-1], market)
    return [c.status for c in checked if c.claim.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Gold edged down 0.1% this week.",
        "Over the past week, gold slipped 0.2%.",
        "Gold lost 0.3% on the week.",
    ],
)
def test_a_stated_move_near_zero_is_not_contradicted_by_a_tiny_move_the_other_way(
    text: str,
) -> None:
    gold = pd.Series(3000.0, index=DAYS)
    gold.iloc[-1] = 3003.0  # +0.1% on the week: within a point of -0.1% .. -0.3%
    assert _graded(text, Market({"gold": gold})) == ["confirmed"]


def test_a_clear_move_the_other_way_still_contradicts() -> None:
    gold = pd.Series(3000.0, index=DAYS)
    gold.iloc[-1] = 3090.0  # +3% on the week
    assert _graded("Gold slipped 2% this week.", Market({"gold": gold})) == ["contradicted"]


@pytest.mark.parametrize(
    "text",
    [
        "The dollar index rose to 104.2, up 0.6% from the previous session.",
        "The dollar index was 0.6% higher versus the prior close.",
        "The dollar index gained 0.6% compared with the prior session's close.",
    ],
)
def test_a_change_from_the_previous_session_is_the_day_s_move(text: str) -> None:
    dxy = pd.Series(100.0, index=DAYS)
    dxy.iloc[-3] = 98.0  # the session before: -2%
    dxy.iloc[-2] = 103.58
    dxy.iloc[-1] = 104.2  # the day: +0.6%
    assert [w for *_, w in _percents(text)] == ["day"]
    assert _graded(text, Market({"dxy": dxy})) == ["confirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold dropped 3% to $2,910 after hitting a record of $3,050 a day earlier.",
        "Bitcoin sank 5% to $80,000, a day after setting a record the previous session.",
    ],
)
def test_the_previous_session_of_another_clause_is_not_the_move_s(text: str) -> None:
    assert [w for *_, w in _percents(text)] == [None]


def test_the_previous_session_of_the_move_s_own_clause_stays() -> None:
    text = "Gold rose 2% on Tuesday after falling 1.5% in the previous session."
    assert [w for *_, w in _percents(text)] == ["day", "prev"]


def _silver_with_futures() -> Market:
    fix = pd.Series(100.0, index=DAYS)
    fix.iloc[-1] = 90.0
    fix.iloc[-2] = 112.0  # the noon fix before the crash, well above the futures' settle
    fut = pd.Series(100.0, index=DAYS)
    fut.iloc[-1] = 88.0
    ranges = pd.DataFrame({"low": fut * 0.99, "high": fut * 1.01}, index=DAYS)
    ranges.iloc[-1] = [84.0, 101.0]  # the futures' session: as much as -16% from 100
    names = {"silver": "COMEX silver futures (front month, US session)"}
    return Market({"silver": fix, "silver_fut": fut}, {"silver": ranges}, names)


@pytest.mark.parametrize(
    "text",
    [
        "Silver sank as much as 16% on Friday.",
        "Silver tumbled 16% intraday.",
        "Silver slumped as much as 16% during the session.",
    ],
)
def test_an_intraday_extreme_runs_from_the_futures_settlement_before_it(text: str) -> None:
    graded = check_claims(extract_claims(text), DAYS[-1], _silver_with_futures())
    moves = [c for c in graded if c.claim.kind == "percent"]
    assert [c.status for c in moves] == ["confirmed"]
    assert "futures" in moves[0].evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As yields rose, the S&P 500 (-0.7%) and gold (-1.1%) both fell, a third straight "
            "drop from record highs.",
            [("spx", "down", 0.7, None), ("gold", "down", 1.1, None)],
        ),
        (
            "Markets today:\n- Bitcoin (+2.1%) rallied, still 20% below its record high.",
            [("btc", "up", 2.1, "day")],
        ),
    ],
)
def test_a_change_in_parentheses_takes_no_window_of_another_clause(
    text: str, expected: list[tuple[str, str, float, str | None]]
) -> None:
    assert _percents(text) == expected


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gold rose 1%. The Stoxx Europe 600 had its biggest one-day gain since April.", "stoxx"),
        ("Gold held steady. Natural gas futures jumped 4%.", "natural_gas"),
        ("Bitcoin gained 2%. Hong Kong's Hang Seng hit a record high.", "hang_seng"),
        ("Gold rose 1%.\n\u2022 Silver: $33.10 (+1.2%)\n\u2022 Coffee: $3.10 (+2.5%)", "coffee"),
        ("Gold slipped 1%. France's CAC 40 hit a record high.", "cac"),
    ],
)
def test_an_asset_outside_the_store_keeps_its_own_figure(text: str, asset: str) -> None:
    last = extract_claims(text).claims[-1]
    assert last.asset == asset


@pytest.mark.parametrize(
    "text",
    [
        "The Fed held rates. Analysts see a 0.2% monthly gain in core CPI, which would mean an "
        "annual increase of 2.9%.",
        "The Fed held rates. Economists expect a 0.3% monthly rise in PCE prices, or annual "
        "increases of 2.6% and 2.8% respectively.",
    ],
)
def test_the_figures_of_an_economic_release_are_not_the_carried_asset_s(text: str) -> None:
    carried = {"fed_funds", "gold"}
    later = [c for c in extract_claims(text).claims[1:] if c.pct is not None and c.pct > 1.0]
    assert later and not [c for c in later if c.asset in carried]


def test_a_move_after_a_release_said_of_prices_stays_the_asset_s() -> None:
    text = "Gold fell 1%. Ahead of the closely watched CPI report, prices slid another 2%."
    assert _percents(text) == [("gold", "down", 1.0, None), ("gold", "down", 2.0, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver far outshone gold in 2025, headed for annual gains of almost 150%.",
            ("silver", 150.0),
        ),
        ("Bitcoin outperformed ether this quarter, posting a gain of 20%.", ("btc", 20.0)),
        ("Platinum outpaced gold this year, up 60%.", ("platinum", 60.0)),
        ("Silver outpaced gold, which rose 60% this year.", ("gold", 60.0)),
        (
            "So far this year silver is up 40%, easily outpacing the S&P 500, with its 2% gain.",
            None,
        ),
    ],
)
def test_a_figure_after_a_comparison_is_the_subject_s(
    text: str, expected: tuple[str, float] | None
) -> None:
    moves = [(a, pct) for a, _, pct, _ in _percents(text)]
    if expected is None:
        assert moves == [("silver", 40.0), ("spx", 2.0)]
    else:
        assert moves[-1] == expected


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Silver far outshone gold in 2025, its best performance since 1979.", "best:Y"),
        ("Gold is up 25% this year, its best performance since 1979.", "best:Y"),
        ("Bitcoin rose 10% this week, its best performance since March.", "best:W"),
        ("Gold jumped 3% on Tuesday, its biggest gain since 2008.", "best:D"),
        # no period and no window: ranked back to a year, a year's; a day named, a session's
        ("Platinum is headed for its best performance since 1987.", "best:Y"),
        ("Platinum posted its best performance since 2008 on Monday.", "best:D"),
        ("Platinum had its best performance since June.", "best:D"),
    ],
)
def test_a_ranked_move_with_no_period_word_takes_the_sentence_s_window(text: str, op: str) -> None:
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.op for c in records][:1] == [op]


@pytest.mark.parametrize(
    "text",
    [
        "The truce held, weakening gold's traditional role as a refuge.",
        "Rate cuts are strengthening bitcoin's appeal to investors.",
        "Tariff talk weakened the dollar's standing as a haven.",
        "Shorts worth $400 million face liquidation if the top cryptocurrency climbed to $75,000.",
    ],
)
def test_a_figurative_or_conditional_verb_is_no_move(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "move"] == []


def test_a_plain_cause_verb_is_still_a_move() -> None:
    assert _claims("The news weakened the dollar.") == [("move", "dxy", "down", None, "day")]


WEEKS = pd.bdate_range("2026-01-05", "2026-02-06")


def _gold_weeks() -> Market:
    gold = pd.Series(4000.0 + 10.0 * pd.RangeIndex(len(WEEKS)), index=WEEKS)
    gold.loc["2026-01-28"] = 5400.0  # the record, on a Wednesday of the week before
    gold.loc["2026-01-29":] = 4900.0
    return Market({"gold": gold})


@pytest.mark.parametrize(
    "text",
    [
        "Gold was still $500 below last week's record highs.",
        "Gold has slipped 9% since last week's all-time high.",
        "Bullion trades well under the previous week's record peak.",
        # another clause's day word does not take the record's own week
        "Platinum slid the day before, while gold sat $500 below last week's record high.",
    ],
)
def test_a_record_of_last_week_is_graded_on_the_week_before(text: str) -> None:
    records = [
        c
        for c in check_claims(extract_claims(text), WEEKS[-1], _gold_weeks())
        if c.claim.kind == "record"
    ]
    assert [c.status for c in records] == ["confirmed"]
    assert "2026-01-26" in records[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin rose 3% on Tuesday. The rebound follows a slide the previous day, when it hit "
        "a one-week low. In New York trading, the price eased to about $70,800.",
    ],
)
def test_a_glance_back_at_the_previous_day_is_not_carried_to_the_next_sentence(
    text: str,
) -> None:
    last = extract_claims(text).claims[-1]
    assert last.kind == "level" and last.when is None


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("Gold rose on Tuesday and by Thursday traded near $3,100. It then hit $3,120.", 3),
        ("Silver dipped on Monday, then rallied hard on Wednesday. It touched $32.", 2),
    ],
)
def test_a_sentence_with_no_day_continues_the_day_named_last(text: str, weekday: int) -> None:
    last = extract_claims(text).claims[-1]
    assert last.when == ("weekday", weekday)


def test_the_weekdays_of_a_last_week_narrative_are_last_week_s() -> None:
    text = (
        "Gold began last week near $4,100. By Wednesday it traded at $5,400. Bullion then "
        "eased to $4,900 on Friday.\n\nOn Tuesday, gold traded at $4,900."
    )
    ex = extract_claims(text)
    weekdays = [c for c in ex.claims if c.when is not None and c.when[0] == "weekday"]
    assert ["last_week" in c.qualifiers for c in weekdays] == [True, True, False]
    graded = check_claims(ex, pd.Timestamp("2026-02-04"), _gold_weeks())  # a Wednesday
    levels = [c for c in graded if c.claim.kind == "level" and c.claim.when is not None]
    assert [c.status for c in levels] == ["confirmed"] * 3
    assert "2026-01-28" in levels[0].evidence and "2026-02-03" in levels[2].evidence


def test_last_week_said_on_a_weekend_is_the_week_just_ended() -> None:  # a control
    text = "Gold began last week near $4,100. By Wednesday it traded at $4,900."
    ex = extract_claims(text)
    graded = check_claims(ex, pd.Timestamp("2026-02-07"), _gold_weeks())  # a Saturday
    levels = [c for c in graded if c.claim.kind == "level" and c.claim.when is not None]
    assert [c.status for c in levels] == ["confirmed"]
    assert "2026-02-04" in levels[0].evidence


@pytest.mark.parametrize("first", [True, False])
def test_the_scorer_pairs_a_ranked_move_and_a_price_record_each_with_its_label(
    first: bool,
) -> None:
    """Two records of one sentence ("its best day in years, to a record high"): the ranked
    move takes the label that ranks a move, the price record the all-time-high label,
    in whichever order they were found."""
    from leadwatch.claims.check import CheckedClaim
    from leadwatch.claims.evaluate import score_article
    from leadwatch.claims.model import Claim

    text = "Silver had its best session in four years, climbing to a record high."
    ranked = Claim(0, "record", "silver", "best session", "best:D", window="last:4:year")
    high = Claim(0, "record", "silver", "record high", "high")
    found = [
        CheckedClaim(ranked, text, "contradicted", "the best since 2022: no"),
        CheckedClaim(high, text, "confirmed", "a record high that day: yes"),
    ]
    checked = found if first else found[::-1]

    def label(claim: str, status: str) -> dict[str, str]:
        return {"sentence": text, "asset": "silver", "kind": "record", "status": status,
                "claim": claim}  # fmt: skip

    article = {
        "file": "x.txt",
        "published": "2026-03-10",
        "claims": [
            label("silver at an all-time high", "confirmed"),
            label("silver biggest daily gain in four years", "contradicted"),
        ],
    }
    score = score_article(article, text, checked, [(0, len(text))], "2026-03-10")
    assert [m.status for m in score.matches] == ["confirmed", "contradicted"]


def test_a_level_on_a_sunday_is_read_on_the_sessions_around_it() -> None:
    days = pd.bdate_range("2025-03-24", "2025-04-11")
    gold = pd.Series(3300.0, index=days)
    gold.loc["2025-04-04"] = 3050.0  # the Friday close before the Sunday
    market = Market({"gold": gold})
    for text in (
        "Gold opened the week early Sunday evening at $3,030.",
        "Spot gold traded near $3,040 on Sunday.",
    ):
        ex = extract_claims(text)
        graded = check_claims(ex, pd.Timestamp("2025-04-09"), market)
        levels = [c for c in graded if c.claim.kind == "level"]
        assert [c.status for c in levels] == ["confirmed"], levels
        assert "2025-04-04" in levels[0].evidence


def test_a_metal_s_ranked_session_is_also_read_on_its_futures() -> None:
    days = pd.bdate_range("2015-01-01", "2025-10-21")
    steps = pd.Series(0.001, index=days)
    steps.iloc[::7] = -0.02  # an ordinary worst day of -2%
    fix = 2000.0 * (1 + steps).cumprod()
    fut = fix.copy()
    fix.iloc[-1] = fix.iloc[-2] * 0.99  # the noon fix: -1%, before the rout
    fut.iloc[-1] = fut.iloc[-2] * 0.94  # the futures settle 6% lower
    text = "Spot gold posted its steepest one-day drop in over a decade."
    ex = extract_claims(text)
    with_fut = check_claims(ex, days[-1], Market({"gold": fix, "gold_fut": fut}))
    fix_only = check_claims(ex, days[-1], Market({"gold": fix}))
    assert [c.status for c in with_fut if c.claim.kind == "record"] == ["confirmed"]
    assert [c.status for c in fix_only if c.claim.kind == "record"] == ["contradicted"]


def _compared(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.other) for c in extract_claims(text).claims if c.kind == "comparison"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 2%. Silver is among this year's best-performing commodities.",
        "Gold firmed. Silver ranks among the best-performing assets of 2025.",
        "Bitcoin slipped. Ether remains the strongest-performing large token this month.",
    ],
)
def test_a_rank_among_a_group_is_no_comparison_with_the_carried_asset(text: str) -> None:
    assert [other for _, other in _compared(text)] in ([], [None])


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin fell. ETH's outperforming flows show how capital can shift.",
        "Gold slipped. Silver's outperforming inflows drew attention.",
    ],
)
def test_outperforming_flows_are_no_comparison_of_prices(text: str) -> None:
    assert _compared(text) == []


def test_a_named_rival_still_makes_a_comparison() -> None:  # a control
    assert _compared("Gold rose 2%. Silver was the best-performing metal, beating gold.") == [
        ("silver", "gold")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin peaked at $72,000 on Tuesday before sliding.",
        "Bitcoin rallied on Tuesday, topping out at $72,000 in the afternoon.",
    ],
)
def test_a_peak_said_of_a_day_is_that_day_s_top(text: str) -> None:
    days = pd.date_range("2025-01-01", "2025-03-21")  # a Friday
    btc = pd.Series(60000.0, index=days)
    btc.loc["2025-02-03"] = 100000.0  # the year's top, weeks before
    btc.loc["2025-03-18"] = 71800.0  # Tuesday's close
    graded = check_claims(extract_claims(text), days[-1], Market({"btc": btc}))
    records = [c for c in graded if c.claim.kind == "record"]
    assert [c.status for c in records] == ["confirmed"]
    assert "2025-03-18" in records[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. dollar gained slightly.",
        "The dollar index firmed as traders cut bets on rate cuts.",
        "Meanwhile, the greenback was higher.",
    ],
)
def test_a_move_with_no_figure_and_no_time_is_the_session_s(text: str) -> None:
    days = pd.bdate_range("2025-01-01", "2025-05-22")
    dxy = pd.Series([110.0 - 0.1 * i for i in range(len(days))], index=days)  # months of falls
    dxy.iloc[-1] = dxy.iloc[-2] + 0.3  # the session: up
    moves = [
        c
        for c in check_claims(extract_claims(text), days[-1], Market({"dxy": dxy}))
        if c.claim.kind == "move"
    ]
    assert [c.status for c in moves] == ["confirmed"]
    assert "over the session" in moves[0].evidence


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gold slipped. Treasury yields climbed, with the 2-year up 5 basis points.", "yield_2y"),
        ("The 10-year yield rose 4 bps to 4.3%, and the 30-year added 3 bps.", "yield_30y"),
        ("Yields fell across the curve, the 5-year down 6 basis points.", "yield_5y"),
    ],
)
def test_a_maturity_named_short_before_its_move_is_not_the_10_year(text: str, asset: str) -> None:
    moves = [c.asset for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves[-1] == asset


@pytest.mark.parametrize(
    "text",
    ["- 10-year Treasury yield: 4.61% (+0.44%)", "US 10Y: 4.61% (+0.44%)"],
)
def test_a_relative_change_is_read_on_the_session_before_the_article_day_too(text: str) -> None:
    days = pd.bdate_range("2026-05-04", "2026-05-19")
    y10 = pd.Series(4.5, index=days)
    y10.loc["2026-05-15"] = 4.59
    y10.loc["2026-05-18"] = 4.61  # +0.44% relative: the quote of the day before
    y10.loc["2026-05-19"] = 4.67
    market = Market({"yield_10y": y10}, rates=frozenset({"yield_10y"}))
    moves = [
        c for c in check_claims(extract_claims(text), days[-1], market) if c.claim.kind == "percent"
    ]
    assert [c.status for c in moves] == ["confirmed"]
    assert "2026-05-18" in moves[0].evidence


@pytest.mark.parametrize(
    "row",
    [
        "  \u2022 Lean Hogs: $90.10 (-1.2%)",
        "- Sugar: $0.18 (+0.4%)",
        "* Orange Juice: $2.40 (+3.1%)",
    ],
)
def test_a_list_row_with_its_own_label_is_not_the_lead_s_asset(row: str) -> None:
    text = f"Gold and silver extend gains\n\n  \u2022 Silver: $33.10 (+0.51%)\n{row}"
    claims = extract_claims(text).claims
    assert [c.asset for c in claims if c.sentence == claims[-1].sentence] == [None]


def test_a_list_row_labelled_with_a_time_stays_the_lead_s_asset() -> None:  # a control
    text = "Gold's change against a week and a month ago:\n- One week ago: +2.1%\n- YTD: +40%"
    assert [c.asset for c in extract_claims(text).claims] == ["gold", "gold"]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin rose 2%. Its market cap rose 2.5% to $2 trillion.",
        "Bitcoin rose 2%. Its dominance climbed 1.5% this week.",
        "Ether rallied. Its market capitalization jumped 6% to $400 billion.",
        "Bitcoin rose. Its hash rate rose 3%.",
    ],
)
def test_a_quantity_of_the_carried_asset_named_by_a_pronoun_is_not_its_price(text: str) -> None:
    later = extract_claims(text).claims[1:]
    assert [c.pct for c in later if c.kind == "percent" and c.asset in ("btc", "eth")] == []


def test_the_carried_asset_s_own_price_stays_a_move() -> None:  # a control
    assert _percents("Gold rose 1%. Its price has climbed 5% this week.")[-1] == (
        "gold",
        "up",
        5.0,
        "wtd",  # this calendar week
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Gold is down 2% from Monday's close.", "2026-01-26"),
        ("Gold fell 2% from Monday's settlement.", "2026-01-26"),
        ("Gold is 2% lower than on Monday.", "2026-01-26"),
        ("Gold slid 2% over the weekend.", "2026-01-23"),
    ],
)
def test_a_move_from_a_weekday_s_close_runs_from_that_close(text: str, start: str) -> None:
    days = pd.bdate_range("2026-01-12", "2026-01-28")  # a Wednesday
    gold = pd.Series(5000.0, index=days)
    gold.loc["2026-01-27":] = 4900.0  # -2% from Monday's close, in one session
    gold.loc["2026-01-28"] = 4900.0
    gold.loc["2026-01-26"] = 5000.0
    graded = check_claims(extract_claims(text), days[-1], Market({"gold": gold}))
    moves = [c for c in graded if c.claim.kind == "percent"]
    assert [c.status for c in moves] == ["confirmed"]
    assert start in moves[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Gold opened the week at $5,000.",
        "Gold started the week near $5,000 and kept climbing.",
        "Bullion began the month at about $5,000.",
    ],
)
def test_a_level_at_the_start_of_the_week_or_month_is_read_there(text: str) -> None:
    days = pd.bdate_range("2025-12-15", "2026-01-09")  # a Friday
    gold = pd.Series(5000.0, index=days)
    gold.loc["2026-01-06":] = 5400.0  # the rally after the first sessions
    graded = check_claims(extract_claims(text), days[-1], Market({"gold": gold}))
    levels = [c for c in graded if c.claim.kind == "level"]
    assert [c.status for c in levels] == ["confirmed"]
    assert "at the start of the" in levels[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Shares of gold producers climbed 4%.",
        "Bitcoin treasury companies fell 6% on the day.",
        "Gold royalty firms rose 2%.",
        "Silver developers jumped 9% this week.",
    ],
)
def test_companies_of_an_asset_are_not_its_price(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "percent"] == []
