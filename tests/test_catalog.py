"""Catalog timing: observation instants and publication lags."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.catalog import CATALOG, get_series, snapshot_layout
from leadwatch.errors import UnknownSeriesError


def _known(series: str, day: str) -> pd.Timestamp:
    return get_series(series).known_at(pd.DatetimeIndex([day]))[0]


def test_required_series_are_catalogued() -> None:
    required = {
        "btc", "eth", "silver", "gold", "dxy", "usd_broad", "real_yield_10y", "yield_10y",
        "breakeven_10y", "fed_funds", "fed_assets", "m2", "vix", "spx", "gpr", "epu",
        "silver_fut", "gold_fut",
    }  # fmt: skip
    assert required <= set(CATALOG)


@pytest.mark.parametrize("series_id", sorted(CATALOG))
def test_never_known_before_observed(series_id: str) -> None:
    spec = CATALOG[series_id]
    days = pd.date_range("2000-01-01", "2026-12-31", freq="D")
    observed, known = spec.observed_at(days), spec.known_at(days)
    assert (known >= observed).all()
    # nothing is observed before its own date label starts (in UTC-12 terms)
    assert (observed >= days.tz_localize("UTC") - pd.Timedelta(hours=12)).all()
    assert spec.snapshot is not None or spec.providers


def test_observation_times() -> None:
    # BTC's UTC day closes at 00:00 UTC the next day
    assert _known("btc", "2024-03-01") == pd.Timestamp("2024-03-02 00:00", tz="UTC")
    # LBMA silver noon London (GMT in winter, BST in summer), published within the hour
    assert _known("silver", "2024-01-15") == pd.Timestamp("2024-01-15 13:00", tz="UTC")
    assert _known("silver", "2024-07-15") == pd.Timestamp("2024-07-15 12:00", tz="UTC")
    # S&P 500 at the 16:00 New York close
    assert _known("spx", "2024-07-15") == pd.Timestamp("2024-07-15 20:00", tz="UTC")


def test_publication_lags() -> None:
    # H.15 yields: next US business day, skipping weekends and federal holidays
    assert _known("yield_10y", "2024-07-11").date() == pd.Timestamp("2024-07-12").date()
    assert _known("yield_10y", "2024-07-12").date() == pd.Timestamp("2024-07-15").date()
    assert _known("yield_10y", "2024-05-24").date() == pd.Timestamp("2024-05-28").date()
    # WALCL, week ending Wednesday, out Thursday 16:30 New York
    assert _known("fed_assets", "2024-07-10") == pd.Timestamp("2024-07-11 20:30", tz="UTC")
    # M2 for a month is out about four weeks after it ends
    assert _known("m2", "2024-05-01") > pd.Timestamp("2024-06-25", tz="UTC")
    # the weekly H.10 dollar index is not known on the day it describes
    assert _known("usd_broad", "2024-07-08") >= pd.Timestamp("2024-07-15", tz="UTC")


def test_unknown_series_suggests() -> None:
    with pytest.raises(UnknownSeriesError, match="did you mean 'gold'"):
        get_series("golld")


def test_snapshot_layout_groups_files() -> None:
    layout = snapshot_layout()
    assert [s.id for s in layout["gpr_daily.csv"]] == ["gpr", "gpr_acts", "gpr_threats"]
    assert [s.id for s in snapshot_layout(["silver"])["silver_usd.csv"]] == ["silver"]
