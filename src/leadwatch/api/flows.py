"""Flows, positioning and fundamentals from the store: claims data and flows against price."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from leadwatch.store import Store, StoreLike, opened_store

if TYPE_CHECKING:
    from leadwatch.analysis.flows import FlowLeadLag
    from leadwatch.claims.extra import ExtraData
    from leadwatch.report.sections import Section

__all__ = ["extra_data", "flows_lead_lag", "flows_report_sections"]


def extra_data(store: Store) -> ExtraData:
    """Every stored flows total, fundamentals edition and snapshot (empty when none)."""
    from leadwatch.claims.extra import ExtraData

    status = store.extra_status()
    flows: dict[str, pd.Series] = {}
    sources: dict[str, str] = {}
    for row in status[status["kind"] == "flows"].to_dict("records"):
        name = str(row["dataset"])
        flows[name] = store.flows(name)["Total"]
        sources[name] = f"{name} (daily net flows, Total, US$ m)"
    fundamentals = store.fundamentals()
    snapshots = store.snapshots()
    return ExtraData(flows, fundamentals, snapshots, sources)


def flows_lead_lag(
    store: StoreLike = None,
    *,
    dataset: str | None = None,
    asset: str = "btc",
    n_boot: int = 999,
    seed: int | None = 0,
) -> FlowLeadLag:
    """The lead-lag battery between a stored flows total and ``asset``, both ways."""
    from leadwatch.analysis.flows import flows_vs_price

    with opened_store(store) as opened:
        flows = opened.flows(dataset)["Total"]
        price = opened.read_values([asset])[asset]
    return flows_vs_price(
        flows, price, flow=dataset or "etf_flows", asset=asset, n_boot=n_boot, seed=seed
    )


def flows_report_sections(
    store: Store,
    *,
    marks: tuple[tuple[str, object], ...] = (),
    n_boot: int = 299,
    seed: int | None = 0,
) -> list[Section]:
    """The "Flows and fundamentals" section, or nothing without stored flows and Bitcoin."""
    from leadwatch.analysis.flows import flows_vs_price
    from leadwatch.errors import InfeasibleTest
    from leadwatch.report.flows import FlowsSection

    status = store.extra_status()
    names = status.loc[status["kind"] == "flows", "dataset"].tolist()
    stored = set(store.status().query("rows > 0")["id"])
    if not names or "btc" not in stored:
        return []
    flows = store.flows(names[0])["Total"]
    price = store.read_values(["btc"])["btc"]
    try:
        lead_lag = flows_vs_price(flows, price, flow=names[0], n_boot=n_boot, seed=seed)
    except InfeasibleTest:
        lead_lag = None
    return [FlowsSection(flows, price, marks, store.fundamentals(), lead_lag)]
