"""The day and window of a move in a sentence that may name several days (pure)."""

from __future__ import annotations

import re
from typing import Any

from leadwatch.claims.text import find_when_at

__all__ = ["day_of"]


#: "the previous session": a day word (yesterday) and a window (the session before the day).
_PREVIOUS = re.compile(r"\bthe (?:previous|prior) (?:day|session|trading day)\b", re.I)


#: The latest quote, whatever day the rest of the sentence speaks of.
_LATEST = re.compile(
    r"\blast (?:trad\w*|quoted|seen|changing hands|up|down|higher|lower|at|indicated)\b"
    r"[^.;,]{0,25}$",
    re.I,
)


def day_of(s: str, pos: int, window: str | None) -> tuple[tuple[str, Any] | None, str | None]:
    """The day and window of the move at ``pos``. A move "in the previous session" is the
    session before another day the sentence names ("rose 2% on Tuesday after falling 1.5%
    in the previous session": Monday's), else yesterday's; never both (that would count
    the session back twice)."""
    at = find_when_at(s, pos)
    if _LATEST.search(s[max(0, pos - 40) : pos]):
        return None, window  # "recovered from a decline on Monday and was last up 1.2%": now
    if window != "prev" or at is None or at[0] != "yesterday":
        return at, window
    other = find_when_at(_PREVIOUS.sub(lambda m: " " * len(m.group(0)), s), pos)
    return (other, window) if other is not None else (at, None)
