"""Round 5b rules, each tested on several hand-written phrasings of its class: a level and a
record in one phrase, crossings, tops named by their value, elliptical lists, fronted move
nouns, coordinated windows, and figures of assets outside the store."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _facts(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.op, c.level if c.kind in ("level", "record") else c.pct, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("level", "record", "percent")
    ]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("The dollar index slid to a three-year low of 99.26 on Wednesday.", ("dxy", 99.26)),
        ("Ether fell to a 52-week low of $1,410 on Monday.", ("eth", 1410.0)),
        ("Silver climbed to a 13-year high of $32.50 as buyers piled in.", ("silver", 32.5)),
        ("The US dollar index dropped 0.9% to a two-year low of $97.80.", ("dxy", 97.8)),
    ],
)
def test_a_span_extreme_the_move_arrived_at_is_also_the_level_of_the_day(
    text: str, level: tuple[str, float]
) -> None:
    facts = _facts(text)
    assert ("level", level[0], "at", level[1], None) in facts
    assert any(k == "record" and a == level[0] for k, a, *_ in facts)


def test_a_span_extreme_quoted_as_a_reference_is_no_level_of_the_day() -> None:
    facts = _facts("Bitcoin trades 20% above its 52-week low of $49,000.")
    assert not [f for f in facts if f[0] == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold cleared $4,100 this week on haven demand.", ("gold", "break", 4100.0)),
        ("Bitcoin tops $100,000 as ETF buying returns.", ("btc", "break", 100000.0)),
        ("Gold punched through the $3,000 mark on Friday.", ("gold", "break", 3000.0)),
        ("Silver is clearing $40 for the first time since 2011.", ("silver", "break", 40.0)),
        ("Bitcoin slumped on Tuesday and crashed through $60,000.", ("btc", "below", 60000.0)),
        ("Ether tumbled 9% and breached $2,000 overnight.", ("eth", "below", 2000.0)),
        ("Gold rallied and breached $2,500 for the first time.", ("gold", "break", 2500.0)),
    ],
)
def test_crossing_verbs_state_a_level_and_take_the_side_of_the_move(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert [(a, op, x) for k, a, op, x, _ in _facts(text) if k == "level"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Silver climbed past $50 for the first time ever.\n"
        "Futures settled at $50.40, a record high.",
        "Bitcoin crossed $100,000 for the first time in its history.\n"
        "It closed the day at a record high of $101,300.",
    ],
)
def test_a_first_crossing_in_the_lede_is_not_the_record_close_of_the_body(text: str) -> None:
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert sorted(c.sentence for c in records) == [0, 1]


@pytest.mark.parametrize(
    ("text", "asset", "top", "pct"),
    [
        ("Gold is down 10% from the $5,427 peak.", "gold", 5427.0, 10.0),
        ("Bitcoin has dropped 35% from its $126,000 peak.", "btc", 126000.0, 35.0),
        ("Ether is off 40% from the $4,900 all-time high.", "eth", 4900.0, 40.0),
        ("Silver has slid 20% since its $49 record high.", "silver", 49.0, 20.0),
    ],
)
def test_a_top_named_by_its_value_is_a_past_peak_and_the_figure_its_distance(
    text: str, asset: str, top: float, pct: float
) -> None:
    facts = _facts(text)
    assert ("record", asset, "high", top, "peak:at") in facts
    assert ("percent", asset, "down", pct, "peak") in facts
    assert not [f for f in facts if f[0] == "level"]  # the top's value is no price of today


def _moves(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [(a, op, x, w) for k, a, op, x, w in _facts(text) if k == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This year, copper has gained 12%, ether by 30%, and silver by 25%.",
            [("copper", "up", 12.0), ("eth", "up", 30.0), ("silver", "up", 25.0)],
        ),
        (
            "Bitcoin fell 3% on the day, ether 5% and solana 8%.",
            [("btc", "down", 3.0), ("eth", "down", 5.0), ("solana", "down", 8.0)],
        ),
        (
            "Gold slipped 1.2%, silver 2.5% and the dollar index 0.3%.",
            [("gold", "down", 1.2), ("silver", "down", 2.5), ("dxy", "down", 0.3)],
        ),
    ],
)
def test_each_item_of_an_elliptical_list_takes_the_first_verb_and_its_own_asset(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert [(a, op, x) for a, op, x, _ in _moves(text)] == expected


def test_an_elided_item_keeps_the_window_of_the_list() -> None:
    moves = _moves("So far this year, gold has risen by 20%, copper by 9%, and silver by 35%.")
    assert [(a, w) for a, _, _, w in moves] == [
        ("gold", "ytd"),
        ("copper", "ytd"),
        ("silver", "ytd"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Despite a 3.1% weekly decline, gold remains well bid.",
            ("gold", "down", 3.1, "week"),
        ),
        ("After a 6% monthly drop, bitcoin steadied near $60,000.", ("btc", "down", 6.0, "month")),
        ("Following its 12% rally this year, silver paused.", ("silver", "up", 12.0, "ytd")),
    ],
)
def test_a_move_noun_in_an_opening_phrase_is_the_main_subjects(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    assert _moves(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver has gained about 9% in 2026 and roughly 140% for the past year.",
            [("silver", "up", 9.0, "cal:2026"), ("silver", "up", 140.0, "year")],
        ),
        (
            "Ether is up 4% for the past week and 30% in 2025.",
            [("eth", "up", 4.0, "week"), ("eth", "up", 30.0, "cal:2025")],
        ),
        ("Bitcoin has risen 9% for the last month.", [("btc", "up", 9.0, "month")]),
    ],
)
def test_each_coordinated_figure_keeps_its_own_window(
    text: str, expected: list[tuple[str, str, float, str]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gold held steady while the broader crypto market fell 4% on the day.", "crypto_market"),
        ("Ether slipped, and the CoinDesk 20 index dropped 3%.", "cd20"),
        ("Silver rose as the total crypto market cap jumped 6% this week.", "crypto_market"),
    ],
)
def test_a_move_of_the_crypto_market_or_its_index_is_not_a_named_coins(
    text: str, asset: str
) -> None:
    # "held steady" is gold's own flat move (test_flat_moves); the figure is the market's
    assert [a for a, op, *_ in _moves(text) if op != "flat"] == [asset]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Bitcoin fell as Japanese government bond yields jumped to a 17-year high.", "jgb"),
        ("Gold eased while JGB yields climbed to their highest since 2008.", "jgb"),
        ("Silver slipped as German Bund yields rose to a 14-year high.", "bund"),
        ("Bitcoin dipped as UK gilt yields hit a 27-year high.", "gilt"),
    ],
)
def test_a_record_of_another_countrys_bonds_is_not_the_named_assets(text: str, asset: str) -> None:
    records = [c.asset for c in extract_claims(text).claims if c.kind == "record"]
    assert records == [asset]


def test_a_yield_far_from_the_treasurys_is_another_quantity_not_a_contradiction() -> None:
    days = pd.bdate_range("2025-06-02", "2025-10-08")
    market = Market({"yield_10y": pd.Series(4.1, index=days)})
    day = pd.Timestamp("2025-10-08")
    far = check_claims(extract_claims("The 10-year yield touched 1.70%."), day, market)
    near = check_claims(extract_claims("The 10-year yield touched 4.12%."), day, market)
    assert [c.status for c in far] == ["not checkable"]
    assert "far from" in far[0].evidence
    assert [c.status for c in near] == ["confirmed"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver has rocketed 300% from 2024 to $100.", "since:2024"),
        ("Bitcoin has gained 60% from early 2025.", "since:early 2025"),
        ("Gold is up 80% from the start of 2024.", "since:the start of 2024"),
    ],
)
def test_a_move_from_a_year_is_measured_from_that_year(text: str, window: str) -> None:
    assert _moves(text)[0][3] == window


@pytest.mark.parametrize(
    "text", ["Gold rose 30% from 2024 to 2025.", "Silver is 20% below its level from 2024's peak."]
)
def test_a_year_span_or_a_years_peak_is_no_move_from_that_year(text: str) -> None:
    assert all(not (w or "").startswith("since:20") for *_, w in _moves(text))


def _silver() -> Market:
    # 25 through 2023, a climb to 101 by late January 2026, then a crash to 70
    days = pd.bdate_range("2023-12-01", "2026-02-06")
    values = [25.0 + 76.0 * min(1.0, i / 560) for i in range(len(days))]
    values[-5:] = [90.0, 80.0, 75.0, 72.0, 70.0]
    return Market({"silver": pd.Series(values, index=days)})


def test_a_long_move_to_a_stated_past_level_ends_where_the_price_stood_there() -> None:
    day = pd.Timestamp("2026-02-06")
    text = "Silver has rocketed 300% from 2024 to $100."
    moves = [c for c in check_claims(extract_claims(text), day, _silver()) if c.claim.pct]
    assert [c.status for c in moves] == ["confirmed"]  # 25 -> ~100, not 25 -> 70 (+180%)
    assert moves[0].data["end"] < "2026-02-02"
    text = "Silver has rocketed 300% from 2024."  # no level stated: to the date (+180%)
    moves = [c for c in check_claims(extract_claims(text), day, _silver()) if c.claim.pct]
    assert [c.status for c in moves] == ["contradicted"]


@pytest.mark.parametrize(
    "text",
    [
        "Since its 2022 low, gold has outperformed the Nasdaq by about +55%.",
        "Ether has underperformed bitcoin by +12% this year.",
        "Silver beat gold by +15% in 2025.",
    ],
)
def test_the_signed_margin_of_one_asset_over_another_is_no_move_of_either(text: str) -> None:
    assert _moves(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ether was down 9% for the week, after the past week's 4% drop.",
            [("eth", "down", 9.0, "week"), ("eth", "down", 4.0, "before:week")],
        ),
        (
            "Gold rose 3% this month, extending last month's 8% rally.",
            [("gold", "up", 3.0, "mtd"), ("gold", "up", 8.0, "before:month")],
        ),
        ("Silver recouped the prior week's 5% loss.", [("silver", "down", 5.0, "before:week")]),
    ],
)
def test_a_move_of_the_period_before_is_not_one_of_the_current_period(
    text: str, expected: list[tuple[str, str, float, str]]
) -> None:
    assert _moves(text) == expected


def test_the_week_before_is_measured_from_two_weeks_to_one_week_back() -> None:
    days = pd.date_range("2025-09-01", "2025-10-17")
    values = [100.0 if d < pd.Timestamp("2025-10-06") else 90.0 for d in days]
    market = Market({"btc": pd.Series(values, index=days)})
    text = "Bitcoin was flat this week after the past week's 10% drop."
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-10-17"), market)
    moves = [c for c in checked if c.claim.pct == 10.0]
    assert [c.status for c in moves] == ["confirmed"]
    assert (moves[0].data["start"], moves[0].data["end"]) == ("2025-10-03", "2025-10-10")


def test_last_weeks_move_with_no_current_week_named_is_the_week_just_ended() -> None:
    assert _moves("Silver reversed last week's 3% gain.") == [("silver", "up", 3.0, "week")]


def _gold(fix_on_26th: bool) -> Market:
    days = pd.bdate_range("2025-12-01", "2026-01-02")
    fut = pd.Series([4500.0] * (len(days) - 1) + [4290.0], index=days)  # -4.7% on the week
    fix = fut[(fut.index < "2025-12-24") | (fut.index > "2026-01-01")].copy()
    fix.loc[pd.Timestamp("2025-12-23")] = 4380.0  # no fix from Dec 24 to Jan 1
    if fix_on_26th:
        fix.loc[pd.Timestamp("2025-12-26")] = 4380.0
    return Market({"gold": fix.sort_index(), "gold_fut": fut})


@pytest.mark.parametrize(
    ("text", "fix_on_26th", "status"),
    [
        ("Gold fell 4.5% this week.", False, "confirmed"),  # no fix from Dec 24: the futures
        ("Gold fell 4.5% this week.", True, "confirmed"),  # the fix -2.1%: the futures fit
        ("Gold fell 9% this week.", True, "contradicted"),  # neither fits
        ("Gold fell 2% this week.", False, "confirmed"),  # the fixes fit: they stand
    ],
)
def test_a_window_opening_in_a_gap_of_the_fixes_is_read_on_the_futures_too(
    text: str, fix_on_26th: bool, status: str
) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-01-02"), _gold(fix_on_26th))
    assert [c.status for c in checked if c.claim.pct] == [status]


@pytest.mark.parametrize(
    "text",
    [
        "Ether crosses $5,000 mark for the first time ever\n\n"
        "Ether touched a record high of $5,120 overnight before easing.",
        "Silver tops $60 for the first time in history\n\n"
        "The metal set an all-time high of $61.20 on Tuesday.",
    ],
)
def test_a_headlines_first_crossing_is_not_the_bodys_record_high(text: str) -> None:
    records = [c.sentence for c in extract_claims(text).claims if c.kind == "record"]
    assert 0 in records and len(records) == 2


def test_crosses_is_a_crossing_verb() -> None:
    assert [(a, op) for k, a, op, *_ in _facts("Bitcoin crosses $120,000 again.")] == [
        ("btc", "break")
    ]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("At $1,900 an ounce in 2023, gold looked expensive to many.", "cal:2023"),
        ("Bitcoin was quoted at $30,000 in 2023 before the fund approvals.", "cal:2023"),
        ("Silver sat near $24 back in 2024, before the squeeze.", "cal:2024"),
        ("Silver is trading at $80 in 2026 so far.", None),
    ],
)
def test_a_level_said_of_a_year_is_that_years(text: str, window: str | None) -> None:
    assert [w for k, *_, w in _facts(text) if k == "level"] == [window]


def test_a_level_of_a_past_year_is_graded_on_that_year() -> None:
    days = pd.bdate_range("2023-01-02", "2026-02-06")
    gold = pd.Series([1900.0 if d.year == 2023 else 4500.0 for d in days], index=days)
    market, day = Market({"gold": gold}), pd.Timestamp("2026-02-06")
    ok = check_claims(extract_claims("Gold traded at $1,900 in 2023."), day, market)
    wrong = check_claims(extract_claims("Gold traded at $1,900 in 2024."), day, market)
    assert [c.status for c in ok] == ["confirmed"]
    assert [c.status for c in wrong] == ["contradicted"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold slid from about $2,450 to $2,380 in two sessions.", ("gold", "down", "from:2450")),
        ("Bitcoin climbed from $60k to $68k after the data.", ("btc", "up", "from:60000")),
        ("Silver (XAG) rallied from nearly $29 to $31.50.", ("silver", "up", "from:29")),
    ],
)
def test_a_move_stated_by_its_two_prices_is_a_move_from_the_first(
    text: str, expected: tuple[str, str, str]
) -> None:
    moves = [(c.asset, c.op, c.window) for c in extract_claims(text).claims if c.kind == "move"]
    assert moves == [expected]


def test_a_move_between_two_prices_is_measured_from_the_last_day_near_the_first() -> None:
    days = pd.bdate_range("2025-08-01", "2025-09-15")
    gold = pd.Series([2300.0] * (len(days) - 3) + [2450.0, 2420.0, 2385.0], index=days)
    market, day = Market({"gold": gold}), pd.Timestamp("2025-09-15")
    down = check_claims(extract_claims("Gold slid from $2,450 to $2,380."), day, market)
    up = check_claims(extract_claims("Gold rose from $2,450 to $2,500."), day, market)
    moves = [c for c in down + up if c.claim.kind == "move"]
    assert [c.status for c in moves] == ["confirmed", "contradicted"]


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Despite a 10% rally in stocks, gold fell.", "gold"),
        ("Following a 25% surge in mining shares, silver climbed.", "silver"),
        ("After a 3% slide of the yen, bitcoin steadied.", "btc"),
    ],
)
def test_an_opening_move_that_names_what_moved_is_not_the_main_subjects(
    text: str, main: str
) -> None:
    assert [a for a, *_ in _moves(text) if a == main] == []


@pytest.mark.parametrize(
    ("text", "when", "window"),
    [
        (
            "Silver traded near $17 in July 2019. At that time, gold stood at $1,400.",
            ("month", (2019, 7)),
            None,
        ),
        (
            "Ether changed hands at $180 in 2019. At the same time, bitcoin traded at $7,000.",
            None,
            "cal:2019",
        ),
        ("Gold rose 1% on Monday. At the same time, silver traded at $30.", ("weekday", 0), None),
    ],
)
def test_a_level_at_that_time_is_of_the_date_named_before(
    text: str, when: tuple[str, object] | None, window: str | None
) -> None:
    last = [c for c in extract_claims(text).claims if c.kind == "level"][-1]
    assert (last.when, last.window) == (when, window)


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Bitcoin led the crypto market higher, rising 5%.", "btc"),
        ("Bitcoin, the largest asset in the crypto market, rose 3%.", "btc"),
        ("Ether outperformed the broader crypto market, gaining 8%.", "eth"),
    ],
)
def test_the_crypto_market_as_an_object_leaves_the_figure_to_the_coin(
    text: str, asset: str
) -> None:
    assert [a for a, *_ in _moves(text)] == [asset]
