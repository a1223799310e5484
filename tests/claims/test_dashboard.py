"""Verbless figures of dashboards and market wraps (quotes in parentheses, ticker lines, rate
changes in points, rates without "%", the broad dollar and breakevens, forecast starts): each
rule tested on hand-written phrasings of its class (issue 15, round 5a)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from tests.claims.extracted import levels as _levels
from tests.claims.extracted import moves as _moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meanwhile the S&P 500 (5,880.10, +0.3% on Monday) held near its highs.", ("spx", 5880.1)),
        ("Gold ($3,012.40, +0.6%) extended its run on Monday.", ("gold", 3012.4)),
        ("Bitcoin ($96,200; -1.1%) lagged the rest of the market.", ("btc", 96200.0)),
        ("The VIX (21.30, +8.2%) jumped as stocks fell.", ("vix", 21.3)),
        ("The dollar index (104.20, -0.2%) was flat on the day.", ("dxy", 104.2)),
        ("Ether (ETH) ($3,250, +2.0%) outpaced the field.", ("eth", 3250.0)),
    ],
)
def test_a_quote_in_parentheses_after_the_asset_is_its_level(
    text: str, expected: tuple[str, float]
) -> None:
    assert expected in _levels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gold (2025) was a year to remember.",
        "Gold (2,650, a level last seen in May) rose.",
        "Silver (+2.1%) led the metals.",
    ],
)
def test_a_parenthesis_that_is_no_quote_gives_no_level(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10-year yield: 4.25% (+0.06)", ("yield_10y", "up", 6.0)),
        ("The 10-year yield closed at 4.38% (-0.05) on Friday.", ("yield_10y", "down", 5.0)),
        ("The 10-year Treasury yield: 4.61% (+0.12%)", ("yield_10y", "up", 12.0)),
        ("Real yields (TIPS): 2.05% (-0.03)", ("real_yield_10y", "down", 3.0)),
        ("The 10-year yield (4.35%, +3 bp) rose.", ("yield_10y", "up", 3.0)),
    ],
)
def test_a_signed_change_after_a_yield_level_is_a_move_in_points(
    text: str, expected: tuple[str, str, float]
) -> None:
    claims = [c for c in extract_claims(text).claims if c.kind in ("percent", "figure")]
    assert [(c.asset, c.op, c.pct) for c in claims] == [expected]
    assert claims[0].qualifiers[0] == "bp"
    assert ("or_rel" in claims[0].qualifiers) == ("%)" in text)  # "(+0.12%)": or a share


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fed Funds Rate is 4.33.", ("fed_funds", 4.33)),
        ("The fed funds rate sits at 4.33 this week.", ("fed_funds", 4.33)),
        ("The 10Y real yield (TIPS) eased to 1.95 (-0.06).", ("real_yield_10y", 1.95)),
        ("10Y breakeven inflation ticked up to 2.41 (+0.02).", ("breakeven_10y", 2.41)),
        ("The 10-year Treasury yield rose to 4.52 on Tuesday.", ("yield_10y", 4.52)),
    ],
)
def test_a_rate_written_without_a_percent_sign_is_its_level(
    text: str, expected: tuple[str, float]
) -> None:
    found = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [(c.asset, c.level) for c in found] == [expected]
    assert found[0].qualifiers == ("bare",)  # the checker drops it where implausible


@pytest.mark.parametrize(
    "text",
    [
        "The Fed meets at 2.30 on Wednesday.",
        "The Fed held its meeting at 2.30 on Wednesday.",
        "The 10-year yield is up 0.12 points from a week ago.",
        "The 10-year yield has risen for 3.5 weeks.",
    ],
)
def test_a_number_near_the_fed_or_a_yield_that_is_no_rate_level(text: str) -> None:
    assert [level for level in _levels(text) if level[1] != 4.25] == []
    assert [m for m in _moves(text) if m[2] is not None] == []  # a range is no change


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Trade Weighted Dollar Index reading rose to 126.40 (+0.8).", "usd_broad"),
        ("The broad dollar index rose to 127.10 on Monday.", "usd_broad"),
        ("The trade-weighted dollar stood at 125.90.", "usd_broad"),
        ("The dollar index fell to 99.10 on Monday.", "dxy"),
        ("Breakevens rose to 2.41% on Tuesday.", "breakeven_10y"),
        ("The Bloomberg Dollar Spot Index rose to 1,270.50 on Monday.", "bbdxy"),
        ("The WSJ Dollar Index fell to 98.20.", "wsj_dollar"),
        ("The effective federal funds rate was 4.33 on Friday.", "fed_funds"),
        ("EFFR: 4.33%", "fed_funds"),
    ],
)
def test_the_broad_dollar_and_breakevens_are_their_own_series(text: str, expected: str) -> None:
    assert [a for a, _ in _levels(text)] == [expected]


def _days(n: int) -> pd.DatetimeIndex:
    return pd.bdate_range("2026-03-02", periods=n)


def test_the_broad_dollar_and_a_rate_change_are_graded_on_their_series() -> None:
    days = _days(5)
    broad = pd.Series([120.0, 120.1, 120.2, 120.3, 120.4], index=days)
    dxy = pd.Series([99.0, 99.1, 99.2, 99.3, 99.4], index=days)
    yields = pd.Series([4.20, 4.22, 4.24, 4.26, 4.31], index=days)
    market = Market({"usd_broad": broad, "dxy": dxy, "yield_10y": yields})
    text = (
        "The trade-weighted dollar gauge climbed to 120.40 (+0.1). "
        "The 10-year yield closed at 4.31% (+0.05) today."
    )
    checked = check_claims(extract_claims(text), days[-1], market)
    graded = {(c.claim.asset, c.claim.kind): c.status for c in checked}
    assert graded == {
        ("usd_broad", "level"): "confirmed",
        ("yield_10y", "level"): "confirmed",
        ("yield_10y", "percent"): "confirmed",
    }
    wrong = "The 10-year yield closed at 4.31% (+0.30) today."
    (_, move) = check_claims(extract_claims(wrong), days[-1], market)
    assert move.status == "contradicted"


@pytest.mark.parametrize(
    ("text", "level", "move"),
    [
        ("BTC $96,200 (-1.1%)", ("btc", 96200.0), ("btc", "down", 1.1)),
        ("S&P 500 5,880.10 +0.3%", ("spx", 5880.1), ("spx", "up", 0.3)),
        ("DXY 104.20 (-0.2%)", ("dxy", 104.2), ("dxy", "down", 0.2)),
        ("VIX 18.41 (+3.2%)", ("vix", 18.41), ("vix", "up", 3.2)),
        ("2Y: 3.95% (-0.02)", ("yield_2y", 3.95), ("yield_2y", "down", 2.0)),
        ("10Y: 4.25% +3bp", ("yield_10y", 4.25), ("yield_10y", "up", 3.0)),
        ("S&P 500 (^GSPC) 5,880.10 (+0.3%)", ("spx", 5880.1), ("spx", "up", 0.3)),
        ("Bitcoin (BTC-USD) $96,200 (-1.1%)", ("btc", 96200.0), ("btc", "down", 1.1)),
        ("Gold 2,650.10 \u25b2 12.30 (0.47%)", ("gold", 2650.1), ("gold", "up", 0.47)),
        ("Silver $31.05 \u25bc 0.42 (1.37%)", ("silver", 31.05), ("silver", "down", 1.37)),
    ],
)
def test_a_ticker_line_gives_the_level_and_its_signed_change(
    text: str, level: tuple[str, float], move: tuple[str, str, float]
) -> None:
    assert _levels(text) == [level]
    assert _moves(text) == [move]


@pytest.mark.parametrize("text", ["Bitcoin Jumps 5% To Record", "Silver 2025 +40% Rally Ahead"])
def test_a_title_cased_heading_is_no_ticker_line(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 10-year yield rose 3 bps to 4.25.", ("yield_10y", 4.25)),
        ("The 10-year Treasury yield fell 5 basis points to 4.21 on Friday.", ("yield_10y", 4.21)),
        ("Real yields climbed by 0.04 percentage points to 2.15.", ("real_yield_10y", 2.15)),
        ("Gold (XAU/USD): 3,012.40 +0.6%", ("gold", 3012.4)),
        ("Bitcoin: 96,200 -1.1%", ("btc", 96200.0)),
    ],
)
def test_a_bare_level_after_a_move_size_or_a_colon(text: str, expected: tuple[str, float]) -> None:
    found = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [(c.asset, c.level) for c in found] == [expected]
    assert found[0].qualifiers == ("bare",)


def test_a_yield_in_a_ticker_line_with_its_change_in_points() -> None:
    assert _levels("US 10-year yield 4.25% +0.05pp") == [("yield_10y", 4.25)]
    assert _moves("US 10-year yield 4.25% +0.05pp") == [("yield_10y", "up", 5.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fed funds market sees the rate easing from 4.33% to 3.75%.",
            ("fed_funds", 4.33),
        ),
        ("Analysts see bitcoin rising from $95,000 to $120,000 by year-end.", ("btc", 95000.0)),
        ("Gold could climb from $2,900 to $3,200 in the coming months.", ("gold", 2900.0)),
        ("The dollar index may slide from 104 to 100.", ("dxy", 104.0)),
    ],
)
def test_a_forecast_from_x_to_y_states_that_the_asset_stands_at_x(
    text: str, expected: tuple[str, float]
) -> None:
    assert _levels(text) == [expected]


def test_a_past_move_from_x_to_y_is_no_forecast() -> None:
    assert _levels("Gold rose from $2,900 to $3,200 last year.") == [("gold", 3200.0)]


def test_a_rate_change_printed_with_a_percent_sign_may_be_a_relative_change() -> None:
    days = pd.bdate_range("2026-03-02", periods=3)
    yields = pd.Series([4.40, 4.40, 4.42], index=days)  # +0.02 points, +0.45% relative
    market = Market({"yield_10y": yields})

    def graded(text: str) -> tuple[str, str]:
        move = next(c for c in check_claims(extract_claims(text), days[-1], market) if c.claim.pct)
        return move.status, move.evidence

    assert graded("The 10-year yield closed at 4.42% (+0.02) today.")[0] == "confirmed"
    status, evidence = graded("The 10-year yield closed at 4.42% (+0.45%) today.")
    assert status == "confirmed" and "relative change" in evidence
    assert graded("The 10-year yield closed at 4.42% (+0.45) today.")[0] == "contradicted"
    assert graded("The 10-year yield closed at 4.42% (+1.50%) today.")[0] == "contradicted"


def test_the_evidence_of_a_rate_or_index_level_has_no_dollar_sign() -> None:
    days = pd.bdate_range("2026-03-02", periods=3)
    market = Market({"yield_10y": pd.Series([4.30, 4.35, 4.40], index=days)})
    (checked,) = check_claims(extract_claims("The 10-year yield is 4.4%."), days[-1], market)
    assert "from 4.40)" in checked.evidence and "$" not in checked.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The S&P 500 (5,880.10 at Friday's close) fell 1% on Monday.", ("spx", 5880.1, 4)),
        ("The VIX (21.30 on Monday) eased.", ("vix", 21.3, 0)),
    ],
)
def test_a_quote_in_parentheses_with_its_own_time(
    text: str, expected: tuple[str, float, int]
) -> None:
    (level,) = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert (level.asset, level.level, level.when) == (
        expected[0],
        expected[1],
        ("weekday", expected[2]),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BTC/USD: 96,200", [("btc", 96200.0)]),
        ("Spot gold: 2,650.40", [("gold", 2650.4)]),
        ("Silver: 31.05 | Gold: 2,650.40", [("silver", 31.05), ("gold", 2650.4)]),
        ("Bitcoin: 2025 was a banner year.", []),
        ("Gold: 3 reasons to buy now.", []),
    ],
)
def test_a_bare_price_after_a_colon_in_a_snapshot_line(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _levels(text) == expected
