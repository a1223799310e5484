"""How a test decides: significance level, bootstrap replicates, seed, as one value.

The three always travel together: from the API through the lead-lag battery
into each of its tests, from a thesis run through every evaluator, and onto
the results that record them. :class:`Inference` carries them as one checked,
frozen (hashable) value; an analysis function takes ``inference=`` and
documents it once, by pointing here.

``alpha``
    Level of the tests and intervals; checked to lie in (0, 0.5).
``n_boot``
    Bootstrap (or placebo) replicates; each function checks its own minimum.
``seed``
    Seed of the random draws; results are deterministic given it (``None``:
    fresh entropy).

Examples
--------
>>> Inference(n_boot=199)
Inference(alpha=0.05, n_boot=199, seed=0)
>>> Inference(n_boot=199).kwargs()
{'alpha': 0.05, 'n_boot': 199, 'seed': 0}
>>> Inference(alpha=0.7)
Traceback (most recent call last):
...
leadwatch.errors.DataError: alpha=0.7 is outside (0, 0.5). Fix: use e.g. alpha=0.05.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

import numpy as np

from leadwatch.analysis.validation import check_alpha, rng_from

__all__ = ["Inference", "InferenceKwargs"]


class InferenceKwargs(TypedDict):
    """``alpha``, ``n_boot`` and ``seed`` as keywords (e.g. for a result's fields)."""

    alpha: float
    n_boot: int
    seed: int | None


@dataclass(frozen=True, slots=True)
class Inference:
    """Level ``alpha`` (checked to lie in (0, 0.5)), bootstrap replicates ``n_boot``, ``seed``."""

    alpha: float = 0.05
    n_boot: int = 999
    seed: int | None = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "alpha", check_alpha(self.alpha))

    def kwargs(self) -> InferenceKwargs:
        """``alpha``, ``n_boot`` and ``seed`` as keywords."""
        return InferenceKwargs(alpha=self.alpha, n_boot=self.n_boot, seed=self.seed)

    def rng(self) -> np.random.Generator:
        """A fresh generator from :attr:`seed` (checked to be an integer or ``None``)."""
        return rng_from(self.seed)
