"""Windows of moves in briefings and wraps: a week's move sized beside its noun ("its best
weekly gain (+4.1%) in a year") is the week's, not the superlative's reach; a field whose
value opens with a capitalised move verb ("Nasdaq: Slipped 40 points (-0.2%)") keeps the
move for the asset its label names."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _moves(text: str) -> list[tuple[str | None, float | None, str | None]]:
    ex = extract_claims(text)
    return [(c.asset, c.pct, c.window) for c in ex.claims if c.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "Gold posted its best weekly gain (+4.1%) in a year.",
        "The Nasdaq logged its sharpest weekly advance, 4.1%, since March.",
        "Silver climbed 4.1% for its best weekly gain in six months.",
    ],
)
def test_week_sized_beside_its_noun(text: str) -> None:
    assert [(p, w) for _, p, w in _moves(text)] == [(4.1, "week")]


@pytest.mark.parametrize(
    "text",
    [
        "Gold booked its biggest daily drop (-2.6%) since May.",
        "Bitcoin suffered its worst single-day fall, 2.6%, in a year.",
    ],
)
def test_day_sized_beside_its_noun(text: str) -> None:
    assert [(p, w) for _, p, w in _moves(text)] == [(2.6, "day")]


def test_trailing_span_keeps_its_window() -> None:
    # no move noun beside the figure: the span is its window
    assert [w for _, _, w in _moves("Gold is up 14% in a year.")] == ["year"]
    # the day's move before a comma and "capping its best weekly gain": the day's
    assert [
        w for _, _, w in _moves("Gold rose 1.3% on Friday, capping its best week since May.")
    ] == ["day"]


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("- S&P 500 Index: Added 21.40 points (+0.36%) to end the day at 5,930.10.", "spx"),
        ("- Nasdaq: Slipped 40.1 points (-0.21%) to end at 19,930.10.", "nasdaq"),
        ("Gold: Gained $14 (+0.52%) in the session.", "gold"),
    ],
)
def test_field_verb_is_no_subject(text: str, asset: str) -> None:
    assert {a for a, _, _ in _moves(text)} == {asset}


def test_capitalised_name_after_colon_stays_a_subject() -> None:
    assert {a for a, _, _ in _moves("Gold rose 1%. Markets: Lumber jumped 4% on Monday.")} == {
        "gold",
        "lumber",
    }


def _table(header: str, rows: list[str]) -> list[tuple[str | None, float | None, str | None]]:
    return _moves("Markets in review\n\n" + "\n".join([header, *rows]) + "\n")


@pytest.mark.parametrize(
    "header",
    [
        "Asset Last Week % Week Before % Trend",
        "Market | Prior Week % | Two Weeks Ago % | Signal",
        "Asset Previous Week Chg Week Before Last Chg Notes",
    ],
)
def test_review_table_of_two_calendar_weeks(header: str) -> None:
    sep = " | " if "|" in header else " "
    rows = [
        sep.join(["S&P 500", "+2.10%", "-1.40%", "up"]),
        sep.join(["Gold", "-0.80%", "+1.90%", "fading"]),
    ]
    assert _table(header, rows) == [
        ("spx", 2.1, "calweek:last"),
        ("spx", 1.4, "calweek:prior"),
        ("gold", 0.8, "calweek:last"),
        ("gold", 1.9, "calweek:prior"),
    ]


def test_prior_week_alone_is_a_close_and_yield_shares_are_left() -> None:
    # "Prior Week" without a change word is the week's close, not a move
    found = _table("Asset | Prior Week | Price | Weekly Change", ["Gold | 2,310 | 2,350 | +1.7%"])
    assert found == [("gold", 1.7, "week")]
    # a yield's percent over a calendar week is a share of the rate: not graded as points
    assert (
        _table("Asset Last Week % Week Before % Trend", ["US 10yr Yield +0.05% -1.20% flat"]) == []
    )


def test_prior_calendar_week_span() -> None:
    import pandas as pd

    from leadwatch.claims.spans import resolve_span

    found = resolve_span("calweek:prior", pd.Timestamp("2025-06-11"))  # a Wednesday
    assert found is not None
    assert (found[0].date().isoformat(), found[1].date().isoformat()) == (
        "2025-05-25",
        "2025-06-01",
    )
    found = resolve_span("calweek:prior", pd.Timestamp("2025-06-14"))  # a Saturday
    assert found is not None
    assert found[1].date().isoformat() == "2025-06-07"


@pytest.mark.parametrize(
    ("text", "op", "window"),
    [
        (
            "US stocks rose on Tuesday, marking the fourth consecutive day of upward momentum.",
            "up",
            "streak:D:4",
        ),
        (
            "Gold slipped on Monday, its second straight session of downward pressure.",
            "down",
            "streak:D:2",
        ),
    ],
)
def test_streak_of_momentum_days(text: str, op: str, window: str) -> None:
    found = [(c.op, c.window) for c in extract_claims(text).claims if c.kind == "move"]
    assert found == [(op, window)]


def test_momentum_without_a_streak_is_no_move() -> None:
    text = "Gold has upward momentum, one analyst said, after a second straight day of talks."
    assert [c for c in extract_claims(text).claims if c.kind == "move"] == []
