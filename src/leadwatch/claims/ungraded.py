"""Claims the price data cannot grade by themselves, and why (pure).

Three cases: a kind of claim the store holds nothing for (market expectations, a figure
of something else), a story graded through the built-in theses it maps to, and a claim
whose series has no close by the article date or whose closes stop long before the day
the claim speaks of (stale data: the last close says nothing of that day).

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> m = Market({"gold": pd.Series(1.0, index=pd.bdate_range("2026-01-05", "2026-03-31"))})
>>> gap_note(m, "gold", pd.Timestamp("2026-04-03"), "gold") is None
True
>>> gap_note(m, "gold", pd.Timestamp("2026-06-01"), "gold").split(";")[0]
"stale: the store's gold data end 2026-03-31, 62 days before 2026-06-01"
>>> gap_note(m, "gold", pd.Timestamp("2026-06-01"), "gold", about=pd.Timestamp("2026-02-27"))
>>> gap_note(m, "gold", pd.Timestamp("2025-12-31"), "gold")
'no gold data by 2025-12-31'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

if TYPE_CHECKING:
    from leadwatch.claims.extract import Claim
    from leadwatch.claims.market import Market

__all__ = ["NOT_CHECKABLE", "STALE_AFTER", "gap_note", "implausible_note", "narrative_grade"]

#: Claim kinds the store holds no data for, with the reason shown as evidence.
NOT_CHECKABLE = {
    "expectation": "market expectations of the Fed are not in the store",
    "figure": "a figure about something the store does not hold (no data)",
}

#: A daily series is stale for a claim this long after its last close (weekly and monthly
#: series get three of their usual spacings, if longer).
STALE_AFTER = pd.Timedelta(days=7)


def narrative_grade(c: Claim, verdicts: Mapping[str, str]) -> tuple[str, str, dict[str, Any]]:
    """A story's status from the verdicts of the built-in theses it maps to."""
    if not c.theses:
        return "not checkable", "a story with no built-in thesis that tests it", {}
    found = {t: verdicts[t] for t in c.theses if t in verdicts}
    if not found:
        return "not checkable", "mapped to " + ", ".join(c.theses) + " (not run)", {}
    labels = set(found.values())
    if labels == {"supported"}:
        status = "confirmed"
    elif "contradicted" in labels and "supported" not in labels:
        status = "contradicted"
    else:
        status = "inconclusive"
    text = "; ".join(f"thesis {t}: {v}" for t, v in found.items())
    return status, text, {"theses": found}


def gap_note(
    market: Market,
    asset: str,
    day: pd.Timestamp,
    name: str,
    about: pd.Timestamp | None = None,
) -> str | None:
    """Why ``asset``'s closes cannot grade a claim (None if they can).

    Parameters
    ----------
    market
        The closes.
    asset
        The claim's series id.
    day
        The article date: with no close on or before it, nothing can be graded.
    name
        The asset's name, for the message.
    about
        The day the claim speaks of (default ``day``; earlier for "in April" or "on
        March 3"): stale when the closes stop more than :data:`STALE_AFTER` (or three
        of the series' usual spacings) before it.
    """
    closes = market.close(asset)
    if not len(closes.loc[:day]):
        return f"no {name} data by {day.date()}"
    about = day if about is None else about
    last = pd.Timestamp(closes.index[-1])
    spacing = pd.Timedelta(closes.index[-30:].to_series().diff().median())
    if about - last <= max(STALE_AFTER, 3 * spacing):
        return None
    return (
        f"stale: the store's {name} data end {last.date()}, {(about - last).days} days "
        f"before {about.date()}; update them (leadwatch data update)"
    )


def implausible_note(market: Market, asset: str, level: float, name: str) -> str:
    """Why ``level`` is no value of ``asset`` (called when it lies far outside its closes)."""
    lo, hi = market.close(asset).agg(["min", "max"])
    return (
        f"{level:,.2f} is not a plausible value of {name} (its closes range "
        f"{lo:,.2f}-{hi:,.2f}): the figure is probably another asset's"
    )
