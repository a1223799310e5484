"""``data update``'s summary and ``data import``'s result share one run base (SeriesRun)."""

from __future__ import annotations

from leadwatch.providers.summary import SeriesUpdate, UpdateResult
from leadwatch.store import ImportResult, SeriesImport


def test_update_result_json_and_frame() -> None:
    rows = (
        SeriesUpdate("btc", "updated", "coinbase", "BTC-USD", new=3, revised=1),
        SeriesUpdate("gpr", "failed", "iacoviello", message="down", offline=True),
    )
    result = UpdateResult("x.duckdb", rows, seconds=0.12345)
    out = result.to_dict()
    assert list(out) == [
        "store", "ok", "offline", "new", "revised", "failed", "seconds", "series",
    ]  # fmt: skip
    assert (out["ok"], out["offline"], out["new"], out["revised"]) == (False, False, 3, 1)
    assert out["failed"] == ["gpr"] and out["seconds"] == 0.123
    assert out["series"][0] == {
        "series_id": "btc", "status": "updated", "provider": "coinbase", "symbol": "BTC-USD",
        "new": 3, "revised": 1, "first": None, "last": None, "message": None, "splice": None,
        "offline": False,
    }  # fmt: skip
    frame = result.to_frame()
    assert frame["series_id"].tolist() == ["btc", "gpr"] and frame["new"].tolist() == [3, 0]


def test_import_result_json_and_frame() -> None:
    row = SeriesImport("btc", 10, 4, 1, 5, 0, 0, "2024-01-01", "2024-01-10", 7, "btc.csv")
    result = ImportResult("x.duckdb", (row,), seconds=1.0)
    out = result.to_dict()
    assert list(out) == ["store", "changed", "inserted", "updated", "seconds", "series"]
    assert (out["changed"], out["inserted"], out["updated"]) == (True, 4, 1)
    assert out["series"][0]["location"] == "btc.csv"
    assert result.to_frame().loc[0, "rows_in"] == 10
