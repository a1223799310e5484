"""The verdict rules, case by case.

The rules changed with issue 14: the predictive checks no longer make or break
"supported" (they are centred on the best lag and only flag a *conflict*), a
significant negative predictive slope against a significant positive lead is
a "conflict" (it used to override the lead as "contradicted"), a short-lag
Granger test no longer blocks "contradicted", and "contradicted" needs the
equivalence bound over every claimed lag to be below the minimum effect.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.ccf import cross_correlation
from leadwatch.analysis.leadlag.verdict import decide_label, equivalence_bound

BASE = {
    "lead": True,
    "direction": True,
    "in_sample": True,
    "out_of_sample": True,
    "controls": True,
    "stable": True,
    "robust": True,
    "conflict": False,
}


@pytest.mark.parametrize(
    ("changes", "bound", "label"),
    [
        ({}, 0.3, "supported"),
        ({"controls": None}, 0.3, "supported"),  # no controls given: not held against it
        ({"in_sample": False}, 0.3, "supported"),  # out of sample alone is enough
        ({"in_sample": False, "out_of_sample": False}, 0.3, "supported"),  # a one-lag lead
        ({"controls": False}, 0.3, "inconclusive"),  # a common driver explains it
        ({"stable": False}, 0.3, "inconclusive"),
        ({"robust": False}, 0.3, "inconclusive"),  # one stretch of history carries it
        ({"direction": False}, 0.3, "inconclusive"),  # wrong sign, a lead not ruled out
        ({"direction": False}, 0.05, "contradicted"),  # wrong sign and a lead ruled out
        ({"lead": False, "in_sample": False, "out_of_sample": False}, 0.05, "contradicted"),
        ({"lead": False, "in_sample": False, "out_of_sample": False}, 0.15, "inconclusive"),
        ({"conflict": True}, 0.3, "conflict"),  # lead and predictive slope disagree
        # a significant short-lag Granger test no longer blocks "contradicted"
        ({"lead": False, "in_sample": False, "granger": True}, 0.05, "contradicted"),
        ({"lead": True, "in_sample": False, "granger": True, "stable": False}, 0.3, "inconclusive"),
    ],
)
def test_rules(changes: dict[str, bool | None], bound: float, label: str) -> None:
    checks = {**BASE, **changes}
    assert decide_label(checks, bound=bound, min_effect=0.1) == label


def test_equivalence_bound_covers_every_searched_lag() -> None:
    rng = np.random.default_rng(0)
    x = rng.standard_normal(4000)
    y = 0.15 * np.r_[np.zeros(30), x[:-30]] + rng.standard_normal(4000)
    ccf = cross_correlation(x, y, range(1, 41), inference=Inference(n_boot=199, seed=0))
    bound, lag = equivalence_bound(ccf)
    tab = ccf.table.set_index("lag")
    assert lag == 30 and bound > float(tab.loc[30, "r"]) > 0.1  # the planted lag sets it
    null = cross_correlation(
        x, rng.standard_normal(4000), range(1, 41), inference=Inference(n_boot=199, seed=0)
    )
    nb, _ = equivalence_bound(null)
    searched = null.table.loc[null.table["searched"]]
    assert nb >= float(pd.to_numeric(searched["r"]).max()) and nb < 0.1
