"""Run theses: every hypothesis through its kind's evaluator, then Holm over the run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from leadwatch.align import DateLike
from leadwatch.analysis.inference import Inference
from leadwatch.errors import InfeasibleTest
from leadwatch.theses.evaluate.context import Context, Workspace, named
from leadwatch.theses.evaluate.registry import evaluator_for
from leadwatch.theses.evaluate.stale import hypothesis_ids, stale_inputs
from leadwatch.theses.results import HypothesisResult, ThesesRun, ThesisResult, adjust
from leadwatch.theses.schema import Hypothesis, Thesis

__all__ = ["evaluate_hypothesis", "evaluate_thesis", "run_theses"]


def evaluate_hypothesis(h: Hypothesis, ctx: Context, thesis: str) -> HypothesisResult:
    """One hypothesis on the data in ``ctx`` (cached per context and settings).

    A kind without an evaluator gives ``not evaluated``; an evaluator's
    :class:`~leadwatch.errors.InfeasibleTest` gives ``inconclusive`` with the reason.
    """
    key = (f"{thesis}\n{h.model_dump_json()}", ctx.inference)
    if key in ctx.cache:
        return ctx.cache[key]
    evaluator = evaluator_for(h.kind)
    if evaluator is None:
        reason = (
            f"No evaluator is registered for kind '{h.kind}' (plug one in with "
            "leadwatch.theses.evaluate.register_evaluator)."
        )
        result = _untested(h, thesis, "not evaluated", reason)
    else:
        try:
            result = evaluator(h, ctx, thesis)
        except InfeasibleTest as exc:
            reason = f"Not testable on data known by {ctx.end.date()}: {exc}"
            result = _untested(h, thesis, "inconclusive", reason)
        stale = stale_inputs(hypothesis_ids(h), ctx.values, ctx.end)
        if stale:
            note = f" Stale inputs at {ctx.end.date()}: {', '.join(stale)}."
            result = replace(result, reason=result.reason + note)
    ctx.cache[key] = result
    return result


def _untested(h: Hypothesis, thesis: str, verdict: str, reason: str) -> HypothesisResult:
    """The row of a hypothesis that was not tested, and why."""
    return HypothesisResult(**named(thesis, h, h.id), verdict=verdict, reason=reason)


def evaluate_thesis(thesis: Thesis, ctx: Context) -> ThesisResult:
    """Every hypothesis of ``thesis`` on the data in ``ctx`` (p-values not yet adjusted)."""
    hyps = tuple(evaluate_hypothesis(h, ctx, str(thesis.name)) for h in thesis.hypotheses)
    return ThesisResult(thesis=thesis, as_of=ctx.end, hypotheses=hyps)


def run_theses(
    theses: Sequence[Thesis],
    workspace: Workspace,
    *,
    day: DateLike | None = None,
    alpha: float = 0.05,
    n_boot: int = 999,
    seed: int | None = 0,
) -> ThesesRun:
    """Run ``theses`` on data known at ``day`` and Holm-adjust over all their hypotheses."""
    inference = Inference(alpha, n_boot, seed)
    ctx = workspace.at(day)
    ctx.inference = inference
    results = [evaluate_thesis(t, ctx) for t in theses]
    return adjust(results, as_of=ctx.end, inference=inference)
