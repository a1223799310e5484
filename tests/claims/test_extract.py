"""Claim extraction, dating and checking on hand-made sentences and series (no store)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.errors import DataError

DAYS = pd.bdate_range("2025-09-01", "2026-01-30")


def _market() -> Market:
    n = len(DAYS)
    silver = pd.Series([40.0 + 0.5 * i for i in range(n)], index=DAYS)  # steady records
    gold = pd.Series([3000.0 + 1.0 * i for i in range(n)], index=DAYS)
    cal = pd.date_range(DAYS[0], DAYS[-1])
    btc = pd.Series([100_000.0 - 50.0 * i for i in range(len(cal))], index=cal)
    dxy = pd.Series([100.0 - 0.01 * i for i in range(n)], index=DAYS)
    rng = pd.DataFrame({"low": silver * 0.98, "high": silver * 1.02})
    return Market({"silver": silver, "gold": gold, "btc": btc, "dxy": dxy}, {"silver": rng})


def _one(sentence: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.asset, c.op) for c in extract_claims(sentence).claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Silver broke through $97 per ounce.", [("level", "silver", "break")]),
        ("XAG is trading at $101 today.", [("level", "silver", "at")]),
        ("Bitcoin is approaching the $84,000 mark.", [("level", "btc", "near")]),
        ("BTC fell below $80k.", [("level", "btc", "below")]),
        ("The metal printed another all-time high.", [("record", "silver", "high")]),
        ("Gold set a record high on Friday.", [("record", "gold", "high")]),
        (
            "Silver has surpassed gold as the top gainer of 2026.",
            [("comparison", "silver", "outperforms")],
        ),
        ("Bitcoin has not followed that path so far.", [("comparison", "btc", "lags")]),
        ("Even so, Bitcoin has lagged gold's advance.", [("comparison", "btc", "lags")]),
        (
            "Those bets have weakened the US dollar and driven real yields lower.",
            [("move", "real_yield_10y", "down"), ("move", "dxy", "down")],
        ),
        ("Silver rose 5% on Friday.", [("percent", "silver", "up")]),
        ("The industry grows at 17% a year.", [("figure", None, None)]),
        (
            "Futures traders keep pricing in Federal Reserve rate cuts.",
            [("expectation", "fed_funds", None)],
        ),
        ("Options traders bought $100,000 call options on Bitcoin.", []),
        ("Why Ether Has Not Joined the Gold Rally", []),
    ],
)
def test_each_pattern(sentence: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert _one(sentence) == expected


def test_relative_dates_and_narratives() -> None:
    ex = extract_claims(
        "Silver rose on Friday. The advance has been gathering pace for months and quickened in "
        "January 2026. Gold rose yesterday."
    )
    assert [c.when for c in ex.claims] == [("weekday", 4), ("month", (2026, 1)), ("yesterday", 1)]
    story = extract_claims("In past cycles, a firm silver market preceded each Bitcoin upswing.")
    assert story.claims[0].kind == "narrative"
    assert story.claims[0].theses == ("silver-leads-bitcoin",)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "Comments\nsilver to $1,000,000 lol",
        "白银价格 突破 行情 😀",
        "<script>alert(1)</script>",
    ],
)
def test_failure_modes_extract_nothing_and_do_not_crash(text: str) -> None:
    assert extract_claims(text).claims == ()


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_any_text_is_accepted(text: str) -> None:
    ex = extract_claims(text)
    assert all(0 <= c.sentence < len(ex.sentences) for c in ex.claims)


def test_dating_from_levels_printed_or_given() -> None:
    m = _market()
    # silver = 40 + 0.5 i: it crosses $70 on the 61st business day
    ex = extract_claims("Silver broke through $70 on Friday, a record high.")
    dated = infer_date(ex, m)
    assert dated.how == "inferred" and dated.date.weekday() == 4
    assert any("broke through $70" in r or "break $70" in r for r in dated.reasoning)
    printed = infer_date(extract_claims("On January 5, 2026 silver hit $101."), m)
    assert (printed.how, str(printed.date.date())) == ("printed", "2026-01-05")
    assert infer_date(ex, m, date="2026-01-02").how == "--date"


@pytest.mark.parametrize(
    "text", ["Bitcoin has not followed.", "", "Silver broke through $5,000 today."]
)
def test_undatable_article_asks_for_date(text: str) -> None:
    with pytest.raises(DataError, match="cannot date") as info:
        infer_date(extract_claims(text), _market())
    assert "--date" in (info.value.fix or "")


def test_checks_confirm_and_contradict() -> None:
    m, day = _market(), pd.Timestamp("2026-01-30")
    text = (
        "Silver hit a record high today. Gold hit a record low today. "
        "Bitcoin has not followed silver. Silver has surpassed gold. Gold has surpassed silver. "
        "That weakened the US dollar. Silver fell 10% today. Silver is at $99 today. "
        "The Fed is expected to cut rates. Ether is at $5. Historically, a strong silver "
        "market preceded every Bitcoin upswing."
    )
    checked = check_claims(extract_claims(text), day, m, {"silver-leads-bitcoin": "supported"})
    got = [(c.claim.kind, c.claim.asset, c.status) for c in checked]
    assert got == [
        ("record", "silver", "confirmed"),
        ("record", "gold", "contradicted"),
        ("comparison", "btc", "confirmed"),
        ("comparison", "silver", "confirmed"),
        ("comparison", "gold", "contradicted"),
        ("move", "dxy", "confirmed"),
        ("percent", "silver", "contradicted"),
        ("level", "silver", "contradicted"),
        ("expectation", "fed_funds", "not checkable"),
        ("level", "eth", "not checkable"),  # named, but not in this market
        ("narrative", "silver", "confirmed"),
    ]
    assert checked[9].evidence.startswith("not in the store: Ether")
    assert "return over the same window" in checked[2].evidence
    assert "prior record close" in checked[0].evidence


def test_missing_series_is_not_checkable() -> None:
    m = Market({"silver": _market().close("silver")})
    checked = check_claims(extract_claims("Bitcoin is at $90,000 today."), DAYS[-1], m)
    assert [c.status for c in checked] == ["not checkable"]
    assert "no data" in checked[0].evidence
