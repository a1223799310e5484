"""The premium of a later futures contract over the front month: the cost of carry (pure).

News quotes the most active metals contract, which is often not the front month the store
holds but one of the next few (in early January, February gold; in September, December
gold). A later contract trades above the front month by the cost of carrying the metal to
its delivery, about the short-term interest rate pro rata: at a 4.3% fed funds rate, a
contract three months out stands about 1.1% higher. A quote of that contract therefore
lies above the stored front month's range by up to that much, and a level check of a metal
against its futures' range allows it (:func:`leadwatch.claims.market.level_days`, quotes
only: "at" and "near"; never below the range).

Examples
--------
>>> import pandas as pd
>>> days = pd.bdate_range("2025-09-01", periods=3)
>>> carry_share(pd.Series(4.33, index=days), days).round(4).tolist()
[0.0108, 0.0108, 0.0108]
>>> carry_share(None, days).tolist()
[0.0, 0.0, 0.0]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim

__all__ = ["CARRY_MONTHS", "carry_share", "of_futures"]

#: How far past the front month the most active contract may lie, in months.
CARRY_MONTHS = 3


def carry_share(fed_funds: pd.Series | None, days: pd.Index) -> np.ndarray:
    """Per day of ``days``, the premium (a share of the price) of a contract
    :data:`CARRY_MONTHS` months past the front month: the fed funds rate (in percent, the
    last value on or before each day) pro rata; 0 where no rate is known."""
    if fed_funds is None or fed_funds.empty:
        return np.zeros(len(days))
    rate = fed_funds.sort_index().reindex(fed_funds.index.union(days)).ffill().reindex(days)
    share: np.ndarray = np.clip(rate.fillna(0.0).to_numpy(dtype=float), 0.0, None) / 100
    return share * CARRY_MONTHS / 12


def of_futures(c: Claim) -> bool:
    """Whether the claim quotes the futures (qualifier ``of_futures``: "gold futures for
    February delivery rose to $2,677.70"), so that a later contract's premium may apply."""
    return "of_futures" in c.qualifiers
