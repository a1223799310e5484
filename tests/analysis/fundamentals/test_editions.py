"""Fundamentals with editions: as known at a date, changes within one edition, runs."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.analysis.fundamentals import changes, consecutive, known_at, series_of
from leadwatch.api.flows import extra_data
from leadwatch.providers.extra_csv import read_extra_dir
from leadwatch.store import Store
from tests.paths import SHARED


def _table(rows: list[tuple[str, str, float, str, str]]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["period", "item", "value", "edition", "published"])
    frame["year_start"] = frame["period"].str[:4].astype(int)
    frame["year_end"] = frame["period"].str[-4:].astype(int)
    frame["published"] = pd.to_datetime(frame["published"])
    frame["unit"], frame["status"] = "Moz", "actual"
    return frame


PLANTED = _table(
    [
        ("2020", "deficit", -5.0, "E1", "2021-04-01"),
        ("2021", "deficit", 10.0, "E1", "2021-04-01"),
        ("2021", "deficit", 12.0, "E2", "2022-04-01"),  # revised
        ("2022", "deficit", 20.0, "E2", "2022-04-01"),
        ("2023", "deficit", 30.0, "E3", "2023-04-01"),
        ("2022", "demand", 100.0, "E2", "2022-04-01"),
        ("2023", "demand", 150.0, "E3", "2023-04-01"),
        ("2022", "demand", 110.0, "E3", "2023-04-01"),
    ]
)


def test_known_at_uses_editions_published_by_then() -> None:
    early = known_at(PLANTED, "2021-12-31")
    assert early.loc[early["period"] == "2021", "value"].item() == 10.0
    later = series_of(PLANTED, "deficit", "2022-12-31")
    assert later.set_index("year")["value"].to_dict() == {2020: -5.0, 2021: 12.0, 2022: 20.0}
    assert set(later["edition"]) == {"E1", "E2"}


def test_changes_within_one_edition() -> None:
    [c] = changes(PLANTED, "demand")
    assert (c.edition0, c.value0, c.value1) == ("E3", 110.0, 150.0)  # not E2's 100
    assert c.growth == pytest.approx(150 / 110 - 1)
    assert changes(PLANTED, "demand", as_of="2022-12-31") == []  # one year known then
    mixed = changes(PLANTED, "demand", same_edition=False)
    assert mixed[0].value0 == 110.0 and mixed[0].edition1 == "E3"


def test_consecutive_run_ends_at_last_year() -> None:
    run = consecutive(PLANTED, "deficit")
    assert run.years == (2021, 2022, 2023) and run.values[0] == 12.0
    assert consecutive(PLANTED, "deficit", as_of="2021-06-01").years == (2021,)
    assert consecutive(PLANTED, "deficit", as_of="2020-01-01").length == 0


def test_real_silver_tables(tmp_path: object) -> None:
    with Store(tmp_path / "s.duckdb") as store:  # type: ignore[operator]
        store.write_extra(read_extra_dir(SHARED / "data-extra"))
        extra = extra_data(store)
    table = extra.fundamentals
    deficits = table[table["dataset"] == "silver_supply_demand"]
    # as known before the Feb 2026 outlook: 2023-2025 (2025 an estimate); after it, 2026 too
    assert consecutive(deficits, "market_deficit", "2026-01-12").years == (2023, 2024, 2025)
    assert consecutive(deficits, "market_deficit").years[-1] == 2026
    mine = table[table["dataset"] == "silver_mine_production"]
    [mexico] = changes(mine, "Mexico")
    assert (mexico.year0, mexico.year1, mexico.edition1) == (2024, 2025, "USGS MCS 2026")
    assert changes(mine, "Mexico", as_of="2026-01-12") == []  # only 2024 known then
