"""The registry of hypothesis evaluators, keyed by ``kind``, and the shared verdict rules.

An evaluator is ``evaluator(hypothesis, context, thesis_name) -> HypothesisResult``,
typed against the hypothesis model of its kind (e.g.
:class:`~leadwatch.theses.schema.LeadLagHypothesis`). The built-in kinds are
registered by :mod:`leadwatch.theses.evaluate` (the package index); plug in
another with :func:`register_evaluator`. A kind without an evaluator gives a
``not evaluated`` row, never an error.

Examples
--------
>>> verdict_label(True, False), verdict_label(False, True), verdict_label(False, False)
('supported', 'contradicted', 'inconclusive')
>>> verdict_from_ci(0.3, (0.1, 0.5), 0.01, 1.0, 0.05)
'supported'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeAlias, TypedDict, TypeVar

from pydantic import BaseModel

from leadwatch.analysis.conditional.regimes import expected_sign
from leadwatch.errors import DataError
from leadwatch.theses.evaluate.context import Context
from leadwatch.theses.results import HypothesisResult

__all__ = [
    "EVALUATORS",
    "Evaluator",
    "evaluator_for",
    "measured",
    "register_evaluator",
    "verdict_from_ci",
    "verdict_label",
]

H = TypeVar("H", bound=BaseModel)

#: ``evaluator(hypothesis, context, thesis_name) -> HypothesisResult``.
Evaluator: TypeAlias = Callable[[H, Context, str], HypothesisResult]

#: Kind -> evaluator (each typed for its own hypothesis model).
EVALUATORS: dict[str, Evaluator[Any]] = {}


def register_evaluator(kind: str, evaluator: Evaluator[H], *, replace: bool = False) -> None:
    """Plug in the evaluator of a hypothesis ``kind`` (``replace=True`` to swap one).

    Parameters
    ----------
    kind
        The hypothesis ``kind`` it evaluates.
    evaluator
        ``evaluator(hypothesis, context, thesis_name) -> HypothesisResult``; it
        raises :class:`~leadwatch.errors.InfeasibleTest` when the data cannot
        answer (the run then reports ``inconclusive`` with the reason).
    replace
        Swap an evaluator already registered for ``kind``.
    """
    if kind in EVALUATORS and not replace:
        raise DataError(f"an evaluator for {kind!r} is registered", fix="pass replace=True")
    EVALUATORS[kind] = evaluator


def evaluator_for(kind: str) -> Evaluator[Any] | None:
    """The evaluator registered for ``kind``, or ``None``."""
    return EVALUATORS.get(kind)


def verdict_label(ok: bool, wrong: bool) -> str:
    """``supported`` if ``ok``, else ``contradicted`` if ``wrong``, else ``inconclusive``."""
    return "supported" if ok else ("contradicted" if wrong else "inconclusive")


def verdict_from_ci(
    effect: float, ci: tuple[float, float], p: float, sign: float, alpha: float
) -> str:
    """Verdict of a one-sided test in direction ``sign`` (+1/-1).

    ``supported`` when ``p < alpha`` with the expected sign, ``contradicted``
    when the interval lies wholly on the wrong side, else ``inconclusive``.
    """
    wrong = (ci[1] < 0) if sign > 0 else (ci[0] > 0)
    return verdict_label(p < alpha and sign * effect > 0, wrong)


class _OneSidedTest(Protocol):
    @property
    def effect(self) -> float: ...
    @property
    def ci(self) -> tuple[float, float]: ...
    @property
    def pvalue(self) -> float: ...
    @property
    def nobs(self) -> int: ...


class Measured(TypedDict):
    """A test's headline fields of a :class:`HypothesisResult`, with its verdict."""

    verdict: str
    effect: float
    ci: tuple[float, float]
    pvalue: float
    nobs: int


def measured(res: _OneSidedTest, expected: str, alpha: float) -> Measured:
    """``res``'s effect, interval, p-value and size, judged one-sided in direction ``expected``."""
    verdict = verdict_from_ci(res.effect, res.ci, res.pvalue, expected_sign(expected), alpha)
    return Measured(verdict=verdict, effect=res.effect, ci=res.ci, pvalue=res.pvalue, nobs=res.nobs)
