"""How one run of theses decides: significance level, bootstrap replicates, seed.

The three travel together from the API through every evaluator into the
analysis functions, and onto the run's record (:class:`~leadwatch.theses.results.ThesesRun`);
:class:`Inference` carries them as one checked value.

Examples
--------
>>> Inference(n_boot=199).kwargs()
{'alpha': 0.05, 'n_boot': 199, 'seed': 0}
>>> Inference(alpha=0.7)
Traceback (most recent call last):
...
leadwatch.errors.DataError: alpha=0.7 is outside (0, 0.5). Fix: use e.g. alpha=0.05.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TypedDict

from leadwatch.errors import DataError

__all__ = ["Inference", "InferenceKwargs"]


class InferenceKwargs(TypedDict):
    """The keyword arguments ``alpha``, ``n_boot``, ``seed`` of the analysis functions."""

    alpha: float
    n_boot: int
    seed: int | None


@dataclass(frozen=True, slots=True)
class Inference:
    """Level ``alpha`` (checked to lie in (0, 0.5)), bootstrap replicates, seed of one run."""

    alpha: float = 0.05
    n_boot: int = 999
    seed: int | None = 0

    def __post_init__(self) -> None:
        if not math.isfinite(self.alpha) or not 0 < self.alpha < 0.5:
            raise DataError(f"alpha={self.alpha!r} is outside (0, 0.5)", fix="use e.g. alpha=0.05")

    def kwargs(self) -> InferenceKwargs:
        """``alpha``, ``n_boot`` and ``seed`` for an analysis function's keywords."""
        return InferenceKwargs(alpha=self.alpha, n_boot=self.n_boot, seed=self.seed)
