"""A day written with a month's abbreviation and no full stop ("on Jan 30", "since Sep 9",
a house style of wire and Asian outlets) is read as a date without a year, like "on Jan. 30"
and "on January 30"; a year after it, or a hyphenated count, is no such day."""

from __future__ import annotations

import pytest

from leadwatch.claims.text import month_days

#: Own phrasings: verbs, prepositions, a possessive-like noun use, an ordinal, a headline.
DAYS = [
    ("The dollar jumped on Feb 6 after the jobs report.", (2, 6, False)),
    ("Gold set a record of $4,381.20 on Oct 20, traders said.", (10, 20, False)),
    ("Bitcoin has shed 11% since Sep 9.", (9, 9, True)),
    ("Silver extended its Mar 3 gains in Asian hours.", (3, 3, True)),
    ("Ether: Aug 14 close at $4,550", (8, 14, False)),
    ("Stocks reopened on Dec 1 after the long weekend.", (12, 1, False)),
    ("Treasury yields eased into the Jun 12th auction.", (6, 12, True)),
]


@pytest.mark.parametrize(("text", "found"), DAYS)
def test_abbreviated_month_day_read(text: str, found: tuple[int, int, bool]) -> None:
    assert [(m, d, past) for m, d, _words, past in month_days(text)] == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Gold ended Jan 30, 2026 lower.",  # a full date: the printed dates read it
        "Gold in Mar 2026 rose 4%.",
        "The Nov 5-day average slipped.",
        "Prices eased in Jan as the dollar firmed.",
    ],
)
def test_no_yearless_day(text: str) -> None:
    assert month_days(text) == []
