"""Suspect-value flagging shared by the snapshot importer and the live providers."""

from __future__ import annotations

from datetime import date

import pandas as pd

from leadwatch.batch import find_suspects, flag_suspects
from leadwatch.catalog import get_series
from leadwatch.providers.live import FetchRequest, finish_batch


def test_live_batch_flags_a_spike_and_keeps_it() -> None:
    dates = pd.bdate_range("2026-08-03", periods=5)
    frame = pd.DataFrame({"date": dates, "value": [98.1, 98.3, 9.84, 98.4, 98.2]})
    request = FetchRequest("dxy", "DX-Y.NYB", start=date(2026, 8, 3), end=date(2026, 8, 7))
    batch = finish_batch(
        request, frame, provider="yahoo", location="test", raw=b"x",
        now=pd.Timestamp("2026-08-10", tz="UTC"),
    )  # fmt: skip
    assert batch.rows == 5
    [suspect] = batch.suspects
    assert suspect.date == pd.Timestamp("2026-08-05") and suspect.value == 9.84
    flags = batch.frame.set_index("date")["flag"]
    assert flags[pd.Timestamp("2026-08-05")].startswith("isolated spike")
    assert flags.drop(pd.Timestamp("2026-08-05")).isna().all()


def test_no_limit_means_no_suspects() -> None:
    frame = pd.DataFrame({"date": pd.bdate_range("2024-01-01", periods=3), "value": [1, 50, 1]})
    assert find_suspects(get_series("epu"), frame) == []
    flagged = flag_suspects(frame, [])
    assert flagged["flag"].isna().all() and "flag" not in frame
