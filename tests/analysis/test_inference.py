"""Inference: level, replicates and seed as one checked, hashable value."""

from __future__ import annotations

import numpy as np
import pytest

from leadwatch.analysis.inference import Inference
from leadwatch.errors import DataError


@pytest.mark.parametrize("alpha", [0.0, 0.5, 0.7, -0.1, float("nan"), "0.05"])
def test_alpha_outside_the_open_interval_is_refused_with_a_fix(alpha: object) -> None:
    with pytest.raises(DataError, match="alpha") as err:
        Inference(alpha=alpha)  # type: ignore[arg-type]
    assert err.value.fix


def test_equal_settings_are_one_key_and_give_the_same_draws() -> None:
    a, b = Inference(n_boot=199, seed=3), Inference(alpha=0.05, n_boot=199, seed=3)
    assert a == b and len({a, b}) == 1  # the thesis run caches results by it
    assert a.kwargs() == {"alpha": 0.05, "n_boot": 199, "seed": 3}
    np.testing.assert_array_equal(a.rng().integers(0, 1000, 5), b.rng().integers(0, 1000, 5))
    assert Inference(seed=4) != a


def test_a_seed_that_is_not_an_integer_is_refused_when_drawing() -> None:
    with pytest.raises(DataError, match="seed"):
        Inference(seed=1.5).rng()  # type: ignore[arg-type]
