"""Table columns that state a window's extremes and changes ("7D High", "30D Low").

A quote board often prints the range over a window beside the price: "Coin | Price | 7D
High | 7D Low | Change". :data:`EXTREME_COLUMNS` names such columns (a week or a month:
the range of a day is an intraday figure the daily data cannot settle, and a board's
"52-wk High" is a reference column read without a claim) as
``high:N:unit``/``low:N:unit``; :func:`resolve_columns` then gives a change column that
names no window of its own (``move:any``: "Change", "%") the window of those columns,
and a signed "Volatility" column the same (a signed figure is a change; an unsigned one
is a dispersion and states nothing checkable). :func:`extreme_claim` turns a cell of such
a column into a record claim, the window's highest (lowest) value.

Examples
--------
>>> resolve_columns(["level", "high:7:day", "low:7:day", "move:any"])
['level', 'high:7:day', 'low:7:day', 'move:week']
>>> resolve_columns(["level", "move:any", "spread"])
['level', 'move:day', 'skip']
"""

from __future__ import annotations

from leadwatch.claims.model import Claim

__all__ = ["EXTREME_COLUMNS", "extreme_claim", "resolve_columns"]

#: The windows a range column may name, and the move window each corresponds to.
_WINDOWS: tuple[tuple[str, str, str], ...] = (
    (r"(?:7|seven)[- ]?d(?:ays?)?|(?:1|one)[- ]?w(?:ee)?k|weekly", "7:day", "week"),
    (r"(?:30|thirty)[- ]?d(?:ays?)?|(?:1|one)[- ]?m(?:o(?:nth)?)?|monthly", "30:day", "month"),
)
_MOVE = {span: move for _, span, move in _WINDOWS}

#: (pattern, meaning) of the columns of a window's extremes: "7D High", "52-week low".
EXTREME_COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (rf"(?:{words}) {side}", f"{side}:{span}")
    for words, span, _ in _WINDOWS
    for side in ("high", "low")
)


def resolve_columns(meanings: list[str]) -> list[str]:
    """The meanings with ``move:any`` given the window of the table's extreme columns
    (one window among them; the day when none) and ``spread`` ("Volatility") that window
    as a signed change (``signed:WINDOW``), else ``skip``."""
    spans = {m.split(":", 1)[1] for m in meanings if m.startswith(("high:", "low:"))}
    window = _MOVE[spans.pop()] if len(spans) == 1 else None
    out = []
    for m in meanings:
        if m == "move:any":
            m = f"move:{window or 'day'}"
        elif m == "spread":
            m = f"signed:{window}" if window else "skip"
        out.append(m)
    return out


def extreme_claim(meaning: str, asset: str, index: int, words: str, value: float) -> Claim:
    """The record claim of a cell of an extreme column ("high:7:day": the 7-day high)."""
    side, span = meaning.split(":", 1)
    return Claim(index, "record", asset, words, side, level=value, window=f"last:{span}")
