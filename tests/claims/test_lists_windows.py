"""Windows and assets a list's lead lends its items; 'last N weeks'; two windows in a sentence."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.windows import find_windows


def _moves(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    ex = extract_claims(text)
    return [(c.asset, c.op, c.pct, c.window) for c in ex.claims if c.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "How the big markets did over the past week:\n- Gold slid 2.5%\n- Silver added 1.1%",
        "This week's scorecard for metals.\n\n* Gold slid 2.5%\n* Silver added 1.1%",
        "Weekly performance of the majors, in brief:\n\n1. Gold slid 2.5%\n2. Silver added 1.1%",
        "Performance for the week:\n\u2022 Gold slid 2.5%\n\u2022 Silver added 1.1%",
    ],
)
def test_bullets_take_the_window_of_their_lead(text: str) -> None:
    assert _moves(text) == [("gold", "down", 2.5, "week"), ("silver", "up", 1.1, "week")]


def test_an_item_keeps_its_own_window() -> None:
    text = "Moves this week:\n- Gold slid 2.5%\n- Silver added 11% so far this year"
    assert _moves(text) == [("gold", "down", 2.5, "week"), ("silver", "up", 11.0, "ytd")]


@pytest.mark.parametrize(
    "text",
    [
        "How the silver price compares with earlier dates:\n\nA week ago: -2.4%\n\n"
        "Three months ago: +18.5%",
        "Silver against earlier dates:\n-\nA week ago: -2.4%\n-\nThree months ago: +18.5%",
    ],
)
def test_bare_items_take_the_asset_of_their_lead(text: str) -> None:
    assert _moves(text) == [("silver", "down", 2.4, "week"), ("silver", "up", 18.5, "months")]


def test_prose_after_a_paragraph_is_no_item() -> None:
    text = "Gold gained this week:\n\nSilver fell 3% on Tuesday."
    assert _moves(text)[0][3] != "week"


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Over the last 6 weeks, copper has climbed 12%", "days:42"),
        ("silver is up 9% in the past three weeks", "days:21"),
        ("bitcoin lost 20% during the previous 10 days", "days:10"),
        ("ether has gained 30% over the last two months", "days:61"),  # calendar months
        ("gold is 4% higher than a month ago", "month"),
        ("silver is up 40% from a year ago", "year"),
    ],
)
def test_last_n_units_is_a_window(sentence: str, code: str) -> None:
    assert [w for _, w in find_windows(sentence)] == [code]


def test_a_point_n_weeks_ago_is_no_window() -> None:
    assert find_windows("Two weeks ago, silver traded at $30.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Since the start of the year, gold has climbed 28%, and 4% since the start of March.",
        "So far this year, gold has climbed 28%, with 4% since the start of March.",
    ],
)
def test_an_opening_window_spans_clauses_without_their_own(text: str) -> None:
    got = _moves(text)
    assert got[0] == ("gold", "up", 28.0, "ytd")
    assert got[1][3] == "since:the start of March"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Copper rose to $5.20, taking its 2025 gain to 31%.", "cal:2025"),
        ("Ether trimmed its 2024 rally to 42%.", "cal:2024"),
        ("Silver hit $90 for the first time and is up 61% since the start of 2026.", None),
    ],
)
def test_a_year_named_on_the_move_or_after_a_record_word(text: str, code: str | None) -> None:
    windows = [w for *_, w in _moves(text)]
    assert windows == [code or "since:the start of 2026"]


def test_the_window_of_a_superlative_stays_the_record_s() -> None:
    assert find_windows("gold logged its worst day since 2020") == []


@pytest.mark.parametrize(
    ("code", "start"),
    [
        ("since:mid-December", "2025-12-14"),
        ("since:late October", "2025-10-20"),  # late = from the 21st (windows._part_of_month)
        ("since:early-March", "2025-02-28"),
    ],
)
def test_since_part_of_a_month(code: str, start: str) -> None:
    import pandas as pd

    from leadwatch.claims.windows import resolve_window

    found = resolve_window(code, pd.Timestamp("2026-01-29"))
    assert found is not None and str(found[0].date()) == start
