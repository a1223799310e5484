"""Escaping and value formatting shared by report sections.

Every value that reaches the page goes through :func:`esc` (or :func:`cell`,
which calls it): user-provided strings always render as text.

Examples
--------
>>> esc("<script>alert(1)</script>")
'&lt;script&gt;alert(1)&lt;/script&gt;'
>>> import pandas as pd
>>> text(pd.Timestamp("2024-03-01")), text(pd.Timestamp("2024-03-02 06:00", tz="UTC"))
('2024-03-01', '2024-03-02 06:00 UTC')
>>> text(1234567), text(float("nan")), text(None), text(0.123456)
('1,234,567', '—', '—', '0.1235')
"""

from __future__ import annotations

import datetime as dt
import html
import numbers
from collections.abc import Iterable

import numpy as np
import pandas as pd

__all__ = ["MISSING", "cell", "data_table", "esc", "head_cells", "number", "text"]

MISSING = "—"


def esc(value: object) -> str:
    """HTML-escape ``str(value)``, quotes included (safe in text and attributes)."""
    return html.escape(str(value), quote=True)


def head_cells(columns: Iterable[tuple[str, str]]) -> str:
    """``<th scope="col">`` cells of a table head from ``(label, css class or "")`` pairs.

    Labels are trusted markup (written in code, not taken from data).

    Examples
    --------
    >>> head_cells([("Pair", ""), ("Latest", "num")])
    '<th scope="col">Pair</th><th scope="col" class="num">Latest</th>'
    """
    cells = []
    for label, cls in columns:
        attrs = f' class="{cls}"' if cls else ""
        cells.append(f'<th scope="col"{attrs}>{label}</th>')
    return "".join(cells)


def data_table(
    table_id: str,
    classes: str,
    head: str,
    rows: Iterable[str],
    *,
    caption: str | None = None,
    colgroup: str = "",
) -> str:
    """A section's scrollable ``<table>``: ``head`` cells, then one body row per line.

    ``head`` and ``rows`` are trusted markup (escaped cell by cell by the caller);
    ``table_id`` and ``caption`` are escaped here. ``colgroup`` goes before the head.

    Examples
    --------
    >>> html = data_table("x-table", "data", "<th>a</th>", ["<tr><td>1</td></tr>"], caption="a&b")
    >>> html.splitlines()[1:]
    ['<tbody>', '<tr><td>1</td></tr>', '</tbody></table></div>']
    >>> '<table id="x-table" class="data"><caption>a&amp;b</caption><thead><tr><th>a' in html
    True
    """
    title = "" if caption is None else f"<caption>{esc(caption)}</caption>"
    return (
        f'<div class="table-wrap"><table id="{esc(table_id)}" class="{esc(classes)}">'
        f"{title}{colgroup}<thead><tr>{head}</tr></thead>\n<tbody>\n"
        + "\n".join(rows)
        + "\n</tbody></table></div>"
    )


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float | np.floating | dt.datetime | np.datetime64 | pd.Timestamp):
        return bool(pd.isna(value))
    return value is pd.NA or value is pd.NaT


def text(value: object) -> str:
    """Plain-text form of one table value (dates ISO, counts with separators)."""
    if _is_missing(value):
        return MISSING
    if isinstance(value, dt.datetime | np.datetime64):
        stamp = pd.Timestamp(value)
        if stamp.tzinfo is not None:
            stamp = stamp.tz_convert("UTC")
            return stamp.strftime("%Y-%m-%d %H:%M UTC")
        if stamp == stamp.normalize():
            return stamp.strftime("%Y-%m-%d")
        return stamp.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        as_float = float(value)
        if as_float.is_integer() and abs(as_float) < 1e15:
            return f"{int(as_float):,}"
        return number(as_float)
    return str(value)


def number(value: float, digits: int = 4) -> str:
    """Compact decimal form: ``digits`` significant digits, thousands separators.

    Examples
    --------
    >>> number(0.123456), number(-0.5), number(12345.678), number(float("nan"))
    ('0.1235', '-0.5', '12,346', '—')
    """
    if not np.isfinite(value):
        return MISSING
    return f"{value:,.{digits}g}" if abs(value) < 10**digits else f"{value:,.0f}"


def cell(value: object, *, tag: str = "td", cls: str | None = None) -> str:
    """One escaped table cell; missing values get the ``missing`` class.

    Examples
    --------
    >>> cell("a&b"), cell(None)
    ('<td>a&amp;b</td>', '<td class="missing">—</td>')
    """
    classes = " ".join(c for c in (cls, "missing" if _is_missing(value) else None) if c)
    attr = f' class="{esc(classes)}"' if classes else ""
    return f"<{tag}{attr}>{esc(text(value))}</{tag}>"
