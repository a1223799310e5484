"""The outcome of ``leadwatch data update``: one row per series, and the run's exit code.

Examples
--------
>>> from leadwatch.providers.summary import SeriesUpdate, UpdateResult
>>> result = UpdateResult("x.duckdb", (SeriesUpdate("btc", "updated", "yahoo", new=3),
...                                    SeriesUpdate("gpr", "skipped")), seconds=0.5)
>>> result.exit_code, result.to_dict()["new"], result.offline
(0, 3, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from leadwatch.providers.http import Offline
from leadwatch.providers.updater import FetchOutcome
from leadwatch.results import SeriesRun

__all__ = ["SeriesUpdate", "UpdateResult", "summarize"]


@dataclass(frozen=True, slots=True)
class SeriesUpdate:
    """What ``data update`` did for one series (one row of the summary table).

    ``status`` is ``updated`` (rows written), ``current`` (nothing new),
    ``failed`` (every source failed, or the write failed; the stored series is
    untouched) or ``skipped`` (no live provider).
    """

    series_id: str
    status: str
    provider: str | None = None
    symbol: str | None = None
    new: int = 0
    revised: int = 0
    first: str | None = None
    last: str | None = None
    message: str | None = None
    splice: str | None = None
    offline: bool = False


@dataclass(frozen=True, slots=True)
class UpdateResult(SeriesRun[SeriesUpdate]):
    """All series of one ``data update`` run."""

    @property
    def failed(self) -> tuple[SeriesUpdate, ...]:
        """Series that could not be updated."""
        return tuple(s for s in self.series if s.status == "failed")

    @property
    def offline(self) -> bool:
        """Every series that was tried failed to connect: no network at all."""
        tried = [s for s in self.series if s.status != "skipped"]
        return bool(tried) and all(s.status == "failed" and s.offline for s in tried)

    @property
    def exit_code(self) -> int:
        """0 when every series with a live source updated (or was current), else 1."""
        return 1 if self.failed else 0

    def totals(self) -> dict[str, Any]:
        """Whether all went well, whether offline, rows new and revised, series failed."""
        return {
            "ok": not self.failed,
            "offline": self.offline,
            "new": sum(s.new for s in self.series),
            "revised": sum(s.revised for s in self.series),
            "failed": [s.series_id for s in self.failed],
        }


def summarize(
    outcome: FetchOutcome, *, new: int = 0, revised: int = 0, write_error: str | None = None
) -> SeriesUpdate:
    """One summary row from a fetch outcome and what the store did with it."""
    if outcome.skipped is not None:
        return SeriesUpdate(outcome.series_id, "skipped", message=outcome.skipped)
    tried = "; ".join(str(e) for e in outcome.errors)
    if outcome.batch is None or write_error is not None:
        offline = bool(outcome.errors) and all(isinstance(e, Offline) for e in outcome.errors)
        return SeriesUpdate(
            outcome.series_id,
            "failed",
            outcome.provider,
            outcome.symbol,
            message=write_error or tried or "no source answered",
            offline=offline and write_error is None,
        )
    frame = outcome.batch.frame
    written = bool(new or revised)
    return SeriesUpdate(
        outcome.series_id,
        "updated" if written else "current",
        outcome.provider,
        outcome.symbol,
        new,
        revised,
        f"{frame['date'].min():%Y-%m-%d}" if written else None,
        f"{frame['date'].max():%Y-%m-%d}" if written else None,
        message=f"fell back to {outcome.provider} after: {tried}" if tried else None,
        splice=outcome.splice.describe() if outcome.splice and written else None,
    )
