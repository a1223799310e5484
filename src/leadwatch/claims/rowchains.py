"""Rows chained on one line: a newsletter's table flattened into pipe cells (pure).

An e-mail newsletter pasted as text often loses its line breaks: its table reaches the
checker as one line of cells, each row a name cell and a value cell, rows parted by an
empty cell ("| |"), and a section title may open the line ("Key prices | Gold | $2,010.50
+0.40% +1.10% this week | | Ether | $2,210 -1.5% |"). :func:`chain_claims` reads each row
as its asset's figures: a price first is the level (a dollar sign, or thousands written
like a price; a rate in percent), then each signed change is a move over the window the
words right after it name ("this week", "YTD", "(1M)"), the day's where none follow. A
row whose name cell names no single series (a company, "Agnico Eagle", or a pair) states
nothing; any cell that is not such a row leaves the line to the other readers, and so
does a line of fewer than two rows.

A ranking list ("Leaders", "Laggards", "Top movers") repeats the changes a table gave a
few lines before; a chained row's change that an earlier chained row already stated
(same asset, direction, size and window) is reported once, there.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> text = "Metals | Gold | $2,010.50 -0.40% +1.10% this week | | Silver | $24.10 +0.90% |"
>>> found = chain_claims(list(split_sentences(text)))
>>> [(c.kind, c.asset, c.op, c.level or c.pct, c.window) for c in found[0]]
[('level', 'gold', 'at', 2010.5, None), ('percent', 'gold', 'down', 0.4, None), \
('percent', 'gold', 'up', 1.1, 'week'), ('level', 'silver', 'at', 24.1, None), \
('percent', 'silver', 'up', 0.9, None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.fields import level_claim
from leadwatch.claims.model import Claim
from leadwatch.claims.tables import label_meaning, row_asset
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import PRICE_NUM_RE, YIELDS

__all__ = ["chain_claims"]

#: An empty cell between two rows: "| |".
_ROW_BREAK = re.compile(r"\|\s*\|")
#: A row's price: "$4,120.50", "31.20", "4.25%" (a rate's level).
_PRICE = re.compile(
    rf"^(?P<sign>)(?P<cur>(?:US)?\$)?\s?(?P<num>{PRICE_NUM_RE})(?P<unit>%)?(?:\s?/\s?oz)?(?=\s|$)"
)
#: A signed change and the window words after it: "-0.89%", "+1.1% this week", "-2% (YTD)".
_CHANGE = re.compile(
    r"\s*(?P<sign>[+\-\u2212\u25b2\u25bc])\s?(?P<num>\d+(?:\.\d+)?)\s?%"
    r"(?:\s*\(?(?P<window>(?:(?:this|the|on the|over the|for the|past) )?"
    r"[A-Za-z0-9][A-Za-z0-9 /-]{0,14}?)\)?)?(?=\s*(?:[+\-\u2212\u25b2\u25bc]\s?\d|$))"
)
_WINDOW_LEAD = re.compile(r"^(?:this|the|on the|over the|for the|past) ", re.IGNORECASE)
_DOWN = "-\u2212\u25bc"
_KEY = tuple[str | None, str | None, float | None, str | None]


def chain_claims(sentences: Sequence[Sentence]) -> dict[int, list[Claim]]:
    """Claims of every line of chained rows, by sentence index (module doc)."""
    out: dict[int, list[Claim]] = {}
    said: set[_KEY] = set()
    for sent in sentences:
        rows = _rows(sent.text)
        if rows is None:
            continue
        claims: list[Claim] = []
        for name, value in rows:
            claims += _row_claims(name, value, sent.index)
        fresh = [c for c in claims if c.kind != "percent" or _key(c) not in said]
        said |= {_key(c) for c in claims if c.kind == "percent"}
        out[sent.index] = fresh
    return out


def _key(c: Claim) -> _KEY:
    return (c.asset, c.op, c.pct, c.window)


def _rows(text: str) -> list[tuple[str, str]] | None:
    """The (name, value) cells of each chained row, ``None`` when the line is no chain."""
    chunks = [c.strip().strip("|").strip() for c in _ROW_BREAK.split(text.strip())]
    chunks = [c for c in chunks if c]
    rows: list[tuple[str, str]] = []
    for i, chunk in enumerate(chunks):
        cells = [c.strip() for c in chunk.split("|")]
        if len(cells) == 3 and i == 0:
            cells = cells[1:]  # the section's title opens the line: "Key prices | Gold | ..."
        if len(cells) != 2 or not re.search(r"[A-Za-z]", cells[0]) or _value(cells[1]) is None:
            return None
        rows.append((cells[0], cells[1]))
    return rows if len(rows) >= 2 else None


def _value(cell: str) -> tuple[re.Match[str] | None, list[re.Match[str]]] | None:
    """A value cell's price and changes, ``None`` unless the cell holds only those."""
    price = _PRICE.match(cell)
    pos = price.end() if price else 0
    changes = []
    while pos < len(cell):
        m = _CHANGE.match(cell, pos)
        if m is None or m.end() == pos:
            return None
        changes.append(m)
        pos = m.end()
    return (price, changes) if price or changes else None


def _row_claims(name: str, value: str, index: int) -> list[Claim]:
    """The level and moves of one chained row (module doc)."""
    asset = row_asset(name)
    parsed = _value(value)
    if asset is None or parsed is None:
        return []
    price, changes = parsed
    claims: list[Claim] = []
    if price is not None:
        level = level_claim(price, asset, index, float(price["num"].replace(",", "")), None)
        claims += [] if level is None else [level]
    for m in changes:
        window = _window(m["window"])
        if window is None or float(m["num"]) == 0 or asset in YIELDS:
            continue  # a window the words do not name; a rate's change in percent
        op = "down" if m["sign"] in _DOWN else "up"
        claims.append(
            Claim(index, "percent", asset, m.group(0).strip(), op, pct=float(m["num"]),
                  window=None if window == "day" else window)
        )  # fmt: skip
    return claims


def _window(words: str | None) -> str | None:
    """The window a change's trailing words name ("this week": ``week``); the day's when
    there are none; ``None`` when they name no window."""
    if not words:
        return "day"
    meaning = label_meaning(_WINDOW_LEAD.sub("", words.strip()))
    return meaning[5:] if meaning and meaning.startswith("move:") else None
