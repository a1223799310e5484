"""Of two adjacent days that tie, the one the text names by its date wins (hand-written
phrasings; day scores as a small synthetic dating run would give them)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.namedpick import named_day_first, named_days

_DAYS = pd.date_range("2026-03-02", "2026-03-09")  # Monday..Monday


def _series(values: dict[str, float]) -> pd.Series:
    out = pd.Series(0.0, index=_DAYS)
    for day, value in values.items():
        out[pd.Timestamp(day)] = value
    return out


@pytest.mark.parametrize(
    ("body", "picked", "score", "words", "expected"),
    [
        # the day after a named date ties with it: the named day
        (
            "Ether lost 6% by 10 a.m. ET on March 5, desks said.",
            "2026-03-06",
            {"2026-03-05": 4.0, "2026-03-06": 4.0},
            {"2026-03-05": 1.0, "2026-03-06": 1.0},
            "2026-03-05",
        ),
        (
            "Gold was quoted at midday on Mar. 3 as buyers stepped in.",
            "2026-03-04",
            {"2026-03-03": 2.5, "2026-03-04": 2.5},
            {"2026-03-03": 0.5, "2026-03-04": 0.5},
            "2026-03-03",
        ),
        # the named day scores less: the pick stands
        (
            "Ether lost 6% by 10 a.m. ET on March 5, desks said.",
            "2026-03-06",
            {"2026-03-05": 3.0, "2026-03-06": 4.0},
            {"2026-03-05": 1.0, "2026-03-06": 1.0},
            "2026-03-06",
        ),
        # a date looked back to is no stamp of the day
        (
            "Ether is at its lowest since March 5, desks said.",
            "2026-03-06",
            {"2026-03-05": 4.0, "2026-03-06": 4.0},
            {},
            "2026-03-06",
        ),
        # both days named: nothing to prefer
        (
            "It fell on March 5 and again on March 6.",
            "2026-03-06",
            {"2026-03-05": 4.0, "2026-03-06": 4.0},
            {"2026-03-05": 1.0, "2026-03-06": 1.0},
            "2026-03-06",
        ),
        # no date named
        (
            "Ether lost 6% in the morning, desks said.",
            "2026-03-06",
            {"2026-03-05": 4.0, "2026-03-06": 4.0},
            {},
            "2026-03-06",
        ),
        # a named Sunday is no publication day: Monday stays
        (
            "Bitcoin slid late on March 8 as the weekend ended.",
            "2026-03-09",
            {"2026-03-08": 4.0, "2026-03-09": 4.0},
            {"2026-03-08": 0.5, "2026-03-09": 0.5},
            "2026-03-09",
        ),
    ],
)
def test_the_named_day_of_two_alike(
    body: str,
    picked: str,
    score: dict[str, float],
    words: dict[str, float],
    expected: str,
) -> None:
    day = pd.Timestamp(picked)
    spell = (pd.Timestamp("2026-03-03"), pd.Timestamp("2026-03-09"))
    got = named_day_first(day, spell, _series(score), _series(words), body)
    assert got == pd.Timestamp(expected)


def test_the_named_day_outside_the_spell_is_not_taken() -> None:
    body = "Ether lost 6% by 10 a.m. ET on March 5, desks said."
    score = _series({"2026-03-05": 4.0, "2026-03-06": 4.0})
    day = pd.Timestamp("2026-03-06")
    assert named_day_first(day, (day, day), score, score * 0, body) == day


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Silver rose on June 25 and held the gain.", {(6, 25)}),
        ("Silver is at its best level since June 2.", set()),
        ("On Friday, January 9, gold set a record.", {(1, 9)}),
    ],
)
def test_named_days(body: str, expected: set[tuple[int, int]]) -> None:
    assert named_days(body) == expected
