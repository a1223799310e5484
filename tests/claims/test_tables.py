"""Figures in tables: header columns mapped to levels and windowed moves (hand-written tables)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.tables import column_meanings


def _facts(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.op, c.level if c.kind == "level" else c.pct, c.window)
        for c in extract_claims(text).claims
    ]


def test_pipe_table_gives_level_and_windowed_moves() -> None:
    text = (
        "Weekly recap of the markets we follow.\n\n"
        "| Asset | Last | 1D | 1W | YTD |\n"
        "|---|---|---|---|---|\n"
        "| Silver | 32.10 | -0.4% | +2.2% | +11.5% |\n"
        "| Bitcoin | 71,250 | 1.1% | -3.0% | 40.2% |\n"
    )
    facts = _facts(text)
    assert ("level", "silver", "at", 32.1, None) in facts
    assert ("percent", "silver", "down", 0.4, None) in facts
    assert ("percent", "silver", "up", 2.2, "week") in facts
    assert ("percent", "silver", "up", 11.5, "ytd") in facts
    assert ("level", "btc", "at", 71250.0, None) in facts
    assert ("percent", "btc", "down", 3.0, "week") in facts
    assert ("percent", "btc", "up", 40.2, "ytd") in facts


def test_single_spaced_recap_skips_past_columns() -> None:
    text = (
        "Index Year-End Close Prior Week As of 3/14 Weekly Change YTD Change\n"
        "Gold-GC=F $2,100.00 $2,310.50 $2,355.25 1.94% 12.15%\n"
        "10-year Treasuries 3.90% 4.21% 4.33% 12 bps 43 bps\n"
        "Fed funds target rate 5.25%-5.50% 5.25%-5.50% 5.25%-5.50% 0 bps 0 bps\n"
    )
    facts = _facts(text)
    assert ("level", "gold", "at", 2355.25, None) in facts
    assert not any(f[0] == "level" and f[3] in (2100.0, 2310.5) for f in facts)  # the past
    assert ("percent", "gold", "up", 1.94, "week") in facts
    assert ("percent", "gold", "up", 12.15, "ytd") in facts
    assert ("level", "yield_10y", "at", 4.33, None) in facts
    assert ("percent", "yield_10y", "up", 12.0, "week") in facts
    assert ("level", "fed_funds", "above", 5.25, None) in facts
    assert ("level", "fed_funds", "below", 5.5, None) in facts
    assert not any(f[1] == "fed_funds" and f[0] == "percent" for f in facts)  # 0 bps: no move


def test_tab_separated_table_with_change_and_month_columns() -> None:
    text = "Market\tPrice\tChange\t1M\t1Y\nEthereum\t3,420.5\t-2.10%\t8.0%\t-12.4%\n"
    facts = _facts(text)
    assert ("level", "eth", "at", 3420.5, None) in facts
    assert ("percent", "eth", "down", 2.1, None) in facts
    assert ("percent", "eth", "up", 8.0, "month") in facts
    assert ("percent", "eth", "down", 12.4, "year") in facts


def test_rows_end_with_the_table() -> None:
    text = (
        "Asset  Close  1W\nGold  2,950.00  1.5%\n\n"
        "Silver closed at 33 and analysts see 2 reasons 4 caution.\n"
    )
    facts = _facts(text)
    assert ("percent", "gold", "up", 1.5, "week") in facts
    assert not any(f[1] == "silver" and f[2] == "up" and f[4] == "week" for f in facts)


@pytest.mark.parametrize(
    "line",
    [
        "Gold rose 2% last week and silver 3% this month",
        "Prices and changes are shown below",
        "Market update",
    ],
)
def test_prose_is_not_a_header(line: str) -> None:
    assert column_meanings(line) is None


def test_header_columns() -> None:
    assert column_meanings("Asset | Price | 1W | 1M | YTD | 52-wk High") == [
        "label",
        "level",
        "move:week",
        "move:month",
        "move:ytd",
        "skip",
    ]


def test_scorer_pairs_a_label_with_the_claim_quoting_its_figure() -> None:
    from leadwatch.claims.check import CheckedClaim
    from leadwatch.claims.evaluate import score_article
    from leadwatch.claims.model import Claim

    row = "Gold 2,000.00 2,300.00 1.5%"
    past = Claim(0, "level", "gold", "2,000.00", "at", level=2000.0)
    now = Claim(0, "level", "gold", "2,300.00", "at", level=2300.0)
    checked = [
        CheckedClaim(past, row, "contradicted", "year-end read as today"),
        CheckedClaim(now, row, "confirmed", "close 2,301"),
    ]
    label = {
        "file": "x.txt",
        "published": "2025-03-14",
        "claims": [  # the optional year-end label first: it must not take today's claim
            {
                "sentence": row,
                "asset": "gold",
                "kind": "level",
                "status": "confirmed",
                "claim": "gold 2,000.00 at end-2024",
                "optional": True,
            },
            {
                "sentence": row,
                "asset": "gold",
                "kind": "level",
                "status": "confirmed",
                "claim": "gold 2,300.00 on 2025-03-14",
            },
        ],
    }
    score = score_article(label, row, checked, [(0, len(row))], "2025-03-14")
    assert [m.status for m in score.matches] == ["contradicted", "confirmed"]
    only_now = score_article(label, row, checked[1:], [(0, len(row))], "2025-03-14")
    assert [m.status for m in only_now.matches] == [None, "confirmed"]


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Ether slipped to roughly 2,415.50 in early trading.", "eth", 2415.5),
        ("Spot gold was at 2,874.10 an ounce by midday.", "gold", 2874.1),
        ("Bitcoin hit 88,120 before sellers returned.", "btc", 88120.0),
        ("Silver traded near 31.45 on Tuesday.", "silver", 31.45),
    ],
)
def test_bare_number_after_a_level_word_is_a_level(text: str, asset: str, level: float) -> None:
    found = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [(c.asset, c.level, c.qualifiers) for c in found] == [(asset, level, ("bare",))]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin addresses rose to 1,250,000 holders this year.",
        "Gold demand climbed to 1,045.5 tonnes in the quarter.",
        "Silver rose 4% and open interest reached 152,300 contracts.",
        "Bitcoin fell, and the exchange's volume came to 12,400.5.",
        "Gold could rally to 3,500.00 if the Fed cuts.",
        "Ether at 2025 levels looks cheap.",
    ],
)
def test_bare_number_that_is_no_price_is_not_a_level(text: str) -> None:
    assert not [c for c in extract_claims(text).claims if "bare" in c.qualifiers]


def test_checker_drops_an_implausible_bare_number() -> None:
    import pandas as pd

    from leadwatch.claims.check import check_claims
    from leadwatch.claims.market import Market

    days = pd.bdate_range("2025-01-01", periods=60)
    gold = pd.Series(2900.0, index=days)
    market = Market({"gold": gold})
    ok = extract_claims("Gold stood at 2,905.00 on the day.")
    far = extract_claims("Gold stood at 29,050.00 on the day.")
    assert [c.status for c in check_claims(ok, days[-1], market)] == ["confirmed"]
    assert check_claims(far, days[-1], market) == ()
