"""Dating round 17: when another spell scores and fits as well as the chosen one (prices
that return to the same levels months apart, a text with no day in it), the reasoning
says nothing in the text separates them, so the reader knows to pass ``--date``."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims.datehints import runner_ups

_DAYS = pd.date_range("2026-01-01", periods=120)


def _spells(second: float, fit_off: float) -> tuple[pd.Series, pd.Series, pd.Series]:
    score = pd.Series(0.0, index=_DAYS)
    fit = pd.Series(1.0, index=_DAYS)
    score.iloc[19:23], fit.iloc[19:23] = 3.2, 0.0  # a January spell
    score.iloc[98:110], fit.iloc[98:110] = second, fit_off  # an April one
    return score, pd.Series(1, index=_DAYS), fit


def test_a_spell_as_well_supported_is_said_to_be_unseparated() -> None:
    score, assets, fit = _spells(3.2, 0.0)
    (line,) = runner_ups(score, assets, (_DAYS[19], _DAYS[22]), n=1, fit=fit)
    assert "nothing in the text separates" in line


def test_a_weaker_or_worse_fitting_spell_is_a_plain_runner_up() -> None:
    for second, off in ((3.0, 0.0), (3.2, 0.01)):
        score, assets, fit = _spells(second, off)
        (line,) = runner_ups(score, assets, (_DAYS[19], _DAYS[22]), n=1, fit=fit)
        assert "separates" not in line
