"""What the two CSV importers share: reading the text as a table, and per-line problems.

Examples
--------
>>> read_csv_table(b"date,value\\n2024-01-02, 1.5\\n", "a.csv", what="series").iloc[0].tolist()
['2024-01-02', '1.5']
>>> problems = Problems("a.csv", layout="SOURCES.md", bounded=False)
>>> problems.add(3, "bad date")
>>> problems.raise_if_any()
Traceback (most recent call last):
...
leadwatch.errors.DataError: a.csv has 1 problem:
  line 3: bad date. Fix: correct the file (nothing was imported); SOURCES.md shows the layout.
"""

from __future__ import annotations

import io

import pandas as pd

from leadwatch.errors import DataError
from leadwatch.providers.csv_stream import MAX_LISTED, Problems, decode_utf8

__all__ = ["MAX_LISTED", "Problems", "read_csv_table"]


def read_csv_table(data: bytes, location: str, *, what: str) -> pd.DataFrame:
    """The CSV ``data`` as a table of stripped strings (header and cells).

    ``what`` (``"series"``, ``"table"``) names the content in the fix for an empty file.
    Raises :class:`~leadwatch.errors.DataError` for bytes that are not UTF-8,
    an empty file or text that is not CSV.
    """
    text = decode_utf8(data, location)
    if not text.strip():
        raise DataError(f"{location} is empty", fix=f"export the {what} again with a header row")
    try:
        table = pd.read_csv(
            io.StringIO(text), dtype=str, keep_default_na=False, skipinitialspace=True
        )
    except pd.errors.ParserError as exc:
        raise DataError(f"{location} is not valid CSV: {exc}", fix="check the delimiter") from None
    table.columns = [str(c).strip() for c in table.columns]
    stripped: pd.DataFrame = table.apply(lambda c: c.str.strip())
    return stripped
