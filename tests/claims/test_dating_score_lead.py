"""Dating: among spells whose quoted prices fit alike, one that scores a capped move's
weight (0.25) or more below the best loses, however well the moves' sizes fit it (the
sizes are evidence the score already counts)."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market


def _bitcoin() -> Market:
    """$80,000 reached twice: on 13 January (down 20% on the day) and on 12 March (-5.9%)."""
    btc = pd.Series(100_000.0, index=pd.date_range("2025-01-01", "2025-04-30"))
    btc.loc["2025-01-13"] = 80_000.0
    btc.loc["2025-03-11"] = 85_000.0
    btc.loc["2025-03-12"] = 80_000.0
    return Market({"btc": btc})


def test_a_lead_in_the_score_outranks_the_moves_fit() -> None:
    text = "Bitcoin slid 20% to $80,000. It is down since the January 20 inauguration."
    dated = infer_date(extract_claims(text), _bitcoin())  # written after 20 January
    assert dated.date == pd.Timestamp("2025-03-12"), dated.reasoning


def test_the_moves_fit_still_settles_spells_scored_alike() -> None:
    text = "Bitcoin slid 20% to $80,000."  # nothing else: the 20% move dates it
    dated = infer_date(extract_claims(text), _bitcoin())
    assert dated.date == pd.Timestamp("2025-01-13"), dated.reasoning
