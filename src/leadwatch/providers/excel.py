"""Spreadsheet answers (``.xls`` and ``.xlsx``) read from bytes, with every failure a BadResponse.

Some publishers offer no API, only a spreadsheet at a fixed address: the
Caldara-Iacoviello GPR files (legacy ``.xls``) and the World Bank Pink Sheet
(``.xlsx``). Both formats are read by ``pandas.read_excel(engine="calamine")``
(the ``python-calamine`` package): pandas 3 deprecates its ``xlrd`` engine for
``.xls``, and one reader for both formats is one dependency instead of two.

What can arrive instead of a workbook, and what the user sees:

* an HTML page (a maintenance page, a login wall, a moved file):
  "got an HTML page where a spreadsheet was expected";
* an empty body: "empty answer";
* anything else that is not an OLE2 (``.xls``) or ZIP (``.xlsx``) container:
  "not a spreadsheet";
* a truncated or damaged workbook: "unreadable spreadsheet (truncated or damaged)";
* a workbook without the expected sheet: "no sheet 'X' (found: ...)".

Examples
--------
>>> read_sheet(b"<!DOCTYPE html><html>Service Unavailable</html>", what="gpr (GPRD)")
Traceback (most recent call last):
...
leadwatch.errors.BadResponse: gpr (GPRD): got an HTML page where a spreadsheet was expected...
>>> ole2 = bytes.fromhex("d0cf11e0a1b11ae1")
>>> spreadsheet_kind(b"PK\\x03\\x04...."), spreadsheet_kind(ole2 + b"..."), spreadsheet_kind(b"<")
('xlsx', 'xls', None)
"""

from __future__ import annotations

import io

import pandas as pd

from leadwatch.errors import BadResponse, Unavailable
from leadwatch.providers.guards import reject_html

__all__ = ["numbers", "read_sheet", "spreadsheet_kind"]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"
_MISSING = frozenset({"", ".", "..", "...", "\u2026", "n/a", "na", "#n/a"})


def spreadsheet_kind(data: bytes) -> str | None:
    """``'xls'`` (OLE2 container), ``'xlsx'`` (ZIP container) or None, from the first bytes."""
    if data.startswith(_OLE2):
        return "xls"
    if data.startswith(_ZIP):
        return "xlsx"
    return None


def _calamine_errors() -> tuple[type[Exception], ...]:
    try:
        import python_calamine
    except ImportError:
        raise Unavailable(
            "reading spreadsheets needs the python-calamine package",
            fix="pip install python-calamine",
        ) from None
    return (python_calamine.CalamineError, ValueError, KeyError, IndexError, OSError)


def read_sheet(
    data: bytes, *, what: str, sheet: str | int = 0, header: int | None = 0
) -> pd.DataFrame:
    """Pure: one sheet of a workbook's bytes as a DataFrame (``header=None``: raw cells).

    Column names are stripped strings when ``header`` is given.
    """
    if not data.strip():
        raise BadResponse(f"{what}: empty answer", fix="try again later")
    reject_html(
        data,
        what=what,
        expected="a spreadsheet",
        fix="the publisher's site may be down or the file moved; try again later",
    )
    if spreadsheet_kind(data) is None:
        raise BadResponse(
            f"{what}: not a spreadsheet (starts with {data[:8]!r})",
            fix="the publisher changed the file format; update leadwatch or report it",
        )
    errors = _calamine_errors()
    try:
        book = pd.ExcelFile(io.BytesIO(data), engine="calamine")
        names = [str(name) for name in book.sheet_names]
        if isinstance(sheet, str) and sheet not in names:
            raise BadResponse(
                f"{what}: no sheet {sheet!r} (found: {', '.join(names)})",
                fix="the publisher changed the workbook layout; update leadwatch or report it",
            )
        frame = pd.read_excel(book, sheet_name=sheet, header=header)
    except errors as exc:
        raise BadResponse(
            f"{what}: unreadable spreadsheet (truncated or damaged: {type(exc).__name__})",
            fix="try again later",
        ) from None
    if header is not None:
        frame.columns = [str(c).strip() for c in frame.columns]
    return frame


def numbers(column: pd.Series, *, what: str, name: str) -> pd.Series:
    """Pure: a spreadsheet column as floats; blanks and ``..``/``…`` are NaN, text is an error.

    Examples
    --------
    >>> numbers(pd.Series([1, "2.5", None, "\u2026"], dtype=object), what="x", name="Gold").tolist()
    [1.0, 2.5, nan, nan]
    """
    text = column.astype(object).where(column.notna(), "").astype(str).str.strip()
    missing = text.str.lower().isin(_MISSING)
    values = pd.to_numeric(text.where(~missing), errors="coerce").astype(float)
    bad = values.isna() & ~missing
    if bad.any():
        raise BadResponse(
            f"{what}: column {name} holds {text[bad].iloc[0]!r}, not a number",
            fix="the publisher changed the file layout; update leadwatch or report it",
        )
    return values
