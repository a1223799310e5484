"""Read a CSV file as a stream of string chunks, with line numbers, refusing what is not CSV.

The file is never held in memory as a whole: :class:`CsvStream` reads the header
itself (refusing binary data, non-UTF-8 text, duplicate or blank column names,
an endless first line such as ``/dev/zero``), then hands the rest to Arrow's
streaming CSV reader in 1 MiB blocks. Rows with more or fewer cells than the
header are problems with their line number, not a crash or a silent shift of
columns. :class:`Problems` keeps the first few problems and tells the reader to
stop: a 200 MB file of bad rows fails in a second, not after minutes.

Examples
--------
>>> import io
>>> problems = Problems("x.csv")
>>> stream = CsvStream(io.BytesIO(b"date,v\\n2024-01-02,1\\n2024-01-03,2,9\\n"), "x.csv")
>>> stream.columns
['date', 'v']
>>> [(lines.tolist(), list(chunk["v"])) for lines, chunk in stream.chunks(problems, ["date", "v"])]
[([2], ['1'])]
>>> [(line, text[:40]) for line, text in problems.items]
[(3, 'the row has 3 cells but the header has 2')]
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

import numpy as np
import numpy.typing as npt
import pandas as pd

from leadwatch.errors import DataError

__all__ = ["MAX_LISTED", "CsvStream", "Problems", "decode_utf8"]

MAX_LISTED = 12
_HEAD = 1 << 16  # the header line must fit in 64 KiB
_BLOCK = 1 << 20
_LAYOUT = "a header line such as date,silver_usd, then one row per date"


class Problems:
    """Per-line problems of one file, raised together as one error.

    ``bounded`` (the streaming reader): record the first ``limit`` problems, then
    :attr:`full` tells the reader to stop. Unbounded (a table read whole): record
    every problem, list the first ``limit`` in the error and count the rest.
    ``layout`` names the document that shows the expected layout (the default fix).
    """

    def __init__(
        self,
        location: str,
        limit: int = MAX_LISTED,
        *,
        layout: str | None = None,
        bounded: bool = True,
    ) -> None:
        self.location = location
        self.limit = limit
        self.layout = layout
        self.bounded = bounded
        self.items: list[tuple[int, str]] = []
        self.stopped_at: int | None = None

    @property
    def full(self) -> bool:
        """Enough problems to refuse the file: reading can stop."""
        return len(self.items) >= self.limit

    def add(self, line: int, text: str) -> None:
        """Record a problem on ``line`` (1-based, the header is line 1)."""
        if not (self.bounded and self.full):
            self.items.append((line, text))

    def raise_if_any(self, fix: str | None = None) -> None:
        """Raise one :class:`DataError` listing the problems, if there are any."""
        if not self.items:
            return
        items = sorted(self.items)
        shown = [f"  line {line}: {text}" for line, text in items[: self.limit]]
        if len(items) > self.limit:
            shown.append(f"  ... and {len(items) - self.limit} more")
        if self.stopped_at is not None:
            shown.append(f"  ... stopped reading at line {self.stopped_at}: there may be more")
        count = f"{len(items)}+" if self.stopped_at is not None else str(len(items))
        noun = "problem" if count == "1" else "problems"
        if fix is None:
            fix = f"correct the file (nothing was imported); {self.layout} shows the layout"
        raise DataError(f"{self.location} has {count} {noun}:\n" + "\n".join(shown), fix=fix)


class _Rejoined(io.RawIOBase):
    """The head already read, then the rest of the stream; hashes every byte delivered."""

    def __init__(self, head: bytes, rest: BinaryIO, digest: hashlib._Hash) -> None:
        self._head, self._rest, self._digest = head, rest, digest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        if self._head:
            n = min(len(view), len(self._head))
            chunk, self._head = self._head[:n], self._head[n:]
        else:
            chunk = self._rest.read(len(view))
            n = len(chunk)
        view[:n] = chunk
        self._digest.update(chunk)
        return n


def decode_utf8(data: bytes, location: str) -> str:
    """``data`` as text (a UTF-8 byte-order mark dropped); a :class:`DataError` if not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(
            f"{location} is not UTF-8 text (byte {exc.start})", fix="save the file as UTF-8 CSV"
        ) from None


def _header(head: bytes, location: str) -> list[str]:
    if not head.strip():
        raise DataError(f"{location} is empty", fix="export the series again with a header row")
    if b"\x00" in head:
        raise DataError(
            f"{location} is a binary file, not CSV text",
            fix=f"pass a .csv text file ({_LAYOUT})",
        )
    end = head.find(b"\n")
    if end < 0 and len(head) >= _HEAD:
        raise DataError(
            f"{location}: the first line is longer than {_HEAD // 1024} KiB, not a CSV header",
            fix=f"pass a .csv file whose first line names the columns ({_LAYOUT})",
        )
    line = head if end < 0 else head[:end]
    text = decode_utf8(line, location)
    names = [name.strip() for name in next(csv.reader([text.rstrip("\r")]), [])]
    blank = [i + 1 for i, name in enumerate(names) if not name]
    if blank:
        raise DataError(
            f"{location}: column {blank[0]} of the header has no name",
            fix="name every column in the first line, e.g. date,silver_usd",
        )
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise DataError(
            f"{location}: the header names {', '.join(repr(n) for n in twice)} more than once",
            fix="keep one column per name (which one holds the data is ambiguous)",
        )
    return names


class CsvStream:
    """One CSV file: its header now, its rows chunk by chunk (see the module docstring)."""

    def __init__(self, stream: BinaryIO, location: str) -> None:
        self.location = location
        self._digest = hashlib.sha256()
        head = stream.read(_HEAD)
        self.columns = _header(head, location)
        self._stream = _Rejoined(head, stream, self._digest)
        self.rows = 0

    @property
    def checksum(self) -> str:
        """SHA-256 of the bytes read so far (of the whole file once the chunks are read)."""
        return self._digest.hexdigest()

    def chunks(
        self, problems: Problems, keep: Sequence[str]
    ) -> Iterator[tuple[npt.NDArray[np.int64], pd.DataFrame]]:
        """Yield ``(line numbers, string columns keep)`` per block; stops once problems are full."""
        import pyarrow as pa
        import pyarrow.csv as pacsv

        expected = len(self.columns)
        skipped: list[int] = []

        def bad_row(row: pacsv.InvalidRow) -> str:
            line = int(row.number) if row.number is not None else -1
            skipped.append(line)
            problems.add(
                line,
                f"the row has {row.actual_columns} cells but the header has {expected} "
                "(remove the extra cell, or quote a value holding a comma)"
                if row.actual_columns > expected
                else f"the row has {row.actual_columns} cells but the header has {expected} "
                "(add the missing cells; leave a value blank for missing)",
            )
            return "skip"

        try:
            yield from self._blocks(
                pacsv.open_csv(
                    io.BufferedReader(self._stream, _BLOCK),
                    read_options=pacsv.ReadOptions(
                        column_names=self.columns, skip_rows=1, block_size=_BLOCK, use_threads=False
                    ),
                    parse_options=pacsv.ParseOptions(invalid_row_handler=bad_row),
                    convert_options=pacsv.ConvertOptions(
                        column_types={name: pa.string() for name in self.columns},
                        include_columns=list(keep),
                        strings_can_be_null=False,
                        quoted_strings_can_be_null=False,
                    ),
                ),
                problems,
                skipped,
            )
        except pa.ArrowInvalid as exc:
            text = str(exc)
            if "UTF8" in text or "UTF-8" in text:
                raise DataError(
                    f"{self.location} is not UTF-8 text", fix="save the file as UTF-8 CSV"
                ) from None
            raise DataError(
                f"{self.location} is not valid CSV: {text.splitlines()[0][:160]}",
                fix="check the delimiter (a comma) and the quotes",
            ) from None

    def _blocks(
        self, reader: Iterator[Any], problems: Problems, skipped: list[int]
    ) -> Iterator[tuple[npt.NDArray[np.int64], pd.DataFrame]]:
        for batch in reader:
            lines = np.arange(self.rows, self.rows + batch.num_rows, dtype=np.int64) + 2
            for line in sorted(skipped):
                lines[lines >= line] += 1
            self.rows += batch.num_rows
            yield lines, batch.to_pandas()
            if problems.full:
                problems.stopped_at = int(lines[-1]) if len(lines) else None
                return
