"""A move's window read from a phrase beside it: its own calendar period in a two-window
sentence, a date before a bare "since", a named quarter, an event dated by its month or
not at all (no window guessed), a connective sentence continuing the one before."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market


def _windows(text: str) -> list[tuple[float | None, str | None]]:
    return [(c.pct, c.window) for c in extract_claims(text).claims if c.pct is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold rose 2% this week and 27% last year.", [(2.0, "week"), (27.0, "calyear:last")]),
        (
            "Silver is up 4% so far this month after a 9% slide last month.",
            [(4.0, "mtd"), (9.0, "calmonth:last")],
        ),
        (
            "Bitcoin has climbed 11% year to date, having lost 6% last quarter.",
            [(11.0, "ytd"), (6.0, "calquarter:last")],
        ),
    ],
)
def test_each_figure_keeps_its_own_period(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert _windows(text) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "The greenback found a floor on 3 June and has firmed since, with the "
            "index roughly 1% higher.",
            "fromday:3 June",
        ),
        ("Ether peaked on March 3 and has slid since, down 14% in all.", "fromday:March 3"),
        ("Gold hit its low in early May; since then, it has rallied 9%.", "since:early May"),
    ],
)
def test_bare_since_runs_from_the_date_before_it(text: str, start: str) -> None:
    (found,) = _windows(text)
    assert found[1] == start, found


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Bitcoin shed 18% for the quarter as Q1 2026 drew to a close.", "part:Q1:2026"),
        ("The third quarter closed with gold up 16%.", "part:Q3"),
        ("In Q2 2025, ether gained 35% over the quarter.", "part:Q2:2025"),
    ],
)
def test_a_named_quarter_is_the_window(text: str, window: str) -> None:
    (found,) = _windows(text)
    assert found[1] == window, found


@pytest.mark.parametrize(
    "text",
    [
        "Ether is 9% higher since the U.S.-China trade war began in May, and silver lost 3%.",
        "Gold is up 12% since the tariffs took effect in April.",
        "Silver has risen 30% since the conflict broke out in late June 2025.",
        "Bitcoin could outperform, having gained 10% during the oil crisis.",
        "Ether lost 40% during the banking turmoil.",
    ],
)
def test_event_windows_are_not_guessed(text: str, market: Market) -> None:
    found = [c for c in extract_claims(text).claims if c.pct is not None]
    assert found and all((c.window or "").startswith("event:") for c in found), found
    checked = check_claims(extract_claims(text), pd.Timestamp("2026-04-06"), market)
    assert {c.status for c in checked if c.claim.pct is not None} == {"not checkable"}


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 1% during the Asian session.",
        "Gold rose 1% during the week.",
        "Bitcoin fell 3% on Monday, extending losses since the halving in April 2024.",
    ],
)
def test_time_spans_are_no_events(text: str) -> None:
    assert not any((w or "").startswith("event:") for _, w in _windows(text))


@pytest.mark.parametrize(
    "second",
    [
        "Meanwhile, the white metal is 12% higher.",
        "By comparison, silver has added 12%.",
        "Similarly, silver has climbed 12%.",
    ],
)
def test_a_connective_carries_the_window_before(second: str) -> None:
    text = f"Bullion is 17% higher year to date on rate-cut bets. {second}"
    assert _windows(text) == [(17.0, "ytd"), (12.0, "ytd")]


@pytest.mark.parametrize(
    "second",
    [
        "Meanwhile, spot silver rose 0.5% to $31.20 an ounce.",  # a level: the day's quote
        "Meanwhile, silver is up 1% today.",  # a time of its own
        "Silver is up 12%.",  # no connective
    ],
)
def test_no_window_carried_without_a_link(second: str) -> None:
    text = f"Bullion is 17% higher year to date. {second}"
    assert all(w != "ytd" for p, w in _windows(text) if p != 17.0)


def test_carried_window_grades_the_move(market: Market) -> None:
    day = pd.Timestamp("2026-03-02")
    silver = market.close("silver")
    ytd = float(silver.loc[:day].iloc[-1] / silver.loc[:"2025-12-31"].iloc[-1] - 1)
    gold = market.close("gold")
    gold_ytd = float(gold.loc[:day].iloc[-1] / gold.loc[:"2025-12-31"].iloc[-1] - 1)
    for size, status in ((ytd, "confirmed"), (ytd * 3 + 0.1, "contradicted")):
        text = (
            f"Bullion is {gold_ytd * 100:.0f}% higher year to date. "
            f"Meanwhile, silver has advanced {size * 100:.1f}%."
        )
        checked = [c for c in check_claims(extract_claims(text), day, market)]
        (s,) = [c for c in checked if c.claim.asset == "silver"]
        assert s.status == status, (text, s.evidence)


def test_a_bare_since_grades_from_that_days_close(market: Market) -> None:
    gold = market.close("gold")
    day, start = pd.Timestamp("2025-06-10"), pd.Timestamp("2025-06-03")
    change = float(gold.loc[:day].iloc[-1] / gold.loc[:start].iloc[-1] - 1)
    for size, status in ((change, "confirmed"), (change * 3 + 0.05, "contradicted")):
        text = f"Gold bottomed on 3 June and has climbed since, up {size * 100:.1f}% in all."
        (c,) = [c for c in check_claims(extract_claims(text), day, market) if c.claim.pct]
        assert c.status == status, (text, c.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Gold {v} {x}% in the past 30 days.",
        "Over the last thirty days, spot gold {v} {x} percent.",
        "Bullion, {d} {x}% over the previous 30 days, steadied.",
    ],
)
def test_thirty_days_are_thirty_days(text: str, market: Market) -> None:
    day = pd.Timestamp("2025-06-11")  # 30 days back is a Monday, a month back a Sunday
    gold = market.close("gold")
    change = float(gold.loc[:day].iloc[-1] / gold.loc[:"2025-05-12"].iloc[-1] - 1)
    month = float(gold.loc[:day].iloc[-1] / gold.loc[:"2025-05-11"].iloc[-1] - 1)
    assert abs(change - month) > 0.02  # the two readings differ
    words = {"v": "rose" if change > 0 else "fell", "d": "up" if change > 0 else "down"}
    said = text.format(x=f"{abs(change) * 100:.1f}", **words)
    (c,) = [c for c in check_claims(extract_claims(said), day, market) if c.claim.pct]
    assert c.status == "confirmed", (said, c.evidence)
