"""What the two CSV importers share: reading the text as a table, and per-line problems.

Examples
--------
>>> read_csv_table(b"date,value\\n2024-01-02, 1.5\\n", "a.csv", what="series").iloc[0].tolist()
['2024-01-02', '1.5']
>>> problems = Problems("a.csv", layout="SOURCES.md")
>>> problems.add(3, "bad date")
>>> problems.raise_if_any()
Traceback (most recent call last):
...
leadwatch.errors.DataError: a.csv has 1 problem:
  line 3: bad date. Fix: correct the file (nothing was imported); SOURCES.md shows the layout.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

import pandas as pd

from leadwatch.errors import DataError

__all__ = ["MAX_LISTED", "Problems", "read_csv_table"]

#: Problems listed one by one in the error; the rest are counted.
MAX_LISTED = 12


class Problems:
    """Collects per-line problems of one file and raises them together.

    ``layout`` names the document that shows the expected layout (for the fix).
    """

    def __init__(self, location: str, *, layout: str) -> None:
        self.location = location
        self.layout = layout
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, text: str) -> None:
        """Record a problem on ``line`` (1-based, the header is line 1)."""
        self.items.append((line, text))

    def add_lines(self, lines: Iterable[int], text: str) -> None:
        """Record the same problem on several lines."""
        for line in lines:
            self.add(line, text)

    def raise_if_any(self) -> None:
        """Raise one :class:`~leadwatch.errors.DataError` listing every problem, if any."""
        if not self.items:
            return
        items = sorted(self.items)
        shown = [f"  line {line}: {text}" for line, text in items[:MAX_LISTED]]
        more = len(items) - MAX_LISTED
        if more > 0:
            shown.append(f"  ... and {more} more")
        noun = "problem" if len(items) == 1 else "problems"
        raise DataError(
            f"{self.location} has {len(items)} {noun}:\n" + "\n".join(shown),
            fix=f"correct the file (nothing was imported); {self.layout} shows the layout",
        )


def read_csv_table(data: bytes, location: str, *, what: str) -> pd.DataFrame:
    """The CSV ``data`` as a table of stripped strings (header and cells).

    ``what`` (``"series"``, ``"table"``) names the content in the fix for an empty file.
    Raises :class:`~leadwatch.errors.DataError` for bytes that are not UTF-8,
    an empty file or text that is not CSV.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            f"{location} is not UTF-8 text (byte {exc.start})", fix="save the file as UTF-8 CSV"
        ) from None
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
