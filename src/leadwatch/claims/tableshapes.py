"""Table shapes beside the usual one: a units row under the header, the label column last,
a change stated as a span.

A table may give its units in a row of their own under the header ("| | USD | % | % |",
"(USD) (%) (%)"): :func:`units_row` reads it, and a bare figure of a change column
("1.2") is then a percentage or basis points. A table may also name its asset in the last
column ("| Price | 24h % | Asset |"): :func:`label_to_front` moves a row's label to the front,
so the row reads as one of a table whose label column comes first.

A change cell may state a span, hedged ("~+18-20%", a year-to-date guess):
:func:`span_middle` reads it as its middle, which the checker's tolerance (a quarter of the
move) stretches over the whole span.

Examples
--------
>>> span_middle("+18", "-20%"), span_middle("-3", "-5%"), span_middle("4.25%", "-4.50%")
(19.0, -4.0, None)
>>> units_row("| | USD | % | % |"), units_row("Units (USD) (%) (bp)"), units_row("Gold | 2 | 3")
(['', '%', '%'], ['', '%', 'bp'], None)
>>> label_to_front("| $64,210 | +1.2% | Bitcoin |"), label_to_front("64,210 +1.2% S&P 500")
('| Bitcoin | $64,210 | +1.2% |', 'S&P 500 64,210 +1.2%')
"""

from __future__ import annotations

import re

__all__ = ["label_to_front", "span_middle", "units_row"]

_UNIT = re.compile(
    r"\(?(?P<u>usd|us\$|\$|eur|€|gbp|£|jpy|¥|%|pct|percent|bps?|basis points|pts|points"
    r"|index|level|\$/oz|usd/oz)\)?",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}|\s+(?=\()")
_LEAD = re.compile(r"units?|currency|unit of measure|in", re.IGNORECASE)


def units_row(text: str) -> list[str] | None:
    """The unit of each figure column of a units row ("%", "bp" or ""), or ``None``."""
    cells = [c.strip() for c in _SPLIT.split(text.strip().strip("|"))]
    if cells and (not cells[0] or _LEAD.fullmatch(cells[0])):
        cells = cells[1:]
    cells = [c for c in cells if c]
    if len(cells) < 2:
        return None
    out = []
    for cell in cells:
        m = _UNIT.fullmatch(cell)
        if m is None:
            return None
        unit = m.group("u").lower()
        out.append("%" if unit in ("%", "pct", "percent") else "bp" if unit[0] == "b" else "")
    return out


def label_to_front(text: str) -> str:
    """The row with its trailing label cell moved first (the text itself when it has none)."""
    if "|" in text:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if len(cells) > 1 and re.search(r"[A-Za-z]", cells[-1]):
            return "| " + " | ".join([cells[-1], *cells[:-1]]) + " |"
        return text
    m = re.match(r"^(?P<figs>.*[\d%])\s+(?P<label>[A-Za-z(].*)$", text.strip())
    return f"{m.group('label')} {m.group('figs')}" if m else text


def span_middle(first: str, rest: str) -> float | None:
    """The middle of a change stated as a span ("+18" then "-20%": 19.0), signed as its first
    figure; ``None`` unless the span is of percentages with its ends in order."""
    if not rest.endswith("%") or first.endswith("%"):
        return None
    low = float(re.sub(r"[^\d.]", "", first))
    high = float(re.sub(r"[^\d.]", "", rest))
    if not 0 <= low < high:
        return None
    middle = (low + high) / 2
    return -middle if first.strip().startswith(("-", "\u2212")) else middle
