"""Report section "Flows and fundamentals": ETF flows against Bitcoin, the silver balance.

The section carries its own precomputed inputs (the report layer never reads the
store or estimates anything): the daily net flows and Bitcoin's price, the flows
lead-lag result both ways (optional), the fundamentals tables with every edition, and
the articles' dates to mark. It shows

* cumulative net flows against Bitcoin (a chart, articles marked);
* monthly net flows in the months around each article date, and the flow trigger
  (net inflows over 20 trading days) as known at each;
* the silver market balance by year in each edition (revisions side by side);
* mine output by country in each edition.

Examples
--------
>>> import numpy as np, pandas as pd
>>> from leadwatch.report.sample import sample_report_data
>>> days = pd.bdate_range("2025-10-01", "2026-02-27")
>>> flows = pd.Series(np.where(days.month == 12, -50.0, 20.0), index=days)
>>> section = FlowsSection(flows, pd.Series(90000.0, index=days), marks=(("a", "2026-01-12"),))
>>> html = section.render(sample_report_data()).html
>>> "2025-12" in html and "Monthly net flows" in html
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from leadwatch.analysis.flows import monthly, rolling_net
from leadwatch.report._format import esc, number
from leadwatch.report.charts import figure_div, plotly_modules
from leadwatch.report.data import ReportData
from leadwatch.report.sections import Fragment

__all__ = ["FlowsSection"]

#: Months shown before and after each article's month.
MONTHS_AROUND = 2
#: Trading days of the flow trigger shown at each article date.
TRIGGER_DAYS = 20


def _table(frame: pd.DataFrame, caption: str) -> str:
    head = "".join(f"<th>{esc(c)}</th>" for c in frame.columns)
    rows = []
    for record in frame.to_dict("records"):
        cells = []
        for value in record.values():
            if isinstance(value, float):
                cells.append(f'<td class="num">{number(value, 6) if pd.notna(value) else ""}</td>')
            else:
                cells.append(f"<td>{esc(value)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (
        f"<table><caption>{esc(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


@dataclass(frozen=True, slots=True, eq=False)
class FlowsSection:
    """Flows against Bitcoin and the silver fundamentals by edition.

    Parameters
    ----------
    flows
        Daily total net flows (US$ m), trading days only.
    price
        Bitcoin's price (any calendar).
    marks
        ``(label, date)`` of the articles to mark.
    fundamentals
        Every edition's figures (:meth:`leadwatch.store.Store.fundamentals`).
    lead_lag
        A :class:`~leadwatch.analysis.flows.FlowLeadLag`, or None.
    """

    flows: pd.Series
    price: pd.Series
    marks: Sequence[tuple[str, Any]] = ()
    fundamentals: pd.DataFrame = field(default_factory=pd.DataFrame)
    lead_lag: Any = None
    id: str = "flows"
    title: str = "Flows and fundamentals"

    def render(self, data: ReportData) -> Fragment:
        parts = [
            "<p>US spot Bitcoin ETF net flows are amounts (US$ millions a day), summed over "
            "windows and never turned into returns; a day without trading is missing, not "
            "a zero flow. Fundamentals are annual figures by report edition: each edition "
            "revises earlier years, so every number names its edition.</p>",
            self._chart(),
        ]
        if self.lead_lag is not None:
            parts.append(f"<pre>{esc(self.lead_lag.summary())}</pre>")
        parts.append(self._months())
        parts.append(self._trigger())
        parts += self._balance()
        return Fragment("".join(parts), uses_plotly=True)

    def _chart(self) -> str:
        go, _ = plotly_modules()
        cum = self.flows.dropna().cumsum()
        price = self.price.loc[cum.index.min() : cum.index.max()]
        fig = go.Figure()
        fig.add_scatter(x=cum.index, y=cum.to_numpy(), name="cumulative net flows (US$ m)")
        fig.add_scatter(x=price.index, y=price.to_numpy(), name="Bitcoin (USD)", yaxis="y2")
        for label, day in self.marks:
            fig.add_vline(x=pd.Timestamp(day).timestamp() * 1000, line_dash="dot")
            fig.add_annotation(x=pd.Timestamp(day), y=1, yref="paper", text=esc(label),
                               showarrow=False)  # fmt: skip
        fig.update_layout(
            yaxis={"title": "US$ m"},
            yaxis2={"title": "USD", "overlaying": "y", "side": "right"},
            legend={"orientation": "h"},
        )
        return figure_div(fig, f"{self.id}-chart")

    def _months(self) -> str:
        table = monthly(self.flows)
        if table.empty:
            return ""
        months = pd.PeriodIndex(table["month"], freq="M")
        keep = [False] * len(table)
        notes = [""] * len(table)
        for label, day in self.marks:
            at = pd.Timestamp(day).to_period("M")
            for i, m in enumerate(months):
                n = (m - at).n
                keep[i] = keep[i] or abs(n) <= MONTHS_AROUND
                notes[i] += f"{label} " if n == 0 else ""
        shown = table.assign(article=[n.strip() for n in notes])
        shown = shown[keep] if self.marks else shown.tail(6)
        shown = shown.loc[:, ["month", "net", "days", "article"]]
        return _table(shown, "Monthly net flows (US$ m) around the articles' dates")

    def _trigger(self) -> str:
        """The flow trigger (net inflows over the last 20 trading days) at each article date."""
        if not self.marks:
            return ""
        window = rolling_net(self.flows, TRIGGER_DAYS)
        rows = []
        for label, day in self.marks:
            known = window.loc[: pd.Timestamp(day)].dropna()
            if known.empty:
                continue
            net = float(known.iloc[-1])
            rows.append({"article": label, "date": f"{pd.Timestamp(day):%Y-%m-%d}",
                         "last flow day": f"{known.index[-1]:%Y-%m-%d}",
                         f"net over {TRIGGER_DAYS} trading days": net,
                         "net inflows": "yes" if net > 0 else "no"})  # fmt: skip
        if not rows:
            return ""
        caption = (
            f"Flow trigger 'net inflows over {TRIGGER_DAYS} trading days' as known at each "
            "article date (the phase config's flowsum metric)"
        )
        return _table(pd.DataFrame(rows), caption)

    def _balance(self) -> list[str]:
        t = self.fundamentals
        if t.empty:
            return []
        out = []
        single = t[t["year_start"] == t["year_end"]]
        for item in ("market_deficit", "total_demand", "industrial_demand", "pv_demand"):
            rows = single[single["item"] == item]
            if rows.empty:
                continue
            wide = rows.pivot_table(index="edition", columns="period", values="value")
            order = rows.groupby("edition")["published"].min().sort_values().index
            wide = wide.reindex(order).reset_index()
            wide.columns = [str(c) for c in wide.columns]
            out.append(_table(wide, f"{item} (Moz) by year, one row per edition"))
        mine = single[single["unit"] == "t"]
        if not mine.empty:
            wide = mine.pivot_table(index="item", columns=["period", "edition"], values="value")
            wide.columns = [f"{c[0]} ({c[1]})" for c in wide.columns]
            wide = wide.sort_values(wide.columns[0], ascending=False).reset_index()
            out.append(_table(wide.rename(columns={"item": "country"}),
                              "Mine output by country (tonnes), by year and edition"))  # fmt: skip
        return out
