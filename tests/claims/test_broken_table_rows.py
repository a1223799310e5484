"""Market-note tables whose rows lost their layout, one cell a line with bare pipes
between, read as the rows they were: today's column a level, the previous one no claim,
a "to" range of a rate read as the range (hand-written tables)."""

from __future__ import annotations

from leadwatch.claims import extract_claims
from leadwatch.claims.brokenrows import reflow_rows

_BROKEN = (
    "Morning note.\n\n| MARKETS |\nTODAY\n|\nPRIOR DAY\n|\n|\nS & P 500\n|\n"
    "5812.40 | 5790.15 |\n|\nGOLD\n|\n2650.10 | 2641.00 |\n| EURO | 1.0820 | 1.0790 |\n"
)


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


def test_broken_rows_give_todays_levels() -> None:
    found = _levels(_BROKEN)
    assert ("spx", "at", 5812.4) in found
    assert ("gold", "at", 2650.1) in found
    assert ("eurusd", "at", 1.082) in found
    assert all(level not in (5790.15, 2641.0) for _, _, level in found)  # the prior column


def test_broken_rate_range_row() -> None:
    text = "Rates.\n\n| GENERAL |\nTODAY\n|\nPREVIOUS\n|\n|\nFED FUNDS\n|\n"
    text += "4.25% to 4.50% | 4.25% to 4.50% |\n"
    found = _levels(text)
    assert ("fed_funds", "above", 4.25) in found
    assert ("fed_funds", "below", 4.5) in found


def test_prose_lines_are_not_joined() -> None:
    # negative: a piped row followed by prose lines, with no bare pipe between, stays apart
    lines = ["| Gold | 2,650 |", "Gold rose on the day.", "Silver slipped", "| Oil | 70 |"]
    pairs = list(enumerate(lines))
    assert reflow_rows(pairs) == pairs
