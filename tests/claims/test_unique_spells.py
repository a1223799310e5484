"""A claim that holds on one short spell only outweighs a level that recurs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims.uniquespells import ONE_SPELL_BONUS, claim_weight

DAYS = pd.date_range("2014-01-01", periods=4000)


def _held(*runs: tuple[int, int]) -> pd.Series:
    mask = pd.Series(False, index=DAYS)
    for a, b in runs:
        mask.iloc[a:b] = True
    return mask


@pytest.mark.parametrize(
    ("runs", "bonus"),
    [
        (((3000, 3002),), True),  # a first crossing: one short spell
        (((500, 530),), True),  # a month-long record run, still rare
        (((500, 502), (3000, 3002)), False),  # a level revisited years later
        (((100, 101), (900, 901), (3000, 3001)), False),
        (((1000, 4000),), False),  # true for years on end: one spell, but says little
    ],
)
def test_one_rare_spell_counts_more(runs: tuple[tuple[int, int], ...], bonus: bool) -> None:
    held = _held(*runs)
    share = max(float(held.mean()), 1e-4)
    base = float(np.clip(-np.log10(share) / 2.0, 0.1, 1.5))
    assert claim_weight(held) == pytest.approx(base + ONE_SPELL_BONUS * bonus)
