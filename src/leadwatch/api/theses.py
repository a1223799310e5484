"""Theses on stored data: run one, run the built-ins, and look back from their sources' dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leadwatch.results import Result
from leadwatch.store import Store, opened_store

if TYPE_CHECKING:
    import pandas as pd

    from leadwatch.align import DateLike
    from leadwatch.theses import Thesis
    from leadwatch.theses.evaluate import Workspace
    from leadwatch.theses.hindsight import Hindsight
    from leadwatch.theses.results import ThesesRun

__all__ = [
    "REPORT_N_BOOT",
    "ThesisReport",
    "build_thesis_report",
    "run_thesis",
    "thesis_hindsights",
    "thesis_workspace",
]

#: Bootstrap replicates used by the report (``leadwatch thesis run`` defaults to 1999).
REPORT_N_BOOT = 999


def thesis_workspace(store: Store, theses: Sequence[Thesis]) -> Workspace:
    """Read every stored series the theses need (flagged values left out) into a workspace.

    A series the store lacks is simply absent: hypotheses that need it come out
    ``inconclusive`` with the reason, the others still run.
    """
    from leadwatch.theses.evaluate import Workspace

    wanted = list(dict.fromkeys(s for t in theses for s in t.series()))
    status = store.status()
    stored = set(status.loc[status["rows"] > 0, "id"])
    values = store.read_values([s for s in wanted if s in stored])
    return Workspace(values)


def run_thesis(
    theses: Thesis | str | Path | Sequence[Thesis | str | Path],
    *,
    store: Store | Path | str | None = None,
    day: DateLike | None = None,
    alpha: float = 0.05,
    n_boot: int = 1999,
    seed: int | None = 0,
) -> ThesesRun:
    """Run theses (objects, built-in names or ``.toml`` paths) on stored data.

    Parameters
    ----------
    theses
        One thesis or several; p-values are Holm-adjusted over all their hypotheses.
    store
        An open store, its path, or ``None`` for the default store.
    day
        Use only data known at the end of this day (UTC); default all data.
    alpha, n_boot, seed
        Level, bootstrap replicates, seed (deterministic given it).
    """
    from leadwatch.theses import Thesis, resolve_thesis
    from leadwatch.theses.evaluate import run_theses

    items = [theses] if isinstance(theses, Thesis | str | Path) else list(theses)
    resolved = [t if isinstance(t, Thesis) else resolve_thesis(t) for t in items]
    with opened_store(store) as opened:
        ws = thesis_workspace(opened, resolved)
    return run_theses(resolved, ws, day=day, alpha=alpha, n_boot=n_boot, seed=seed)


def thesis_hindsights(
    theses: Sequence[Thesis],
    ws: Workspace,
    *,
    alpha: float = 0.05,
    n_boot: int = REPORT_N_BOOT,
    seed: int | None = 0,
) -> tuple[Hindsight, ...]:
    """ "What happened next" for each source of ``theses`` (theses grouped by article)."""
    from leadwatch.theses.hindsight import hindsight

    groups: dict[str, list[Thesis]] = {}
    for thesis in theses:
        groups.setdefault(thesis.source.article, []).append(thesis)
    from leadwatch.errors import InfeasibleTest

    found = []
    for group in groups.values():
        try:
            found.append(hindsight(group, ws, alpha=alpha, n_boot=n_boot, seed=seed))
        except InfeasibleTest:  # a source that cannot be dated from the stored data
            continue
    return tuple(sorted(found, key=lambda h: (h.dated.date, h.dated.article)))


@dataclass(frozen=True, slots=True, eq=False)
class ThesisReport(Result):
    """What the report shows about theses: the run on all data and the frozen look-backs."""

    run: ThesesRun
    hindsights: tuple[Hindsight, ...]

    def summary(self) -> str:
        return "\n\n".join([self.run.summary(), *(h.summary() for h in self.hindsights)])

    def to_frame(self) -> pd.DataFrame:
        """One row per hypothesis and run: ``as_of`` (the run's date), ``frozen`` (a look-back
        from a source's date) and the columns of :meth:`ThesesRun.to_frame`."""
        import pandas as pd

        runs = [(self.run, False), *((h.run, True) for h in self.hindsights)]
        frames = [r.to_frame().assign(as_of=r.as_of, frozen=frozen) for r, frozen in runs]
        return pd.concat(frames, ignore_index=True)

    def to_dict(self) -> dict[str, Any]:
        return {"run": self.run.to_dict(), "hindsights": [h.to_dict() for h in self.hindsights]}


def build_thesis_report(
    store: Store,
    theses: Sequence[Thesis] | None = None,
    *,
    alpha: float = 0.05,
    n_boot: int = REPORT_N_BOOT,
    seed: int | None = 0,
) -> ThesisReport:
    """Run ``theses`` (default: the built-ins) on all data, and frozen at their sources' dates.

    One :class:`~leadwatch.theses.evaluate.Workspace` serves every run, so
    each grid is aligned once per date and each hypothesis evaluated once per date.
    """
    from leadwatch.theses import builtin_theses
    from leadwatch.theses.evaluate import run_theses

    chosen = list(builtin_theses() if theses is None else theses)
    ws = thesis_workspace(store, chosen)
    run = run_theses(chosen, ws, alpha=alpha, n_boot=n_boot, seed=seed)
    back = thesis_hindsights(chosen, ws, alpha=alpha, n_boot=n_boot, seed=seed)
    return ThesisReport(run, back)
