"""Field types the thesis schema is built from: durations with units, series ids, signs.

Durations are written with their unit (``"2 weeks"``, ``"6 months"``,
``"10 trading days"``) and converted to grid periods by
:meth:`Duration.periods`; series ids are checked against the catalog.

Examples
--------
>>> Duration.parse("3 months").periods("daily")
63
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, PlainSerializer

from leadwatch.catalog import get_series
from leadwatch.errors import UnknownSeriesError

__all__ = ["UNIT_FIX", "Duration", "DurationField", "Grid", "SeriesId", "Sign"]

#: Grid periods per unit: (daily grid, weekly grid).
_UNITS: dict[str, tuple[float, float]] = {
    "trading day": (1.0, 0.2),
    "day": (1.0, 0.2),
    "week": (5.0, 1.0),
    "month": (21.0, 52.0 / 12.0),
    "quarter": (63.0, 13.0),
    "year": (260.0, 52.0),
}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s+([a-z ]+?)s?\s*$")
MAX_YEARS = 30  # the longest lag, window or horizon a thesis may name
UNIT_FIX = 'write a number and a unit, e.g. "2 weeks", "6 months" or "10 trading days"'


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time with its unit, e.g. ``Duration(6, "month")``."""

    amount: float
    unit: str

    @classmethod
    def parse(cls, value: object) -> Duration:
        """Parse ``"N unit"``; raise ``ValueError`` naming the fix otherwise."""
        if isinstance(value, Duration):
            return value
        if isinstance(value, bool) or not isinstance(value, str):
            raise ValueError(f"{value!r} has no unit; {UNIT_FIX}")
        match = _DURATION.match(value.lower())
        if match is None:
            raise ValueError(f"{value!r} is not a duration; {UNIT_FIX}")
        amount, unit = float(match.group(1)), match.group(2).strip()
        if unit not in _UNITS:
            raise ValueError(f"{value!r} has an unknown unit '{match.group(2)}s'; {UNIT_FIX}")
        if amount <= 0:
            raise ValueError(f"{value!r} must be positive; {UNIT_FIX}")
        if amount * _UNITS[unit][0] > MAX_YEARS * _UNITS["year"][0]:
            raise ValueError(
                f"{value!r} is longer than {MAX_YEARS} years, more than any stored series "
                f"covers; write a duration of at most {MAX_YEARS} years"
            )
        return cls(amount, unit)

    def periods(self, grid: str) -> int:
        """Whole grid periods (``daily`` business days or ``weekly``), at least 1 if exact."""
        per = _UNITS[self.unit][0 if grid == "daily" else 1]
        return round(self.amount * per)

    def __str__(self) -> str:
        n = f"{self.amount:g}"
        return f"{n} {self.unit}{'' if n == '1' else 's'}"


def _duration(value: object) -> Duration:
    return Duration.parse(value)


DurationField = Annotated[
    Duration, BeforeValidator(_duration), PlainSerializer(str, return_type=str)
]


def _series(value: str) -> str:
    try:
        get_series(value)
    except UnknownSeriesError as exc:
        raise ValueError(f"unknown series '{value}'; {exc.fix}") from None
    return value


SeriesId = Annotated[str, AfterValidator(_series)]
Sign = Literal["positive", "negative"]
Grid = Literal["weekly", "daily"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
