"""Round-three extraction rules, each tested on several hand-written phrasings of its
class: windows anchored on parts of months or opening the sentence, dollar moves,
companies named by an asset noun, economic data and headings without figures."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.windows import resolve_window


def _moves(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [
        (c.asset, c.op, c.pct, c.window) for c in extract_claims(text).claims if c.pct is not None
    ]


@pytest.mark.parametrize(
    ("words", "start"),
    [
        ("since:mid-December", "2025-12-14"),
        ("since:mid December", "2025-12-14"),
        ("since:late November", "2025-11-20"),
        ("since:the end of November", "2025-11-29"),
        ("since:early December", "2025-11-30"),
        ("since:the end of 2024", "2024-12-31"),
        ("since:the start of 2025", "2024-12-31"),
    ],
)
def test_part_of_month_windows_are_read(words: str, start: str) -> None:
    found = resolve_window(words, pd.Timestamp("2026-01-29"))
    assert found is not None
    assert found[0] == pd.Timestamp(start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since its record peak, the largest cryptocurrency has fallen 28% and is down 6% YTD.",
            [("btc", "down", 28.0, "peak"), ("btc", "down", 6.0, "ytd")],
        ),
        (
            "Over the past year, silver has climbed 35%, while gold is up 12% this week.",
            [("silver", "up", 35.0, "year"), ("gold", "up", 12.0, "week")],
        ),
        (
            "Since the end of November, ether has dropped 20% and is down 3% this week.",
            [("eth", "down", 20.0, "since:the end of November"), ("eth", "down", 3.0, "week")],
        ),
    ],
)
def test_a_window_opening_the_sentence_is_its_first_figures(
    text: str, expected: list[tuple[str, str, float, str]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Silver topped $100 for the first time and gained about 40% since the start of 2026.",
        "Silver hit a record, the first time above $100, up some 40% since the start of 2026.",
    ],
)
def test_a_figure_between_a_superlative_and_a_window_owns_the_window(text: str) -> None:
    assert ("silver", "up", 40.0, "since:the start of 2026") in _moves(text)


def test_a_superlative_still_owns_its_window() -> None:
    assert _moves("Bitcoin fell 3% on Friday, its worst day since March 2020.") == [
        ("btc", "down", 3.0, "day")
    ]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Top bitcoin treasury company Strategy (MSTR) has lost 8%.", "strategy"),
        ("Shares of bitcoin miner Riot Platforms (RIOT) fell 10%.", "riot platforms"),
        ("Gold producer Newmont (NEM) rose 4% on the day.", "newmont"),
        ("Barrick Gold (GOLD) gained 2% in New York trading.", "barrick gold"),
        ("The bitcoin treasury firm Metaplanet (3350.T) slid 5%.", "metaplanet"),
    ],
)
def test_a_company_described_by_an_asset_noun_is_not_the_asset(text: str, company: str) -> None:
    assert [c.asset for c in extract_claims(text).claims if c.pct] == [company]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Bitcoin (BTC) fell 2% as Coinbase (COIN) dropped.", "btc"),
        ("Spot Gold (XAU) rose 3% on Friday.", "gold"),
        ("Shares of miners fell while bitcoin slid 3%.", "btc"),
    ],
)
def test_an_asset_with_its_own_code_stays_the_asset(text: str, asset: str) -> None:
    assert [c.asset for c in extract_claims(text).claims if c.pct][-1] == asset


@pytest.mark.parametrize(
    "text",
    [
        "The PCE data (a key gauge for the FOMC) showed core prices rose by 3.3%.",
        "The CPI report (closely watched by the Fed) showed prices rose 0.4% in March.",
        "Nonfarm payrolls, a number the Federal Reserve follows closely, rose by 1.2%.",
        "Core inflation, which the Fed targets, rose 2.9% from a year earlier.",
        "The S&P Global manufacturing PMI fell to 50.4, a 17-month low.",
    ],
)
def test_economic_data_is_never_an_assets_figure(text: str) -> None:
    store = {"fed_funds", "spx", "gold"}
    assert not [c for c in extract_claims(text).claims if c.asset in store]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin rose 2%.\n\nMetals Shine as Crypto Stalls Into the Summer\n\nIt fell 3%.",
        "Bitcoin rose 2%.\n\nA Record Run for the Ages\n\nIt fell 3%.",
        "Gold rose 1%.\n\nWhat Comes After the All-Time High\n\nIt fell 3%.",
    ],
)
def test_a_heading_without_a_figure_is_no_claim(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold closed the week at $4,500, climbing by $31.40.", ("gold", "up", 31.4, "week")),
        ("Silver gave up about $1.20 on Tuesday.", ("silver", "down", 1.2, "day")),
        ("Bitcoin slid Thursday, shedding nearly $3,000 in hours.", ("btc", "down", 3000.0, "day")),
        ("Ether is up $150 over the past week.", ("eth", "up", 150.0, "week")),
        ("Gold tacked on $42 an ounce since Friday.", ("gold", "up", 42.0, "since:Friday")),
        ("Bitcoin dropped $2.5k on the day.", ("btc", "down", 2500.0, "day")),
    ],
)
def test_a_move_stated_in_dollars_is_a_move(
    text: str, expected: tuple[str, str, float, str]
) -> None:
    found = [
        (c.asset, c.op, c.pct, c.window)
        for c in extract_claims(text).claims
        if "usd" in c.qualifiers
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ether lost about $150, or 5%, on Monday.",  # the percentage states it
        "Gold surged $350/oz (+7.9%) on the week.",
        "Bitcoin added $50 billion in market value.",
        "Analysts expect silver to climb $5 per ounce.",  # a forecast
        "Gold could rise $200 next week.",
        "Citi sees gold rising $2,700-$3,000 an ounce.",  # a range of targets
    ],
)
def test_no_dollar_move_where_it_is_restated_a_value_or_a_forecast(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if "usd" in c.qualifiers]


def test_a_dollar_move_is_graded_as_a_share_of_the_price_it_started_from() -> None:
    from leadwatch.claims.check import check_claims
    from leadwatch.claims.market import Market

    days = pd.bdate_range("2025-06-02", periods=10)
    gold = pd.Series([100.0] * 9 + [110.0], index=days)
    market = Market({"gold": gold})
    good = extract_claims("Gold rose $10 on the day.")
    bad = extract_claims("Gold fell $10 on the day.")
    assert check_claims(good, days[-1], market)[0].status == "confirmed"
    assert check_claims(bad, days[-1], market)[0].status == "contradicted"
    wrong = extract_claims("Gold rose $40 on the day.")
    assert check_claims(wrong, days[-1], market)[0].status == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "The dollar index is back at 99.1, its best level since the end of November.",
        "Gold sits at $4,100, its highest since the middle of March.",
        "Ether trades at $3,050, up from the start of June.",
    ],
)
def test_a_month_that_starts_a_window_is_not_the_claims_time(text: str) -> None:
    from leadwatch.claims.text import find_when_at

    assert find_when_at(text, text.index(next(w for w in text.split() if w[0] in "$9"))) is None


@pytest.mark.parametrize(
    ("text", "figure", "inside"),
    [
        ("Gold fell 3% (it had touched $5,000 on Monday) to $4,800.", "3%", "$5,000"),
        ("Silver rose 2% (the first gain since Friday's slide) to $31.", "2%", "Friday"),
        ("Bitcoin was at $90,000 (a level last seen on Tuesday) this morning.", "$90,000", None),
    ],
)
def test_a_day_inside_a_parenthesis_dates_only_what_is_inside(
    text: str, figure: str, inside: str | None
) -> None:
    from leadwatch.claims.text import find_when_at

    outside = find_when_at(text, text.index(figure))
    assert outside is None or outside[0] == "today"
    if inside == "$5,000":
        assert find_when_at(text, text.index(inside)) == ("weekday", 0)


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Spot gold cleared $4,000 per troy ounce, a first time in history.", "high"),
        ("Copper rose above $5 for the first time in its 30-year history.", "high"),
        ("Bitcoin crossed $100,000 for the first time on record.", "high"),
        ("Until this week gold had never been above $5,000.", "high"),
        ("Ether had never closed below $100 until that day.", "low"),
    ],
)
def test_a_first_or_never_crossing_is_a_record(text: str, op: str) -> None:
    found = [(c.op, c.window) for c in extract_claims(text).claims if c.kind == "record"]
    assert found == [(op, None)]


def test_never_since_a_year_is_no_record_ever() -> None:
    text = "Ether has never closed below $1,000 since 2021."
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    "text",
    [
        "Within the space of several minutes, gold sank almost 10%.",
        "Silver fell 4% in early European trade.",
        "Ether fell 3% in late New York trading.",
        "Gold dropped 2% during Asian trading hours.",
        "Bitcoin lost 6% within hours.",
    ],
)
def test_intraday_phrases_are_a_session(text: str) -> None:
    assert [c.window for c in extract_claims(text).claims if c.pct] == ["day"]


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Trading near $2,400 an ounce, the yellow metal is up 1%.", "gold", 2400.0),
        ("At $31.20 an ounce, silver sits near a high.", "silver", 31.2),
        ("Gold rose. At $90,000, bitcoin is flat.", "btc", 90000.0),
        ("Changing hands at $3,050, ether held its gains.", "eth", 3050.0),
    ],
)
def test_a_price_in_an_opening_phrase_is_the_main_subjects(
    text: str, asset: str, level: float
) -> None:
    assert (asset, level) in [(c.asset, c.level) for c in extract_claims(text).claims]


def test_an_opening_phrase_with_no_asset_after_it_is_nobodys() -> None:
    assert not extract_claims("After touching $5,000, traders sold gold.").claims


@pytest.mark.parametrize(
    ("text", "assets", "pct"),
    [
        ("Gold and silver both rose 1% on Monday.", {"gold", "silver"}, 1.0),
        ("Bitcoin and ether lost 4% apiece.", {"btc", "eth"}, 4.0),
        ("Gold and bitcoin each gained 2% on the week.", {"gold", "btc"}, 2.0),
        ("Both the S&P 500 and gold have climbed about one percent each.", {"spx", "gold"}, 1.0),
        ("Silver and gold alike slipped three per cent.", {"silver", "gold"}, 3.0),
    ],
)
def test_one_move_shared_by_several_assets_is_each_ones(
    text: str, assets: set[str], pct: float
) -> None:
    found = {(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"}
    assert found == {(a, pct) for a in assets}


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 1% while both stocks and bonds fell.",
        "Gold and silver rose 2% and 3%, respectively.",
        "Gold rose 2%, and silver and ether both fell.",
    ],
)
def test_a_move_is_not_shared_without_a_shared_subject(text: str) -> None:
    found = [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert len(found) == len(set(found)) and ("gold", 2.0) not in found[1:]
    assert len([f for f in found if f[1] == 1.0]) <= 1


@pytest.mark.parametrize(
    ("text", "assets", "pct"),
    [
        (
            "Ether ETH$3,105.20, Solana SOL$140.10 and DOGE$0.1310 shed 4%-5% overnight.",
            {"eth", "solana", "dogecoin"},
            4.0,
        ),
        ("Gold, silver and platinum fell 2% to 3% on Friday.", {"gold", "silver", "platinum"}, 2.0),
        ("Ether, solana and Cardano each fell 7%.", {"eth", "solana", "cardano"}, 7.0),
    ],
)
def test_a_list_of_assets_shares_its_move_and_a_range_is_one_figure(
    text: str, assets: set[str], pct: float
) -> None:
    found = {(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind == "percent"}
    assert found == {(a, "down", pct) for a in assets}


def test_the_upper_end_of_a_range_is_no_second_move() -> None:
    found = [(c.asset, c.op, c.pct) for c in extract_claims("Gold rose 2%-3% today.").claims]
    assert found == [("gold", "up", 2.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The week's top for gold came on Friday ($4,612.50).", [("gold", 4612.5)]),
        (
            "Gold and silver slid to lows ($4,366.00/$71.80) on Thursday.",
            [("gold", 4366.0), ("silver", 71.8)],
        ),
        ("Bitcoin ($88,336) tumbled after the report.", [("btc", 88336.0)]),
    ],
)
def test_a_price_in_parentheses_is_a_level(text: str, expected: list[tuple[str, float]]) -> None:
    found = [(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 2% ($90) today.",
        "Silver climbed by $1.10 ($52.40 at the close).",
        "Gold slid to lows ($4,366/$71.80) on Thursday.",  # one name for two prices
    ],
)
def test_no_level_from_a_move_or_an_unowned_pair_in_parentheses(text: str) -> None:
    assert not [
        c
        for c in extract_claims(text).claims
        if c.kind == "level" and c.level in (90.0, 71.8, 4366.0, 1.1)
    ]
