"""Table rows broken one cell a line, joined back before a table is read.

A market note copied out of a web page may lose its rows: each cell lands on a line of its
own, with bare pipes between ("|", "GOLD", "|", "2650.10 | 2641.00 |"). :func:`reflow_rows`
joins such pieces back into one piped row, which ends where a line closing with a pipe is
followed by one opening with a pipe. A cell holding a range written with "to" ("4.25% to
4.50%") is written with a dash, as a table's range cell ("4.25%-4.50%").

Examples
--------
>>> cells = ["| MARKET |", "TODAY", "|", "PRIOR", "|", "|", "GOLD", "|", "2650.10 | 2641.00 |"]
>>> [text for _, text in reflow_rows(list(enumerate(cells)))]
['| MARKET | TODAY | PRIOR |', '| GOLD | 2650.10 | 2641.00 |']
>>> reflow_rows([(0, "Gold rose."), (1, "| Gold | 2,650 | +1% |")])
[(0, 'Gold rose.'), (1, '| Gold | 2,650 | +1% |')]
>>> reflow_rows(list(enumerate(cells)))[1]  # the row under its line of figures
(8, '| GOLD | 2650.10 | 2641.00 |')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

__all__ = ["reflow_rows"]

#: A line that may be one cell of a broken row: short, one cell, no sentence in it.
_PIECE = re.compile(r"[^|.!?]{1,40}")
#: A range of two percentages written with "to": "3.50% to 3.75%".
_TO_RANGE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?%) to (\d+(?:\.\d+)?%)(?=\s*(?:\||$))")
_MAX_PIECES = 12
_DIGIT = re.compile(r"\d")
_Key = TypeVar("_Key")


def _opens_broken(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` opens a row broken one cell a line: a pipe line followed by a
    lone cell, with a bare pipe line among the next few lines."""
    text = lines[i]
    if not text.startswith("|") or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1]
    if nxt.startswith("|") or not _PIECE.fullmatch(nxt):
        return False
    return "|" in lines[i + 1 : i + 4] or text == "|"


def reflow_rows(lines: Sequence[tuple[_Key, str]]) -> list[tuple[_Key, str]]:
    """The lines with every row broken one cell a line joined back (module doc).

    Parameters
    ----------
    lines : Sequence[tuple[_Key, str]]
        The stripped lines (or sentences) of a text, in order, each with its key.

    Returns
    -------
    list[tuple[_Key, str]]
        As many lines or fewer: the pieces of a broken row become one row under the key of
        its last line holding a figure (its first where none does), and the lines they took
        are left out.
    """
    texts = [text for _, text in lines]
    out: list[tuple[_Key, str]] = []
    i = 0
    while i < len(texts):
        if not _opens_broken(texts, i):
            out.append(lines[i])
            i += 1
            continue
        parts, j = [texts[i]], i + 1
        while j < len(texts) and len(parts) < _MAX_PIECES:
            if parts[-1].endswith("|") and texts[j].startswith("|"):
                break
            if not (texts[j] == "|" or _PIECE.fullmatch(texts[j]) or texts[j].endswith("|")):
                break
            parts.append(texts[j])
            j += 1
        row = re.sub(
            r"\|(?:\s*\|)+", "|", " | ".join(p.strip("| ") for p in parts if p.strip("| "))
        )
        key = next(
            (lines[k][0] for k in range(j - 1, i, -1) if _DIGIT.search(texts[k])), lines[i][0]
        )
        out.append((key, _TO_RANGE.sub(r"\1-\2", f"| {row} |")))
        i = j
    return out
