"""Headings that repeat the prose or title another page: a numbered section title, a date
glued to a listed article's title."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.summary import is_heading


def _by_line(text: str) -> list[tuple[int, str]]:
    """(line number, claim) of every claim graded on prices."""
    out = []
    for c in extract_claims(text).claims:
        if c.kind in ("level", "record", "move", "percent"):
            start = extract_claims(text).sentences[c.sentence].start
            out.append((text[:start].count("\n"), c.describe()))
    return out


@pytest.mark.parametrize("mark", ["3. ", "3) ", ""])
def test_a_numbered_section_title_repeating_a_dated_level_is_the_prose_s(mark: str) -> None:
    text = (
        "Metals Weekly\n\n"
        "On March 6, 2025, platinum buyers hesitated while silver held firmly above $33 "
        "through the whole session in London.\n\n"
        f"{mark}Silver Keeps Its Footing Above $33\n\n"
        "Dealers said demand from industry stayed strong all week long.\n"
    )
    assert [line for line, _ in _by_line(text)] == [2]


def test_a_numbered_section_title_with_a_figure_of_its_own_is_kept() -> None:
    text = (
        "Metals Weekly\n\n"
        "Dealers said demand from industry stayed strong all week long in London.\n\n"
        "2. Silver Keeps Its Footing Above $33\n\n"
        "Buyers came back after the close and stayed for the rest of the day.\n"
    )
    assert [line for line, _ in _by_line(text)] == [4]


@pytest.mark.parametrize(
    "listed",
    [
        "March 4, 2025Silver Outlook: Metal Slips to $31.20 as Traders Wait for the Payrolls",
        "12 June 2024Bitcoin Weekly: Coin Holds Near $67,000 Ahead of the Fed Decision",
    ],
)
def test_a_date_glued_to_a_listed_title_states_nothing(listed: str) -> None:
    text = f"Markets Today\n{listed}\nStocks were little changed on the day, traders said.\n"
    assert _by_line(text) == []


def test_a_date_glued_to_prose_is_no_heading() -> None:
    line = "May 7, 2025The metal rose 1.2% to $3,390 an ounce on Wednesday, dealers said"
    assert not is_heading(line)
