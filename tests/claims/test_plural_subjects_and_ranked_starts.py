""" "Their worst start of the year" ranks the year-to-date move; "They"/"Both" after a
sentence opened by two names states its record of each; a headline's ranked record is not
restated by a body's plain all-time high.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _ranked(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.op) for c in extract_claims(text).claims if c.kind == "record"]


def test_the_worst_start_of_the_year_ranks_the_year_to_date_move() -> None:
    assert _ranked("Ether is off to its worst start of the year since 2018.") == [
        ("eth", "worst:YTD")
    ]
    assert _ranked("Gold had its best year-to-date return on record.") == [("gold", "best:YTD")]


def test_both_after_two_names_states_the_record_of_each() -> None:
    text = "Bitcoin and ether slid on Tuesday. Both now sit at their lowest since April."
    records = sorted(c.asset or "" for c in extract_claims(text).claims if c.kind == "record")
    assert records == ["btc", "eth"]
    one = "Bitcoin slid on Tuesday while the dollar firmed. They sit near a low."
    assert [c.asset for c in extract_claims(one).claims if c.kind == "record"] in ([], ["btc"])


def test_a_headline_ranked_record_stays_beside_a_body_all_time_high() -> None:
    text = (
        "Bitcoin and ether head for their worst start of the year in ten years\n\n"
        "Selling went on through February. Bitcoin had reached all-time highs only four months ago."
    )
    ranked = sorted(c.asset or "" for c in extract_claims(text).claims if c.op == "worst:YTD")
    assert ranked == ["btc", "eth"]
    days = pd.date_range("2015-01-01", "2026-02-20")
    rise = np.linspace(300.0, 120_000.0, len(days))
    btc = pd.Series(rise, index=days)
    btc[pd.Timestamp("2026-01-01") :] = 80_000.0  # -33% to start 2026: the worst in a decade
    graded = check_claims(extract_claims(text), days[-1], Market({"btc": btc, "eth": btc / 30}))
    worst = [g.status for g in graded if g.claim.op == "worst:YTD"]
    assert worst == ["confirmed", "confirmed"]
