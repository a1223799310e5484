"""Fund flows: windows (sums, never returns), triggers, and flows against the price.

Pure: a flows series indexed by trading day in, frozen results out.
"""

from leadwatch.analysis.flows.leadlag import FlowLeadLag, flow_frame, flows_vs_price
from leadwatch.analysis.flows.windows import (
    PeriodFlow,
    monthly,
    period_net,
    rolling_net,
    year_to_date,
)

__all__ = [
    "FlowLeadLag",
    "PeriodFlow",
    "flow_frame",
    "flows_vs_price",
    "monthly",
    "period_net",
    "rolling_net",
    "year_to_date",
]
