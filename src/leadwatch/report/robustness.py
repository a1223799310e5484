"""The sub-sample (robustness) table shown under each hypothesis's verdict."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from leadwatch.report._format import esc
from leadwatch.theses.results import HypothesisResult

__all__ = ["robustness_table"]


def robustness_table(h: HypothesisResult) -> str:
    """The sub-sample table behind the verdict (lead-lag: r and rank r; events: mean and median)."""
    tab = h.extras.get("robustness")
    if tab is None or tab.empty:
        return ""
    cols = [c for c in tab.columns if c != "sample"]

    def cell(v: object) -> str:
        if isinstance(v, pd.Timestamp):
            return esc(f"{v:%Y-%m-%d}")
        if isinstance(v, int | np.integer):
            return esc(str(int(v)))
        if isinstance(v, float | np.floating):
            return esc(f"{float(v):+.3f}") if math.isfinite(float(v)) else "—"
        return esc(str(v))

    head = "".join(f'<th scope="col" class="num">{esc(c)}</th>' for c in cols)
    rows = "".join(
        f'<tr><th scope="row">{esc(str(r["sample"]))}</th>'
        + "".join(f'<td class="num">{cell(r[c])}</td>' for c in cols)
        + "</tr>"
        for r in tab.to_dict(orient="records")
    )
    return (
        '<div class="table-wrap"><table class="data compact"><caption>Robustness: the effect '
        "on sub-samples (supported needs the sign and a third of the size in each; events also a "
        f'positive median excess)</caption><thead><tr><th scope="col">Sample</th>{head}</tr>'
        f"</thead><tbody>{rows}</tbody></table></div>"
    )
