"""Tables whose cells were glued together by a scraper: no pipe, tab or space between them.

A page's table copied as text often loses its cell borders, so a header reads
"Market/Index2024 ClosePrior WeekAs of 3/14Weekly ChangeYTD Change" and a row
"S&P 5005,612.405,590.105,638.940.88%-3.91%". :func:`glued_header` reads such a header
phrase by phrase with the column vocabulary of :mod:`leadwatch.claims.tables`;
:func:`glued_cells` cuts a row into its label and one cell per column by the number format
the header implies: a level or a past value is a number (thousands grouped by commas, a
"$" or a "%" allowed, a range "4.25%-4.50%"), a change a signed number with "%" or a
whole number of basis points ("7 bps"). Every number of a row (basis points apart) has the
same count of decimals; where no such cut fits, the levels may share one count and the
changes, each signed (the sign is the border), another ("S&P 5005,293-10.0%"). A row is
read only when exactly one cut fits; a label that
ends in a number ("Russell 2000", "S&P 500") keeps it only where the number after it
cannot start earlier.

Examples
--------
>>> cols = glued_header("Index2024 CloseAs of 3/14Weekly ChangeYTD Change", _DEMO)
>>> cols
['label', 'past', 'level', 'move:week', 'move:ytd']
>>> glued_cells("Russell 20002,230.162,051.77-1.50%-7.91%", cols[1:])
('Russell 2000', ['2,230.16', '2,051.77', '-1.50%', '-7.91%'])
>>> glued_cells("S&P 5005,293-10.0%", ["level", "move:ytd"])
('S&P 500', ['5,293', '-10.0%'])
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from leadwatch.claims.closecolumns import dated_meaning

__all__ = ["glued_cells", "glued_header"]

#: A cell border a scraper dropped: a lower-case letter or digit, then a capital or digit.
_GLUE = re.compile(r"[a-z][A-Z0-9]|\d[A-Z]|[a-z]\d")
#: The glued form of "As of 3/14": a date of digits ends where the next phrase starts.
_AS_OF = r"as of \d{1,2}/\d{1,2}(?:/\d{2}(?:\d{2})?)?"

_DEMO = (
    (r"(?:the )?(?:markets?|index|indices)(?:/index)?", "label"),
    (r"20\d\d close|prior week", "past"),
    (r"(?:weekly|week) change", "move:week"),
    (r"ytd change", "move:ytd"),
    (r"as of \S+|close", "level"),
)


def glued_header(text: str, columns: Sequence[tuple[str, str]]) -> list[str] | None:
    """The meanings of a header whose column phrases are glued, or ``None``.

    ``columns`` is the vocabulary of (pattern, meaning); the header must start with the
    label column, name at least two more, hold a glued border and nothing else.
    """
    if re.search(r"\||\t|\s{2,}", text) or not _GLUE.search(text):
        return None
    parts = [p.replace(r"as of \S+", _AS_OF) for p, _ in columns]
    phrase = re.compile("|".join(f"(?P<c{i}>{p})" for i, p in enumerate(parts)), re.I)
    pos, meanings = 0, list[str]()
    text = text.strip()
    while pos < len(text):
        m = phrase.match(text, pos)
        if m is None or m.end() == pos:
            return None
        meanings.append(dated_meaning(columns[int((m.lastgroup or "c0")[1:])][1], m.group(0)))
        pos = m.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
    if len(meanings) < 3 or meanings[0] != "label" or "label" in meanings[1:]:
        return None
    if not any(m == "level" or m.startswith(("move:", "close:")) for m in meanings):
        return None
    return meanings


def _number(decimals: int) -> str:
    frac = rf"\.\d{{{decimals}}}" if decimals else r"(?![\d.])"
    return rf"\$?(?:0|[1-9]\d{{0,2}}(?:,\d{{3}})*){frac}"


def _cell_pattern(meaning: str, decimals: int, *, signed: bool = False) -> re.Pattern[str]:
    num = _number(decimals)
    if meaning.startswith("move:"):
        sign = r"[-+\u2212]" if signed else r"[-+\u2212]?"
        return re.compile(rf"{sign}(?:{num}%|\d+ ?bps?(?![a-z]))")
    return re.compile(rf"[-+\u2212]?{num}%?(?:-{num}%?)?")


def _patterns(columns: Sequence[str]) -> Iterator[list[re.Pattern[str]]]:
    """The cell patterns a row may fit: every number with one count of decimals; then,
    where no row fits those, the levels with one count and the changes with another, each
    change signed (its sign is the border: "5,293-10.0%")."""
    for decimals in range(5):
        yield [_cell_pattern(m, decimals) for m in columns]
    yield []  # the uniform reading ends here
    for level, change in ((a, b) for a in range(5) for b in range(5) if a != b):
        yield [
            _cell_pattern(m, change, signed=True)
            if m.startswith("move:")
            else _cell_pattern(m, level)
            for m in columns
        ]


def _parses(text: str, pos: int, pats: list[re.Pattern[str]]) -> list[list[str]]:
    """Every way to cut ``text[pos:]`` into one cell per pattern (at most two returned)."""
    if not pats:
        return [[]] if pos == len(text) else []
    out: list[list[str]] = []
    first, rest = pats[0], pats[1:]
    for end in range(len(text), pos, -1):
        if first.fullmatch(text, pos, end) is None:
            continue
        out += [[text[pos:end], *tail] for tail in _parses(text, end, rest)]
        if len(out) > 1:
            break
    return out[:2]


def _label_cuts(text: str) -> list[int]:
    """Where the label may end: after a letter or a bracket, or inside a number word of
    the label ("S&P 5006,845.50": after "500")."""
    cuts = []
    for i in range(1, len(text)):
        if not (text[i].isdigit() or text[i] in "$-+\u2212"):
            continue
        before = text[:i]
        if not re.search(r"[A-Za-z]", before) or before.endswith(" "):
            continue
        if re.search(r"(?:[A-Za-z)*\]]|\s\d+)$", before):
            cuts.append(i)
    return cuts


def glued_cells(text: str, columns: Sequence[str]) -> tuple[str, list[str]] | None:
    """The label and the cells of a glued row, or ``None`` unless exactly one cut fits."""
    text = text.strip()
    if re.search(r"\||\t|\s{2,}", text) or not re.search(r"\d", text):
        return None
    found: list[tuple[str, list[str]]] = []
    for pats in _patterns(columns):
        if not pats and found:
            break  # a row the uniform reading cuts: the mixed one is not tried
        if not pats:
            continue
        for cut in _label_cuts(text):
            for cells in _parses(text, cut, pats):
                found.append((text[:cut].strip(), cells))
            if len(found) > 1:
                return None
    return found[0] if len(found) == 1 else None
