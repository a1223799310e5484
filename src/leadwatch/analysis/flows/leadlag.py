"""Do fund flows lead the price, or follow it? The lead-lag battery both ways.

Flows enter as a *level* (the day's net flow, standardised), never as a return; the
price enters as log returns between consecutive flow days, so both columns live on
the flows' trading days (a day without trading is missing, not a zero flow). The
battery (:func:`leadwatch.analysis.leadlag.battery.lead_lag_battery`) then runs once
with the flows leading and once with the price leading.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.analysis.inference import Inference
from leadwatch.analysis.leadlag.battery import LeadLagResult, lead_lag_battery
from leadwatch.errors import InfeasibleTest
from leadwatch.results import Result, jsonable

__all__ = ["FlowLeadLag", "flow_frame", "flows_vs_price"]

#: Lags searched by default, in trading days (flows react within days, not months).
FLOW_LAGS = range(1, 21)


def flow_frame(flows: pd.Series, price: pd.Series, *, flow: str, asset: str) -> pd.DataFrame:
    """Flows (standardised level) and the price's log return between consecutive flow days.

    The price on a flow day is its last value on or before that day.
    """
    f = flows.dropna().sort_index()
    p = price.dropna().sort_index()
    if len(f) < 3 or len(p) < 3:
        raise InfeasibleTest("too few flow days or prices", fix="import more data")
    on_days = p.reindex(p.index.union(f.index)).ffill().reindex(f.index)
    returns = on_days.astype(float).apply(np.log).diff()
    level = (f - f.mean()) / f.std(ddof=1)
    return pd.DataFrame({flow: level, asset: returns}, index=f.index).iloc[1:]


@dataclass(frozen=True, slots=True)
class FlowLeadLag(Result):
    """The battery with flows leading (``flows_lead``) and with the price leading."""

    flow: str
    asset: str
    flows_lead: LeadLagResult
    price_leads: LeadLagResult

    @property
    def verdicts(self) -> dict[str, str]:
        """``{"flows lead": ..., "price leads": ...}``."""
        return {"flows lead": self.flows_lead.verdict, "price leads": self.price_leads.verdict}

    def summary(self) -> str:
        """Both directions, headline numbers and verdicts."""
        lines = [f"{self.flow} (level) against {self.asset} (log returns), both ways:"]
        for name, r in (("flows lead", self.flows_lead), ("price leads", self.price_leads)):
            lines.append(
                f"  {name}: verdict {r.verdict}; best lag {r.best_lag} trading days, "
                f"p = {r.pvalue:.3g}, {r.start.date()}..{r.end.date()}"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form."""
        out: dict[str, Any] = jsonable(
            {
                "flow": self.flow,
                "asset": self.asset,
                "flows_lead": self.flows_lead.to_dict(),
                "price_leads": self.price_leads.to_dict(),
            }
        )
        return out

    def to_frame(self) -> pd.DataFrame:
        """One row per direction: verdict, best lag, headline p-value and sample."""
        rows = [
            {
                "direction": name,
                "verdict": r.verdict,
                "best_lag": r.best_lag,
                "pvalue": r.pvalue,
                "start": r.start,
                "end": r.end,
            }
            for name, r in (("flows lead", self.flows_lead), ("price leads", self.price_leads))
        ]
        return pd.DataFrame(rows)

    def heading(self) -> str:
        return "Flows and price"


def flows_vs_price(
    flows: pd.Series,
    price: pd.Series,
    *,
    flow: str = "etf_flows",
    asset: str = "btc",
    lags: object = FLOW_LAGS,
    horizon: int = 5,
    alpha: float = 0.05,
    n_boot: int = 999,
    seed: int | None = 0,
) -> FlowLeadLag:
    """Run the lead-lag battery with the flows leading and with the price leading.

    Examples
    --------
    >>> rng = np.random.default_rng(1)
    >>> days = pd.bdate_range("2022-01-03", periods=700)
    >>> r = rng.standard_normal(700) * 0.02
    >>> price = pd.Series(100 * np.exp(np.cumsum(r)), index=days)
    >>> flows = pd.Series(np.r_[0, 0, r[:-2]] * 5e3 + rng.standard_normal(700) * 40, index=days)
    >>> res = flows_vs_price(flows, price, n_boot=199)
    >>> res.price_leads.best_lag, res.price_leads.verdict, res.flows_lead.verdict == "supported"
    (2, 'supported', False)
    """
    frame = flow_frame(flows, price, flow=flow, asset=asset)
    common: dict[str, Any] = {
        "lags": lags,
        "horizon": horizon,
        "inference": Inference(alpha, n_boot, seed),
    }
    ahead = lead_lag_battery(frame, flow, asset, **common)
    behind = lead_lag_battery(frame, asset, flow, **common)
    return FlowLeadLag(flow, asset, ahead, behind)
