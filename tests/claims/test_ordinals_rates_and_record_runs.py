"""An ordinal ("its 5th record") is no price; a rate "per annum" is no move; "record highs
for the 5th session running" counts a run, and that run dates the article.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market


def test_an_ordinal_is_no_price() -> None:
    text = "Silver Up 0.8%, Gold Dips on the Week as US Stocks Hit 4th Record High"
    assert not [c for c in extract_claims(text).claims if c.kind == "level"]


def test_a_rate_per_annum_is_no_move_of_the_asset() -> None:
    text = "Borrowing gold in London got cheaper on Friday at 2.4% per annum for one month."
    assert not [c for c in extract_claims(text).claims if c.pct == 2.4]


def test_record_highs_for_the_nth_session_running_date_the_article() -> None:
    text = "US stocks set new all-time highs for the 4th session running, the S&P 500 near 6,000."
    (run,) = [c for c in extract_claims(text).claims if c.op == "count:high"]
    assert run.window == "run:4"
    days = pd.bdate_range("2025-03-03", "2025-05-30")
    level = 5_950.0 + np.sin(np.arange(len(days))) * 10  # near 6,000 on every day
    spx = pd.Series(level, index=days)
    spx[pd.Timestamp("2025-04-14") : pd.Timestamp("2025-04-17")] = [6_100, 6_110, 6_120, 6_130]
    spx[pd.Timestamp("2025-04-18") :] -= 0  # the run ends: back under the records
    dated = infer_date(extract_claims(text), Market({"spx": spx}))
    assert dated.date in (pd.Timestamp("2025-04-17"), pd.Timestamp("2025-04-18")), dated.reasoning
