"""Annual figures with report editions: "as known at" a date, and measures on them.

The input is the long table of :meth:`leadwatch.store.Store.fundamentals` (one row per
``period, item, edition`` with the edition's ``published`` date). Every measure names
the edition(s) its numbers come from, since each edition revises earlier years.

Examples
--------
>>> import pandas as pd
>>> t = pd.DataFrame({
...     "period": ["2023", "2023", "2024"], "year_start": [2023, 2023, 2024],
...     "year_end": [2023, 2023, 2024], "item": ["deficit"] * 3, "value": [184.3, 200.6, 148.9],
...     "unit": ["Moz"] * 3, "status": ["actual"] * 3, "edition": ["A", "B", "B"],
...     "published": pd.to_datetime(["2024-04-17", "2025-04-16", "2025-04-16"])})
>>> known_at(t, "2024-12-31")["value"].tolist()
[184.3]
>>> known_at(t, "2025-06-01")["value"].tolist()
[200.6, 148.9]
>>> consecutive(t, "deficit", as_of="2025-06-01").years
(2023, 2024)
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd


def known_at(table: pd.DataFrame, as_of: Any = None) -> pd.DataFrame:
    """Each ``(period, item)`` from the latest edition published by ``as_of`` (None: all).

    Ties in publication date keep the row listed last.
    """
    frame = table
    if as_of is not None:
        frame = frame[pd.to_datetime(frame["published"]) <= pd.Timestamp(as_of)]
    frame = frame.sort_values("published", kind="stable")
    kept = frame.drop_duplicates(subset=["period", "item"], keep="last")
    return kept.sort_values(["item", "year_start", "year_end"], kind="stable").reset_index(
        drop=True
    )


def latest_editions(table: pd.DataFrame) -> list[str]:
    """Edition names, oldest publication first."""
    order = table.sort_values("published", kind="stable")
    return list(dict.fromkeys(order["edition"]))


def series_of(table: pd.DataFrame, item: str, as_of: Any = None) -> pd.DataFrame:
    """Single-year rows of ``item`` as known at ``as_of``: ``year, value, edition, status``."""
    rows = known_at(table, as_of)
    rows = rows[(rows["item"] == item) & (rows["year_start"] == rows["year_end"])]
    out = rows.rename(columns={"year_start": "year"})
    return out.loc[:, ["year", "value", "unit", "edition", "status", "published"]].reset_index(
        drop=True
    )


@dataclass(frozen=True, slots=True)
class Change:
    """Change of ``item`` from ``year0`` to ``year1`` (both from the editions named)."""

    item: str
    year0: int
    year1: int
    value0: float
    value1: float
    edition0: str
    edition1: str

    @property
    def growth(self) -> float:
        """Compound annual growth rate (simple change when one year apart)."""
        n = self.year1 - self.year0
        if self.value0 <= 0 or self.value1 <= 0 or n <= 0:
            return float("nan")
        return float((self.value1 / self.value0) ** (1.0 / n) - 1.0)

    @property
    def multiple(self) -> float:
        """``value1 / value0``."""
        return self.value1 / self.value0 if self.value0 else float("nan")

    def describe(self, unit: str = "") -> str:
        """``item 2023 193.5 -> 2024 232 (+19.9%) [editions]``."""
        where = self.edition1 if self.edition0 == self.edition1 else (
            f"{self.edition0}; {self.edition1}")  # fmt: skip
        u = f" {unit}" if unit else ""
        per = " a year" if self.year1 - self.year0 > 1 else ""
        return (
            f"{self.item} {self.year0} {self.value0:,.6g}{u} -> {self.year1} "
            f"{self.value1:,.6g}{u} ({self.growth:+.1%}{per}) [{where}]"
        )


def changes(
    table: pd.DataFrame, item: str, as_of: Any = None, *, same_edition: bool = True
) -> list[Change]:
    """Year-on-year changes of ``item``.

    With ``same_edition`` (default) each change compares two years of one edition,
    the latest edition holding both; otherwise the latest known value of each year.
    """
    frame = table
    if as_of is not None:
        frame = frame[pd.to_datetime(frame["published"]) <= pd.Timestamp(as_of)]
    frame = frame[(frame["item"] == item) & (frame["year_start"] == frame["year_end"])]
    out: list[Change] = []
    years = sorted(set(frame["year_start"].astype(int)))
    for y0, y1 in itertools.pairwise(years):
        if same_edition:
            found = _same_edition(frame, y0, y1)
            if found is None:
                continue
            out.append(Change(item, y0, y1, *found))
        else:
            latest = {int(r["year_start"]): r for r in known_at(frame).to_dict("records")}
            a, b = latest[y0], latest[y1]
            out.append(
                Change(item, y0, y1, float(a["value"]), float(b["value"]),
                       str(a["edition"]), str(b["edition"]))
            )  # fmt: skip
    return out


def _same_edition(frame: pd.DataFrame, y0: int, y1: int) -> tuple[float, float, str, str] | None:
    """Values of both years from the latest edition that holds both."""
    best: tuple[pd.Timestamp, str, dict[int, float]] | None = None
    for edition, rows in frame[frame["year_start"].isin([y0, y1])].groupby("edition"):
        values = {int(y): float(v) for y, v in zip(rows["year_start"], rows["value"], strict=True)}
        published = pd.Timestamp(rows["published"].max())
        if len(values) == 2 and (best is None or published > best[0]):
            best = (published, str(edition), values)
    if best is None:
        return None
    return best[2][y0], best[2][y1], best[1], best[1]


@dataclass(frozen=True, slots=True)
class Run:
    """The run of consecutive years ending at the latest year where ``item`` is positive."""

    item: str
    years: tuple[int, ...]
    values: tuple[float, ...]
    editions: tuple[str, ...]
    statuses: tuple[str, ...]

    @property
    def length(self) -> int:
        """Years in the run."""
        return len(self.years)

    def describe(self) -> str:
        """Years, values and editions."""
        if not self.years:
            return f"no year with a positive {self.item}"
        parts = [
            f"{y}: {v:,.6g} ({s}; {e})"
            for y, v, s, e in zip(
                self.years, self.values, self.statuses, self.editions, strict=True
            )
        ]
        return f"{self.length} consecutive years with a {self.item}: " + ", ".join(parts)


def consecutive(
    table: pd.DataFrame, item: str, as_of: Any = None, *, actual_only: bool = False
) -> Run:
    """The run of consecutive years (ending at the last year known) with ``item`` > 0.

    ``actual_only`` leaves out forecasts and estimates.
    """
    s = series_of(table, item, as_of)
    if actual_only:
        s = s[s["status"].str.startswith("actual")]
    records = s.sort_values("year").to_dict("records")
    chosen: list[dict[str, Any]] = []
    for row in reversed(records):
        value = float(row["value"])
        if not np.isfinite(value) or value <= 0:
            break
        if chosen and int(chosen[-1]["year"]) - int(row["year"]) != 1:
            break
        chosen.append(row)
    chosen.reverse()
    return Run(
        item,
        tuple(int(r["year"]) for r in chosen),
        tuple(float(r["value"]) for r in chosen),
        tuple(str(r["edition"]) for r in chosen),
        tuple(str(r["status"]) for r in chosen),
    )
