"""Comparisons of an asset with its own past level, on hand-written sentences."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.pastlevel import reference_day

DAYS = pd.date_range("2025-12-20", "2026-01-20")  # daily, as bitcoin trades


def _btc(now: float) -> Market:
    close = pd.Series(100.0, index=DAYS)
    close.loc["2025-12-31"] = 96.0  # the year's last close
    close.loc["2026-01-19":] = now
    return Market({"btc": close})


def _comparisons(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    claims = extract_claims(text).claims
    return [(c.asset, c.op, c.pct, c.window) for c in claims if c.kind == "comparison"]


def test_forms_of_a_past_level_are_read_as_comparisons_not_moves() -> None:
    got = extract_claims("Bitcoin is now 6% above its February 2 level.").claims
    assert [(c.kind, c.asset, c.op, c.pct, c.window) for c in got] == [
        ("comparison", "btc", "above", 6.0, "ref:February 2")
    ]
    assert _comparisons("Ether fell. It sits slightly below its Labor Day level of $4,300.") == [
        ("eth", "below", -1.0, "ref:Labor Day")
    ]
    assert _comparisons("Gold remains under where it began the year.") == [
        ("gold", "below", None, "ref:start of the year")
    ]


def test_reference_days_are_the_last_before_the_article() -> None:
    article = pd.Timestamp("2025-08-30")
    assert reference_day("Memorial Day", article) == pd.Timestamp("2025-05-26")
    assert reference_day("Thanksgiving", article) == pd.Timestamp("2024-11-28")
    assert reference_day("December 25", article) == pd.Timestamp("2024-12-25")
    assert reference_day("start of the year", article) == pd.Timestamp("2024-12-31")
    assert reference_day("Flag Day", article) is None


@pytest.mark.parametrize(
    ("text", "now", "status"),
    [
        ("Bitcoin is 4% over its January 1 price.", 104.0, "confirmed"),  # vs 1 Jan 100
        ("Bitcoin is 8% over its January 1 price.", 104.0, "confirmed"),  # vs 31 Dec 96
        ("Bitcoin is 15% over its January 1 price.", 104.0, "contradicted"),
        ("Bitcoin is 3% under its January 1 price.", 104.0, "contradicted"),  # wrong side
        ("Bitcoin is a touch below its January 1 mark.", 98.5, "confirmed"),
        ("Bitcoin is a touch below its January 1 mark.", 90.0, "contradicted"),  # 10%: no
        ("Bitcoin is under where it began the year.", 95.0, "confirmed"),
        ("Bitcoin is under its January 1 close of $150.", 95.0, "contradicted"),  # 150 is off
    ],
)
def test_a_past_level_comparison_is_graded_on_closes(text: str, now: float, status: str) -> None:
    (checked,) = check_claims(extract_claims(text), pd.Timestamp("2026-01-20"), _btc(now))
    assert checked.status == status, checked.evidence
    assert "2026-01-01" in checked.evidence or "2025-12-31" in checked.evidence


def test_a_past_level_comparison_dates_the_article() -> None:
    days = pd.date_range("2025-11-01", "2026-03-31")
    close = pd.Series(100.0, index=days)
    close.loc["2026-01-01"] = 80.0
    close.loc["2026-02-10":"2026-02-11"] = 88.0  # the only days 10% above the 1 January level
    dated = infer_date(
        extract_claims("Bitcoin now stands 10% over its January 1 value."),
        Market({"btc": close}),
    )
    assert dated.date == pd.Timestamp("2026-02-10"), dated.reasoning


def test_a_comparison_with_no_asset_before_it_is_the_subjects() -> None:
    text = "Silver has climbed 20% this year. That still trails gold, up 25%."
    got = [(c.asset, c.op, c.other) for c in extract_claims(text).claims if c.kind == "comparison"]
    assert got == [("silver", "lags", "gold")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Bitcoin sits roughly 3% under its all-time high.", "confirmed"),  # 97 vs a 100 peak
        ("Bitcoin holds marginally under its all-time high above $100.", "confirmed"),
        ("Bitcoin is 20% off its record peak.", "contradicted"),
        ("Bitcoin holds marginally under its all-time high above $150.", "contradicted"),  # 150: no
    ],
)
def test_a_distance_from_the_record_is_a_comparison_with_the_peak(text: str, status: str) -> None:
    close = pd.Series(90.0, index=DAYS)
    close.loc["2026-01-05"] = 100.0  # the record
    close.loc["2026-01-19":] = 97.0
    got = extract_claims(text).claims
    (checked,) = [
        c
        for c in check_claims(extract_claims(text), DAYS[-1], Market({"btc": close}))
        if c.claim.kind == "comparison"
    ]
    assert checked.claim.describe().endswith("below its record high")
    assert checked.status == status, checked.evidence
    assert [c.kind for c in got if c.kind == "comparison"] == ["comparison"]


def test_comparison_verbs_and_a_size_that_is_no_comparison() -> None:
    got = _comparisons("Bitcoin has outshone the S&P 500 year to date.")
    assert [(a, op) for a, op, *_ in got] == [("btc", "outperforms")]
    claims = extract_claims("Silver rose faster than gold this week.").claims
    assert [(c.asset, c.op, c.other, c.window) for c in claims if c.kind == "comparison"] == [
        ("silver", "outperforms", "gold", "week")
    ]
    assert _comparisons("Gold rose more than 2% on Tuesday.") == []


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Silver fell more than gold on Tuesday.", "confirmed"),  # -4% against -1%
        ("Gold fell more than silver on Tuesday.", "contradicted"),
        ("Silver rose faster than gold on Monday.", "confirmed"),  # +2% against +1%
    ],
)
def test_a_comparison_over_a_named_session(text: str, status: str) -> None:
    days = pd.bdate_range("2026-02-27", periods=4)  # Fri, Mon, Tue, Wed
    silver = pd.Series([30.0, 30.6, 29.376, 29.4], index=days)  # Mon +2%, Tue -4%
    gold = pd.Series([4000.0, 4040.0, 3999.6, 4000.0], index=days)  # Mon +1%, Tue -1%
    (checked,) = [
        c
        for c in check_claims(
            extract_claims(text), days[-1], Market({"silver": silver, "gold": gold})
        )
        if c.claim.kind == "comparison"
    ]
    assert checked.status == status, checked.evidence
    assert "over the session of" in checked.evidence


def test_a_session_comparison_with_an_asset_outside_the_store_is_not_checkable() -> None:
    (checked,) = [
        c
        for c in check_claims(
            extract_claims("Bitcoin fell more than copper on Tuesday."),
            DAYS[-1],
            _btc(100.0),
        )
        if c.claim.kind == "comparison"
    ]
    assert checked.status == "not checkable" and "copper" in checked.evidence


def test_a_years_close_is_a_reference_day() -> None:
    article = pd.Timestamp("2025-11-21")
    for ref in ("2024", "end-2024", "2024 year-end"):
        assert reference_day(ref, article) == pd.Timestamp("2024-12-31")
    assert reference_day("2025", article) is None  # not over yet
    assert _comparisons("Bitcoin trades 8% below its 2024 close.") == [
        ("btc", "below", 8.0, "ref:2024")
    ]
    (checked,) = check_claims(
        extract_claims("Bitcoin trades 4% above its 2025 year-end level."),
        pd.Timestamp("2026-01-20"),
        _btc(100.0),  # 96 on 31 December 2025, 100 now: +4.2%
    )
    assert checked.status == "confirmed", checked.evidence
