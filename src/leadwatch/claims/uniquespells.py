"""How much a dated claim says: by how few days it holds on, and more when it fits one spell
only (pure).

A claim's weight grows as the share of days it holds on shrinks (1 at 1% of the days, 0.5 at
10%, capped at 1.5). A claim that holds on a single run of days in all the data ("the first
time below $100,000 since June", "its highest since 2012") on at most 1% of the days
singles out one period, whereas a
price level, however rare, recurs whenever the market revisits it: such a one-period claim
counts :data:`ONE_SPELL_BONUS` more, so a level that held in several periods (possibly
quoted from another feed) cannot outvote it by itself.

Examples
--------
>>> days = pd.date_range("2015-01-01", periods=4000)
>>> once = pd.Series(days.isin(days[100:103]), index=days)
>>> twice = pd.Series(days.isin(days[100:102].append(days[300:301])), index=days)
>>> claim_weight(once), claim_weight(twice)
(2.0, 1.5)
>>> round(claim_weight(pd.Series(days >= days[40], index=days)), 2)  # one long spell
0.1
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims.datehints import spells

__all__ = ["ONE_SPELL_BONUS", "claim_weight"]

#: The extra weight of a claim holding on one spell only.
ONE_SPELL_BONUS = 0.5
#: The largest share of days a one-spell claim may hold on to count more (a claim true for
#: years on end is one long spell, and says little).
_RARE = 0.01


def claim_weight(held: pd.Series) -> float:
    """Specificity of a claim holding on the days ``held`` marks (module docstring)."""
    share = max(float(held.mean()), 1e-4)
    weight = float(np.clip(-np.log10(share) / 2.0, 0.1, 1.5))
    return weight + ONE_SPELL_BONUS * (share <= _RARE and len(spells(held)) == 1)
