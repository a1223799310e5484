"""Figures in tables: rows with no verb under a column header ("Asset | Price | 1W | YTD").

:func:`table_claims` finds header rows among an article's sentences, maps each column to
what it holds, and turns every following row whose first cell names an asset into
claims: the current level (``Price``, ``Last``, ``Close``, ``As of 10/17``) and one
move per change column with its window (``1D``, ``Weekly Change``, ``1M``, ``YTD``,
``1Y``). Columns of the past (``2024 Close``, ``Prior Week``) and ranges (``High``,
``Low``, ``4.00%-4.25%``) are read but state no claim. Cells are split on pipes, tabs
or runs of spaces; a header written with single spaces is read phrase by phrase, and
its rows must then hold one figure per column.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> text = "Asset | Last | 1W | YTD\\nSilver | 31.20 | -1.5% | +8.0%\\n"
>>> found = table_claims(list(split_sentences(text)))
>>> [(c.kind, c.asset, c.op, c.level, c.pct, c.window) for c in found[1]]
[('level', 'silver', 'at', 31.2, None, None), ('percent', 'silver', 'down', None, 1.5, \
'week'), ('percent', 'silver', 'up', None, 8.0, 'ytd')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from leadwatch.claims.assets import find_assets
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import YEAR_RE

__all__ = ["column_meanings", "table_claims"]

#: Column phrases, most specific first: (pattern, meaning). A meaning is ``label``,
#: ``level``, ``past``, ``skip`` or ``move:WINDOW``.
_COLUMNS: tuple[tuple[str, str], ...] = (
    (
        r"(?:the )?(?:markets?|index|indices|assets?|instruments?|security|securities|names?"
        r"|tickers?|commodity|commodities|symbols?)(?:/(?:index|asset|market))?",
        "label",
    ),
    (
        rf"(?:{YEAR_RE}|year[- ]end|prior|previous|prev\.?|last) (?:close|week|month|year)",
        "past",
    ),
    (r"(?:52[- ]?w(?:ee)?k |day'?s |daily |intraday )?(?:high|low)", "skip"),
    (
        r"(?:1|one)[- ]?d(?:ay)?|daily(?: change| chg| %| return)?|(?:day|24h) (?:change|chg|%)",
        "move:day",
    ),
    (
        r"(?:1|one)[- ]?w(?:ee)?k?|weekly(?: change| chg| %| return)?|week (?:change|chg|%)",
        "move:week",
    ),
    (
        r"(?:1|one)[- ]?m(?:o(?:nth)?)?|monthly(?: change| chg| %| return)?|month (?:change|chg|%)",
        "move:month",
    ),
    (r"(?:3|three)[- ]?m(?:o(?:nths?)?)?", "move:months"),
    (r"ytd(?: change| chg| %| return)?|year[- ]to[- ]date", "move:ytd"),
    (r"(?:1|one)[- ]?y(?:ea)?r?|12[- ]?m(?:onths?)?|yearly(?: change| chg| %)?", "move:year"),
    (r"%? ?(?:change|chg\.?)(?: %)?|%", "move:day"),
    (r"as of \S+|price|last|close|level|current|latest|value|spot", "level"),
)
_COLUMN_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_COLUMNS)) + r")(?!\w)",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{2,}")
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<num>[-+\u2212]?\$?\d[\d,]*(?:\.\d+)?)(?P<unit>%|\s?bps?\b)?"
    r"(?P<range>-\$?\d[\d,]*(?:\.\d+)?%?)?"
)
_RULE = re.compile(r"^[\s|:\-=+]*$")


def column_meanings(header: str) -> list[str] | None:
    """The meaning of each column of a header row, or ``None`` when it is not a header.

    >>> column_meanings("Asset | 2024 Close | Prior Week | As of 3/14 | Weekly Change | YTD Chg")
    ['label', 'past', 'past', 'level', 'move:week', 'move:ytd']
    >>> column_meanings("Gold rose 2% last week") is None
    True
    """
    cells = [c for c in _SPLIT.split(header.strip().strip("|")) if c]
    if len(cells) < 3:
        cells = [header.strip()]
    meanings: list[str] = []
    for cell in cells:
        pos, found = 0, []
        for m in _COLUMN_RE.finditer(cell):
            if cell[pos : m.start()].strip(" /:-"):
                return None  # words that name no column: prose
            found.append(_COLUMNS[int((m.lastgroup or "c0")[1:])][1])
            pos = m.end()
        if cell[pos:].strip(" /:-") or pos == 0:
            return None
        if len(cells) > 1 and len(set(found)) == 1:
            found = found[:1]  # "Last price": one column named twice
        meanings += found
    useful = sum(m == "level" or m.startswith("move:") for m in meanings)
    return meanings if len(meanings) >= 3 and useful >= 1 else None


def table_claims(sentences: Sequence[Sentence]) -> dict[int, list[Claim]]:
    """Claims of every table row under a header, by sentence index (module doc)."""
    out: dict[int, list[Claim]] = {}
    columns: list[str] | None = None
    for sent in sentences:
        text = sent.text.strip()
        header = column_meanings(text)
        if header is not None:
            columns = header[1:] if header[0] == "label" else header
            continue
        if columns is None or _RULE.match(text):
            continue
        row = _row(text, sent.index, columns)
        if row is None:
            columns = None  # the table ended
            continue
        if row:
            out[sent.index] = row
    return out


#: A cell that states no figure: "Unch", "--", "n/a".
_EMPTY = re.compile(r"(?:unch(?:anged)?\.?|-+|\u2014|n/?a|flat)", re.IGNORECASE)


def _piped(text: str, index: int, columns: list[str]) -> list[Claim] | None:
    """The claims of a row whose cells are split by pipes ("10-year yield | 4.12% | Unch |
    -- |": a cell may state nothing); ``None`` when it is not a row of this table."""
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    if len(cells) != len(columns) + 1 or not re.search(r"[A-Za-z]", cells[0]):
        return None
    figures = []
    for cell in cells[1:]:
        fig = _FIGURE.fullmatch(cell)
        if fig is None and not _EMPTY.fullmatch(cell):
            return None
        figures.append(fig)
    named = [m for m in find_assets(re.sub(r"\.\s*", " ", cells[0])) if m.asset not in GROUPS]
    if not named:
        return []
    claims: list[Claim] = []
    for meaning, fig in zip(columns, figures, strict=True):
        claims += [] if fig is None else _cell(fig, meaning, named[0].asset, index)
    return claims


def _row(text: str, index: int, columns: list[str]) -> list[Claim] | None:
    """The claims of one row; ``None`` when it is not a row of this table."""
    if text.count("|") >= len(columns):
        return _piped(text, index, columns)
    figures = list(_FIGURE.finditer(text))[-len(columns) :]
    if len(figures) != len(columns) or not figures:
        return None
    first = text[: figures[0].start()]
    if not re.search(r"[A-Za-z]", first) or text[figures[-1].end() :].strip(" |"):
        return None
    for a, b in pairwise(figures):
        if text[a.end() : b.start()].strip(" |\t"):
            return None  # words between figures: prose
    label = re.sub(r"\.\s*", " ", first.strip(" |"))  # "fed. funds": an abbreviation
    named = [m for m in find_assets(label) if m.asset not in GROUPS]
    if not named:
        return []
    asset = named[0].asset
    claims: list[Claim] = []
    for meaning, fig in zip(columns, figures, strict=True):
        claims += _cell(fig, meaning, asset, index)
    return claims


def _value(raw: str) -> float:
    return float(re.sub(r"[$,%\s]", "", raw.replace("\u2212", "-")))


def _cell(fig: re.Match[str], meaning: str, asset: str, index: int) -> list[Claim]:
    if meaning in ("past", "skip", "label"):
        return []
    value = _value(fig.group("num"))
    unit = (fig.group("unit") or "").strip().lower()
    words = fig.group(0).strip()
    if meaning == "level" and fig.group("range"):  # a target range "4.00%-4.25%"
        top = _value(fig.group("range")[1:])
        if not 0 < value < top:
            return []
        return [
            Claim(index, "level", asset, words, "above", level=value),
            Claim(index, "level", asset, words, "below", level=top),
        ]
    if fig.group("range"):
        return []
    if meaning == "level" and unit != "bp" and value > 0:
        return [Claim(index, "level", asset, words, "at", level=value)]
    if meaning.startswith("move:") and value != 0 and unit:
        quals = ("bp",) if unit.startswith("bp") else ()
        op = "down" if value < 0 else "up"
        window = meaning[5:]
        return [
            Claim(
                index,
                "percent",
                asset,
                words,
                op,
                pct=abs(value),
                window=None if window == "day" else window,
                qualifiers=quals,
            )
        ]
    return []
