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
