"""Results of running theses: one row per hypothesis, one verdict per thesis, one family.

Verdicts
--------
Each hypothesis gets ``supported``, ``contradicted``, ``inconclusive`` or
``not evaluated`` (a kind with no registered evaluator; every built-in kind,
``phase`` included, has one). A thesis is ``supported`` when every evaluated hypothesis
is, ``contradicted`` when at least one is and none is supported, ``mixed``
when some are supported and some contradicted, and ``inconclusive`` otherwise.

Multiple testing
----------------
Every p-value in a run (a report, or ``leadwatch thesis run``) is adjusted by
**Holm's step-down method** over all evaluated hypotheses in that run: it
controls the chance of *any* false "supported" at ``alpha`` under any
dependence between the tests (they share Bitcoin and the metals, so they are
dependent). A hypothesis significant on its own but not after the adjustment
is downgraded from ``supported`` to ``inconclusive``, and its reason says so.

Examples
--------
>>> holm([0.01, 0.04, 0.03]).round(3).tolist()
[0.03, 0.06, 0.06]
>>> thesis_verdict(["supported", "inconclusive"]), thesis_verdict(["supported", "contradicted"])
('inconclusive', 'mixed')
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.inference import Inference
from leadwatch.results import Result, fmt_p, jsonable

__all__ = [
    "ADJUSTMENT",
    "HypothesisResult",
    "ThesesRun",
    "ThesisResult",
    "adjust",
    "holm",
    "thesis_verdict",
]

ADJUSTMENT = "Holm"


def holm(pvalues: Sequence[float]) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Holm step-down adjusted p-values (NaN stays NaN and is not counted)."""
    p = np.asarray(pvalues, dtype=np.float64)
    out = np.full_like(p, np.nan)
    ok = np.flatnonzero(np.isfinite(p))
    m = len(ok)
    order = ok[np.argsort(p[ok], kind="stable")]
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * float(p[i])))
        out[i] = running
    return out


def thesis_verdict(labels: Sequence[str]) -> str:
    """Combine hypothesis verdicts into the thesis verdict (rules in the module docstring)."""
    evaluated = [v for v in labels if v != "not evaluated"]
    if not evaluated:
        return "not evaluated"
    if all(v == "supported" for v in evaluated):
        return "supported"
    if "supported" in evaluated and "contradicted" in evaluated:
        return "mixed"
    if "contradicted" in evaluated and "supported" not in evaluated:
        return "contradicted"
    return "inconclusive"


def _count(n: int, one: str, many: str) -> str:
    """``1 thesis``, ``2 theses``."""
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True, slots=True)
class HypothesisResult(Result):
    """One hypothesis tested: the verdict, the headline number and why.

    Attributes
    ----------
    effect, ci, effect_label
        Headline effect, its interval and what it measures (in words).
    pvalue, pvalue_adj
        Raw p-value (one-sided in the expected direction, or the battery's
        max-over-lags p) and the Holm-adjusted one over the run.
    nobs, start, end
        Sample size (periods or events) and dates.
    detail
        The underlying result (``LeadLagResult``, ``EventStudyResult``, ...).
    extras
        Frames for charts (e.g. ``oos``: cumulative out-of-sample gain).
    """

    thesis: str
    id: str
    kind: str
    statement: str
    verdict: str
    reason: str
    effect: float = math.nan
    ci: tuple[float, float] = (math.nan, math.nan)
    effect_label: str = ""
    pvalue: float = math.nan
    pvalue_adj: float = math.nan
    nobs: int = 0
    start: pd.Timestamp | None = None
    end: pd.Timestamp | None = None
    detail: Any = None
    extras: Mapping[str, pd.DataFrame] = field(default_factory=dict)

    @property
    def tested(self) -> bool:
        """Whether the hypothesis produced a p-value (it joins the adjustment family)."""
        return math.isfinite(self.pvalue)

    def summary(self) -> str:
        span = f"{self.start.date()}..{self.end.date()}" if self.start and self.end else "n/a"
        if not self.tested:
            return (
                f"[{self.verdict.upper()}] {self.thesis}/{self.id} ({self.kind}): "
                f"{self.statement}\n  {self.reason}"
            )
        return (
            f"[{self.verdict.upper()}] {self.thesis}/{self.id} ({self.kind}): {self.statement}\n"
            f"  {self.effect_label}: {self.effect:+.4f} [{self.ci[0]:+.4f}, {self.ci[1]:+.4f}]; "
            f"p {fmt_p(self.pvalue)}, {ADJUSTMENT}-adjusted {fmt_p(self.pvalue_adj)}; "
            f"n {self.nobs} ({span})\n  {self.reason}"
        )

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame([self.row()])

    def row(self) -> dict[str, Any]:
        """The verdict-table row (JSON-safe)."""
        out: dict[str, Any] = jsonable(
            {
                "thesis": self.thesis,
                "id": self.id,
                "kind": self.kind,
                "statement": self.statement,
                "verdict": self.verdict,
                "effect": self.effect,
                "ci_low": self.ci[0],
                "ci_high": self.ci[1],
                "effect_label": self.effect_label,
                "pvalue": self.pvalue,
                "pvalue_adj": self.pvalue_adj,
                "nobs": self.nobs,
                "start": self.start,
                "end": self.end,
                "reason": self.reason,
            }
        )
        return out

    def to_dict(self) -> dict[str, Any]:
        out = self.row()
        detail = getattr(self.detail, "to_dict", None)
        out["detail"] = detail() if callable(detail) else None
        return out

    def heading(self) -> str:
        return f"HypothesisResult: {self.verdict}"


@dataclass(frozen=True, slots=True)
class ThesisResult(Result):
    """A thesis run on data known at ``as_of``: its hypotheses and verdict."""

    thesis: Any  # leadwatch.theses.Thesis (kept untyped: analysis stays free of pydantic)
    as_of: pd.Timestamp
    hypotheses: tuple[HypothesisResult, ...]

    @property
    def name(self) -> str:
        return str(self.thesis.name)

    @property
    def verdict(self) -> str:
        return thesis_verdict([h.verdict for h in self.hypotheses])

    def summary(self) -> str:
        head = f"Thesis {self.name}: {self.verdict.upper()} (data known at {self.as_of.date()})"
        return "\n".join([head, str(self.thesis.claim), *(h.summary() for h in self.hypotheses)])

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame([h.row() for h in self.hypotheses])

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "verdict": self.verdict,
            "as_of": self.as_of.date().isoformat(),
            "thesis": self.thesis.to_dict(),
            "hypotheses": [h.to_dict() for h in self.hypotheses],
        }

    def heading(self) -> str:
        return f"ThesisResult: {self.verdict}"


@dataclass(frozen=True, slots=True)
class ThesesRun(Result):
    """Theses run together: one Holm family over every tested hypothesis."""

    results: tuple[ThesisResult, ...]
    as_of: pd.Timestamp
    alpha: float
    n_boot: int
    seed: int | None
    adjustment: str = ADJUSTMENT

    @property
    def n_tests(self) -> int:
        return sum(h.tested for r in self.results for h in r.hypotheses)

    def summary(self) -> str:
        head = (
            f"{_count(len(self.results), 'thesis', 'theses')}, "
            f"{_count(self.n_tests, 'tested hypothesis', 'tested hypotheses')}, data known at "
            f"{self.as_of.date()}; p-values {self.adjustment}-adjusted over all {self.n_tests} "
            f"(alpha {self.alpha}, n_boot {self.n_boot}, seed {self.seed})"
        )
        return "\n\n".join([head, *(r.summary() for r in self.results)])

    def to_frame(self) -> pd.DataFrame:
        frames = [r.to_frame().assign(thesis_verdict=r.verdict) for r in self.results]
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()

    def to_dict(self) -> dict[str, Any]:
        fields = self.field_values()
        results = fields.pop("results")
        out: dict[str, Any] = jsonable(fields | {"n_tests": self.n_tests})
        return out | {"theses": [r.to_dict() for r in results]}


def adjust(
    results: Sequence[ThesisResult],
    *,
    as_of: pd.Timestamp,
    inference: Inference,
) -> ThesesRun:
    """Holm-adjust every tested hypothesis in ``results`` and downgrade what does not survive."""
    flat = [h for r in results for h in r.hypotheses]
    adjusted = holm([h.pvalue for h in flat])
    m = int(np.isfinite(adjusted).sum())
    it = iter(adjusted.tolist())
    out = []
    for r in results:
        hyps = []
        for h in r.hypotheses:
            p_adj = next(it)
            new = replace(h, pvalue_adj=p_adj)
            if h.verdict == "supported" and not p_adj < inference.alpha:
                new = replace(
                    new,
                    verdict="inconclusive",
                    reason=(
                        f"Significant on its own (p {fmt_p(h.pvalue)}) but not after "
                        f"{ADJUSTMENT}'s "
                        f"adjustment for {m} hypotheses (p {fmt_p(p_adj)}). {h.reason}"
                    ),
                )
            hyps.append(new)
        out.append(replace(r, hypotheses=tuple(hyps)))
    return ThesesRun(tuple(out), as_of=as_of, **inference.kwargs())
