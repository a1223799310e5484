"""The generalised rules on hand-made sentences and planted series (no store, no dev set)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.text import split_sentences

DAYS = pd.bdate_range("2024-01-01", "2026-01-30")


def _market() -> Market:
    n = len(DAYS)
    gold = pd.Series(2000.0 * np.exp(np.linspace(0, 0.8, n)), index=DAYS)  # steady rise
    silver = pd.Series(
        np.r_[np.linspace(30, 20, n // 2), np.linspace(20, 40, n - n // 2)], index=DAYS
    )
    yld = pd.Series(np.linspace(4.0, 4.5, n), index=DAYS)
    return Market(
        {"gold": gold, "silver": silver, "yield_10y": yld},
        rates=frozenset({"yield_10y"}),
    )


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.op, c.pct or c.level, c.window) for c in extract_claims(text).claims
    ]


def test_sentences_survive_abbreviations() -> None:
    text = "Gold rose 2% as the U.S. dollar fell on Aug. 5. It hit $2,400 in Sept. again."
    assert [s.text for s in split_sentences(text)] == [
        "Gold rose 2% as the U.S. dollar fell on Aug. 5.",
        "It hit $2,400 in Sept. again.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold is up 25% year to date.", [("percent", "gold", "up", 25.0, "ytd")]),
        ("Gold slipped 2% this week.", [("percent", "gold", "down", 2.0, "wtd")]),
        ("Gold has lost 5% over the past month.", [("percent", "gold", "down", 5.0, "month")]),
        ("Gold tumbled 3%.", [("percent", "gold", "down", 3.0, None)]),
        ("Gold was up 0.2 per cent.", [("percent", "gold", "up", 0.2, None)]),
        (
            "Gold and silver have posted gains of 72% and 209% respectively.",
            [("percent", "gold", "up", 72.0, None), ("percent", "silver", "up", 209.0, None)],
        ),
        ("The yellow metal rose 1% year-on-year.", [("percent", "gold", "up", 1.0, "year")]),
        ("Gold's market value is $2.2 trillion.", []),
        ("Gold firmed above US$4,000.", [("level", "gold", "above", 4000.0, None)]),
        ("The 10-year yield rose to 4.125%.", [("level", "yield_10y", "at", 4.125, None)]),
        ("Copper jumped 4% today.", [("percent", "copper", "up", 4.0, "day")]),
        ("Analysts see gold reaching $5,000 next year.", []),
    ],
)
def test_moves_windows_units(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _claims(text) == expected


def test_subject_carried_and_time_scoped_to_its_clause() -> None:
    ex = extract_claims("Bitcoin rallied. It later traded at about $70,411.")
    assert [(c.asset, c.level) for c in ex.claims if c.kind == "level"] == [("btc", 70411.0)]
    ex = extract_claims("Gold, which briefly touched $5,600 on Thursday, has fallen 12% to $4,718.")
    levels = {c.level: c.when for c in ex.claims if c.kind == "level"}
    assert levels == {5600.0: ("weekday", 3), 4718.0: None}


def test_past_records_are_not_todays() -> None:
    kinds = _claims("Gold is down about 33% since the all-time high in October.")
    assert ("record", "gold", "high", None, None) not in kinds
    assert ("percent", "gold", "down", 33.0, "peak:in:October") in kinds


def test_stated_windows_are_checked_over_their_dates() -> None:
    m, day = _market(), DAYS[-1]
    gold = m.close("gold")
    ytd = gold.iloc[-1] / gold.loc[:"2025-12-31"].iloc[-1] - 1
    year = gold.iloc[-1] / gold.loc[: day - pd.DateOffset(years=1)].iloc[-1] - 1
    text = f"Gold is up {ytd:.1%} year to date. Gold rose {year:.1%} over the past year."
    checked = check_claims(extract_claims(text), day, m)
    assert [c.status for c in checked] == ["confirmed", "confirmed"]
    wrong = check_claims(extract_claims(f"Gold is up {3 * year:.0%} year to date."), day, m)
    assert wrong[0].status == "contradicted" and "to date" in wrong[0].evidence


def test_named_asset_outside_the_store_is_named() -> None:
    checked = check_claims(extract_claims("Copper jumped 4% today."), DAYS[-1], _market())
    assert checked[0].status == "not checkable"
    assert checked[0].evidence.startswith("not in the store: copper")


def test_relative_record_uses_the_last_close_beyond_it() -> None:
    m, day = _market(), DAYS[-1]
    # silver fell for a year, then rose: at the end it is above everything since early 2024
    ok = check_claims(extract_claims("Silver hit its highest level since 2024."), day, m)
    assert ok[0].status == "confirmed", ok[0].evidence
    early = DAYS[len(DAYS) // 2 + 40]  # rising again but still below the 2024 start
    no = check_claims(extract_claims("Silver hit a 12-month high."), early, m)
    assert no[0].status == "contradicted", no[0].evidence


def test_dating_survives_a_wrong_claim() -> None:
    rng = np.random.default_rng(0)  # a rough path: a quoted price fits few days
    gold = pd.Series(2000 * np.exp(np.cumsum(rng.normal(0.001, 0.01, len(DAYS)))), index=DAYS)
    m = Market({"gold": gold, "silver": _market().close("silver")})
    records = gold[gold >= gold.cummax()]
    target = records.index[records.index >= DAYS[300]][0]
    text = (
        f"Gold traded at ${gold.loc[target]:,.2f} today. Gold is at a record high today. "
        "Silver traded at $55 today."  # silver never came near $55: a misread number
    )
    dated = infer_date(extract_claims(text), m)
    assert abs((dated.date - target).days) <= 3
    assert any("disagree" in line and "silver" in line for line in dated.reasoning)
    printed = infer_date(extract_claims("On January 5, 2026 gold hit a record high."), m)
    assert printed.how == "printed"


def test_generated_thesis_is_valid_and_saved(tmp_path: Path) -> None:
    from leadwatch.claims.generate import generate_theses, save_theses
    from leadwatch.theses import resolve_thesis

    ex = extract_claims("Historically, bitcoin often follows gold by several weeks.")
    (g,) = generate_theses(ex, "My Article", "2026-01-05")
    assert (g.leader, g.follower, g.lags) == ("gold", "btc", ("1 week", "12 weeks"))
    (path,) = save_theses([g], tmp_path)
    thesis = resolve_thesis(path)
    assert thesis.name == g.name and str(thesis.source.date) == "2026-01-05"
    (outside,) = generate_theses(
        extract_claims("Bitcoin typically follows the Nasdaq by days."), "a", "2026-01-05"
    )
    assert outside.thesis is None and "nasdaq" in outside.note


def test_each_figure_takes_its_own_date_and_since_is_a_window() -> None:
    ex = extract_claims("Bitcoin rose above $80,000 on November 10 and hit $89,000 on November 12.")
    assert [c.when for c in ex.claims if c.kind == "level"] == [
        ("date", (11, 10)),
        ("date", (11, 12)),
    ]
    ex = extract_claims("Ether fell 7% today, below $3,000 for the first time since January 2.")
    assert all(c.when != ("date", (1, 2)) for c in ex.claims)


def test_forecasts_attributes_and_headline_repeats_are_not_reported() -> None:
    assert _claims("Gold will rise by more than 50% in 2025.") == [
        ("figure", "gold", None, 50.0, None)
    ]
    assert _claims("Bitcoin's implied volatility also rose 3%.") == [
        ("figure", "btc", None, 3.0, None)
    ]
    assert _claims("Bitcoin is on the verge of reaching new all-time highs.") == []
    text = "Gold Hits A Record High\nGold hit a record high today, the third this week."
    assert [c.sentence for c in extract_claims(text).claims] == [1]


def test_a_list_of_numbers_goes_to_the_assets_listed_before_it() -> None:
    text = "The Nasdaq fell 3.5%, while the S&P 500 and the Dow were off 3% and 2.5%, respectively."
    got = [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert got == [("nasdaq", 3.5), ("spx", 3.0), ("dow", 2.5)]
