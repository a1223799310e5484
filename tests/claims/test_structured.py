"""Structured text the way data-feed and recap pages print it (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.tables import column_meanings


def _facts(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.op, c.level if c.kind == "level" else c.pct, c.window)
        for c in extract_claims(text).claims
    ]


# Tables with a column of words (a source, a note, a signal) beside the figures.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Asset | Price | 24h Change | Source |\n|---|---|---|---|\n"
            "| Bitcoin | $81,300 | \u2014 | \u2014 |\n| DXY | 99.40 | \u2014 | some-feed.dev |\n",
            [("level", "btc", "at", 81300.0, None), ("level", "dxy", "at", 99.4, None)],
        ),
        (
            "| Market | Last | Chg | Notes |\n| Gold | 4,120.50 | +0.30% | steady bid |\n"
            "| Silver | 31.20 | -1.5% | ETF outflows |\n",
            [("level", "gold", "at", 4120.5, None), ("percent", "silver", "down", 1.5, None)],
        ),
        (
            "| Ticker | Price | Change | Signal |\n| BTC | 96,200 | +1.2% | Bullish |\n"
            "| ETH | 2,510 | -0.4% | Neutral |\n",
            [("level", "btc", "at", 96200.0, None), ("level", "eth", "at", 2510.0, None)],
        ),
        (
            "Asset\tPrice\tChange\tComment\nGold\t$3,350.20\t+0.4%\tsafe-haven bid\n"
            "Bitcoin\t$104,000\t-1.1%\tETF outflows\n",
            [("level", "gold", "at", 3350.2, None), ("percent", "btc", "down", 1.1, None)],
        ),
        (
            "| Instrument | Close | Daily % | Driver |\n| S&P 500 | 5,880.10 | +0.3% | tech |\n"
            "| 10-Year Treasury | 4.38% | +3bp | payrolls |\n",
            [("level", "spx", "at", 5880.1, None), ("level", "yield_10y", "at", 4.38, None)],
        ),
        (  # a row whose cell reads "30 (Fear)" states nothing and does not end the table
            "| Asset | Price | 1W | Source |\n| Fear & Greed | 30 (Fear) | \u2014 | feed |\n"
            "| Ether | $2,480 | -3.2% | feed |\n",
            [("level", "eth", "at", 2480.0, None), ("percent", "eth", "down", 3.2, "week")],
        ),
    ],
)
def test_table_with_a_column_of_words(text: str, expected: list[tuple[object, ...]]) -> None:
    facts = _facts(text)
    for fact in expected:
        assert fact in facts


def test_row_naming_a_ratio_is_no_price() -> None:
    text = (
        "| Asset | Price | Source |\n| Gold/Silver Ratio | 58.5 | feed |\n"
        "| Gold | $4,100 | feed |\n"
    )
    facts = _facts(text)
    assert ("level", "gold", "at", 4100.0, None) in facts
    assert not any(f[3] == 58.5 and f[1] != "price_ratio" for f in facts)  # the ratio's own


def test_column_of_words_needs_a_table_of_figures() -> None:
    assert column_meanings("Asset | Price | Source") == ["label", "level", "text"]
    assert column_meanings("Gold | rallied | strongly | today") is None
    assert column_meanings("Source | Notes | Comment") is None


# Labelled fields under an asset heading (recap cards, data-feed pages, bank notes).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold\nOpening Price (May 12): $3,210/oz\nClosing Price (May 16): $3,190/oz\n"
            "Weekly Loss: -$20/oz\n",
            [
                ("level", "gold", "at", 3210.0, None),
                ("level", "gold", "at", 3190.0, None),
                ("move", "gold", "down", 20.0, "week"),
            ],
        ),
        (
            "Dollar Index (DXY)\nClosing Level: 99.30\nWeekly Loss: -0.9 points\n",
            [("level", "dxy", "at", 99.3, None), ("move", "dxy", "down", 0.9, "week")],
        ),
        (
            "Bitcoin (BTC)\n- Price: $94,100\n- 24h Change: -1.2%\n- 7d Change: +2.9%\n",
            [
                ("level", "btc", "at", 94100.0, None),
                ("percent", "btc", "down", 1.2, None),
                ("percent", "btc", "up", 2.9, "week"),
            ],
        ),
        (
            "Silver price today\nCurrent Price: $31.20 (some-feed.com)\nChange: -1.5%\n"
            "YTD Return: +8.0%\n",
            [
                ("level", "silver", "at", 31.2, None),
                ("percent", "silver", "down", 1.5, None),
                ("percent", "silver", "up", 8.0, "ytd"),
            ],
        ),
        (
            "ETHEREUM\nLast: 2,510.40\nMonthly Gain: 6.3%\n",
            [("level", "eth", "at", 2510.4, None), ("percent", "eth", "up", 6.3, "month")],
        ),
        (
            "10-year Treasury yield\nClose: 4.27%\nWeekly Change: -6 bps\n",
            [
                ("level", "yield_10y", "at", 4.27, None),
                ("percent", "yield_10y", "down", 6.0, "week"),
            ],
        ),
    ],
)
def test_fields_under_an_asset_heading(text: str, expected: list[tuple[object, ...]]) -> None:
    facts = _facts(text)
    for fact in expected:
        assert fact in facts


def test_field_takes_its_date_and_the_nearest_heading() -> None:
    text = "Gold\nClosing Price (May 16): $3,190/oz\n\nSilver\nClosing Price (May 16): $32.30/oz\n"
    found = [(c.asset, c.level, c.when) for c in extract_claims(text).claims]
    assert ("gold", 3190.0, ("date", (5, 16))) in found
    assert ("silver", 32.3, ("date", (5, 16))) in found


@pytest.mark.parametrize(
    "text",
    [
        "Gold\nVolume: 182,300\nOpen interest: 41,250\n",
        "Bitcoin\nHolders: 1,250,000\nHash rate: 610.5\n",
        "Gold\nReference: 3,190\n",
    ],
)
def test_fields_that_are_no_price_state_nothing(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind in ("level", "percent", "move")]


def test_prose_between_blocks_names_the_block_before_it_not_the_next() -> None:
    text = (
        "Markets in the week: gold, bitcoin and the dollar index.\n"
        "Closing Price (May 16): $3,190/oz\nWeekly Gain: +$40/oz\n"
        "Gold posted a strong week as investors sought havens.\n"
        "Closing Price (May 16): $103,500\nWeekly Gain: +$2,400\n"
    )
    found = [(c.asset, c.level or c.pct) for c in extract_claims(text).claims if c.kind != "move"]
    moves = [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "move"]
    assert found == [("gold", 3190.0)] and moves[:1] == [("gold", 40.0)]
    assert all(c.asset != "gold" or c.sentence < 3 for c in extract_claims(text).claims)


def test_an_unheaded_block_takes_its_caption_and_stays_unread_when_ambiguous() -> None:
    captioned = "Closing Price (May 16): $33.10\nWeekly price chart for Silver |\n"
    assert _facts(captioned) == [("level", "silver", "at", 33.1, None)]
    ambiguous = (  # prose opens with an asset both before and after the block
        "Silver slipped as the dollar firmed.\n"
        "Closing Price (May 16): $33.10\n"
        "Gold held steady near its highs.\n"
    )
    assert [f for f in _facts(ambiguous) if f[0] == "level"] == []
    apart = "Closing Price (May 16): $33.10\nTraders were cautious.\nSilver slipped.\n"
    assert [f for f in _facts(apart) if f[0] == "level"] == []  # the next line decides


# A day named in one sentence, taken by the next that says "on the day" or names none.
@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Bitcoin topped $125,000, as recorded on Sunday, October 5, 2025.\n\n"
            "Moreover, the token rose about 2.7% to $125,245 on the day.",
            ("weekday", 6),
        ),
        (
            "Wall Street slumped on Friday, April 4.\n\n"
            "The S&P 500 dropped 6% on the day, its worst session in years.",
            ("date", (4, 4)),  # the day named last
        ),
        (
            "Gold hit an all-time high on Oct. 20. It closed 1.1% higher on the day.",
            ("date", (10, 20)),
        ),
        ("The S&P 500 fell sharply on March 10. It lost 2.7% that day.", ("date", (3, 10))),
        ("Silver jumped on 12 May 2025. The metal ended the session 3% higher.", ("date", (5, 12))),
    ],
)
def test_day_of_the_sentence_before(text: str, when: tuple[str, object]) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves
    assert all(c.when == when for c in moves)


@pytest.mark.parametrize(
    "text",
    [
        "Gold hit a record on Monday.\n\nSilver rose 2%.",  # a new paragraph, no "on the day"
        "Gold hit a record on Monday. It rose 2% this week.",  # a time of its own
        "Bitcoin peaked on October 6. It is down 20% since then.",
    ],
)
def test_no_day_carried(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves
    assert all(c.when is None for c in moves)


# The US stock market and the dollar named as a group or an alias.
@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("U.S. stocks gained more than 1% after the speech.", "spx"),
        ("US equities fell 0.8% on Tuesday.", "spx"),
        ("American shares closed 0.4% higher.", "spx"),
        ("Wall Street's benchmark rose 0.8% on Tuesday.", "spx"),
        ("Wall Street's main index closed 0.5% higher.", "spx"),
        ("The U.S. currency weakened 0.5% against a basket of peers.", "dxy"),
        ("The ICE Dollar Index (DXY) is up 0.4% so far this year.", "dxy"),
        ("The greenback slipped 0.3% on Friday.", "dxy"),
    ],
)
def test_group_and_alias_subjects(text: str, asset: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [c.asset for c in moves] == [asset]


@pytest.mark.parametrize(
    "text",
    [
        "European stocks fell 0.8% on Tuesday.",
        "U.S. stock futures rose 0.3% before the open.",
        "Wall Street banks cut 5% of their staff.",
    ],
)
def test_other_markets_are_not_the_sp500(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.asset == "spx"]


def test_the_market_as_a_group_needs_a_figure() -> None:
    text = "American equities sank early on Tuesday as a rout spread. The S&P 500 fell."
    assert [(c.asset, c.words) for c in extract_claims(text).claims if c.kind == "move"] == [
        ("spx", "S&P 500 fell")
    ]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Meanwhile, the ICE U.S. Dollar Index (DXY) rose 0.4% this year.", "dxy"),
        ("Elsewhere, the CBOE Volatility Index (VIX) fell 3% on the day.", "vix"),
        ("Separately, LBMA Gold (XAU) slipped 0.2% on the day.", "gold"),
        ("Shares of Barrick Gold (GOLD) fell 3% on the day.", "barrick gold"),
    ],
)
def test_an_asset_with_its_own_code_is_no_company(text: str, asset: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [c.asset for c in moves] == [asset]


@pytest.mark.parametrize(
    "text",
    [
        "The dollar slipped, while precious metals hit record highs.",
        "Treasury yields eased, and precious metals pulled back from their record highs.",
        "Bitcoin was flat as precious metals notched fresh all-time highs.",
    ],
)
def test_a_groups_record_is_not_the_asset_named_before(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "assets"),
    [
        ("Spot silver at $78.25 (source: gold-api.com) was flat.", {"silver"}),
        ("Ether fell 3% to $2,480, per data from bitcoin.com.", {"eth"}),
        ("The dollar index rose 0.3% (via silverprice.org charts).", {"dxy"}),
        ("Silver rose 1% (gold-api.com), and gold rose 0.5% (gold-api.com).", {"silver", "gold"}),
    ],
)
def test_a_source_address_names_no_asset(text: str, assets: set[str]) -> None:
    assert {c.asset for c in extract_claims(text).claims} == assets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| | Price | Change |\n|---|---|---|\n| Gold | $3,350 | +0.4% |\n",
            [("level", "gold", "at", 3350.0, None), ("percent", "gold", "up", 0.4, None)],
        ),
        (
            "| Commodity | Price (USD) | Daily Change |\n| Silver | $31.20/oz | \u25b20.4% |\n"
            "| Gold | $3,350.20/oz | \u25bc0.2% |\n",
            [("level", "silver", "at", 31.2, None), ("percent", "gold", "down", 0.2, None)],
        ),
        (
            "| Asset | Last | Change (%) |\n| Ether | 2,510.40 | -1.10 |\n"
            "| Bitcoin | 96,200 | 0.8% |\n",
            [("level", "eth", "at", 2510.4, None), ("percent", "btc", "up", 0.8, None)],
        ),
    ],
)
def test_table_header_units_and_arrows(text: str, expected: list[tuple[object, ...]]) -> None:
    facts = _facts(text)
    for fact in expected:
        assert fact in facts


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("The blue-chip index rose 0.2% on Monday.", "dow"),
        ("The tech-heavy index fell 1.1% on Monday.", "nasdaq"),
        ("The bellwether cryptocurrency rose 3% on Monday.", "btc"),
        ("The world's most valuable cryptocurrency fell 2% on Monday.", "btc"),
        ("Gold hit a record. The safe-haven metal rose 1% on Monday.", "gold"),
    ],
)
def test_described_subjects(text: str, asset: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert [c.asset for c in moves] == [asset]


@pytest.mark.parametrize(
    ("text", "asset", "window"),
    [
        ("The dollar firmed, and gold retreated from its record high.", "dxy", "day"),
        (
            "Treasury yields eased, while precious metals slipped from their peaks.",
            "yield_10y",
            "day",
        ),
        ("Gold and silver rose this week.", "gold", "wtd"),  # the calendar week to date
        ("Bitcoin fell this week, dragging ether lower.", "btc", "wtd"),
    ],
)
def test_a_window_of_another_clause_is_not_the_moves(text: str, asset: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "move" and c.asset == asset]
    assert [c.window for c in moves] == [window]


def test_index_fields_under_a_heading() -> None:
    text = "US Dollar Index (DXY)\nOpening Index (May 12): 101.10\nClosing Index (May 16): 100.40\n"
    found = [(c.asset, c.level, c.when) for c in extract_claims(text).claims]
    assert ("dxy", 101.1, ("date", (5, 12))) in found
    assert ("dxy", 100.4, ("date", (5, 16))) in found
