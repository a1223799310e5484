"""A user's own series from the CLI alone: copper from a CSV and from Yahoo's HG=F.

Done means (issue 16): a user adds copper, then runs ``test copper btc``, a thesis
with copper, ``claims`` on an article about copper and a scan including copper.
The copper CSV is synthetic (written in the test's tmp dir); the HG=F answer is a
constructed recording in Yahoo's chart JSON format, modelled on the real
captures in shared/fixtures/providers/yahoo (served through the real yfinance
code path). Bitcoin comes from the real snapshot, read in place.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from leadwatch.api import coverage_table
from leadwatch.cli import app
from leadwatch.providers.yahoo import yfinance_download
from leadwatch.store import Store
from tests.recorded import replay

runner = CliRunner()
NY_CLOSE = "17:00 America/New_York"


def _run(store: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--store", str(store), *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _copper_prices(days: pd.DatetimeIndex, seed: int = 7) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.asarray(3.0 * np.exp(np.cumsum(rng.normal(0.0, 0.013, len(days)))))


def _copper_csv(folder: Path, *, weekend: bool = False) -> Path:
    days = pd.bdate_range("2016-01-04", "2026-06-30")
    if weekend:
        days = days.union(pd.DatetimeIndex(["2020-03-07"]))
    path = folder / "copper.csv"
    frame = pd.DataFrame({"date": days.strftime("%Y-%m-%d"), "value": _copper_prices(days)})
    frame.round(4).to_csv(path, index=False)
    return path


@pytest.fixture()
def store(tmp_path: Path, snapshot_store: Path) -> Path:
    """A copy of the store holding the real snapshot (the session's copy stays read-only)."""
    path = tmp_path / "store.duckdb"
    shutil.copyfile(snapshot_store, path)
    return path


@pytest.fixture()
def user_catalog(tmp_path: Path) -> Path:
    return tmp_path / "user-series.toml"  # LEADWATCH_CATALOG (tests/conftest.py)


def test_copper_from_a_csv_takes_part_everywhere(
    store: Path, user_catalog: Path, tmp_path: Path
) -> None:
    csv = _copper_csv(tmp_path)
    code, out, err = _run(
        store, "data", "import", str(csv), "--series", "copper", "--calendar", "weekdays",
        "--observed", NY_CLOSE, "--name", "Copper", "--unit", "USD/lb",
    )  # fmt: skip
    assert code == 0, err
    assert "copper" in out and "[series.copper]" in user_catalog.read_text()

    code, out, _ = _run(store, "series", "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)["series"]}
    assert rows["copper"]["origin"] == "user" and rows["btc"]["origin"] == "built-in"
    code, out, _ = _run(store, "data", "status", "--json")
    status = {r["id"]: r for r in json.loads(out)["series"]}
    assert status["copper"]["rows"] == 2737 and status["copper"]["last"] == "2026-06-30"
    code, out, _ = _run(store, "data", "export", "copper", "--out", str(tmp_path / "cu.csv"))
    assert code == 0 and len(pd.read_csv(tmp_path / "cu.csv")) == 2737
    with Store(store, read_only=True) as opened:  # the report's coverage section
        assert "copper" in set(coverage_table(opened)["id"])

    code, out, err = _run(store, "test", "copper", "btc", "--json")
    assert code == 0, out + err
    assert json.loads(out)["leader"] == "copper"

    thesis = tmp_path / "copper.toml"
    thesis.write_text(
        'name = "copper-leads-bitcoin"\ntitle = "Copper leads Bitcoin"\n'
        'claim = "Bitcoin follows copper by weeks."\n[source]\narticle = "note"\n'
        '[[hypotheses]]\nid = "lead"\nkind = "lead_lag"\n'
        'statement = "Copper leads Bitcoin by 1 to 12 weeks"\nleader = "copper"\n'
        'follower = "btc"\nlags = ["1 week", "12 weeks"]\nexpected = "positive"\n'
    )
    code, out, err = _run(store, "thesis", "run", str(thesis), "--n-boot", "99", "--json")
    assert code == 0, out + err
    assert "copper-leads-bitcoin" in out

    article = tmp_path / "copper-note.txt"
    article.write_text(
        "Copper and Bitcoin\n\nPublished 2026-06-15. Copper rallied 12% since the start of "
        "2026. Bitcoin tends to follow copper with a lag of weeks.\n"
    )
    code, out, err = _run(store, "claims", str(article), "--no-theses", "--json")
    assert code == 0, err
    claims = json.loads(out)["claims"]
    copper = [c for c in claims if c.get("asset") == "copper"]
    assert copper and copper[0]["status"] in ("confirmed", "contradicted"), str(copper)

    universe = tmp_path / "universe.toml"
    universe.write_text('series = ["copper", "btc"]\n')
    code, out, err = _run(
        store, "scan", "--universe", str(universe), "--follower", "btc", "--lags", "1..20",
        "--no-save", "--json",
    )  # fmt: skip
    assert code == 0, err
    assert "copper" in out

    code, out, err = _run(store, "spillover", "copper", "btc", "--json")
    assert code == 0, err


def _chart(symbol: str, days: pd.DatetimeIndex, closes: np.ndarray) -> bytes:
    """A Yahoo chart answer (v8/finance/chart, interval 1d) for a CME future, in the layout
    of the real ES=F capture: ordinary days stamped at 00:00 New York."""
    stamps = [int(t.timestamp()) for t in days.tz_localize("America/New_York")]
    last = stamps[-1] + 17 * 3600  # the last trade: 17:00 New York, the session's close
    meta = {
        "currency": "USD", "symbol": symbol, "exchangeName": "CMX", "fullExchangeName": "COMEX",
        "instrumentType": "FUTURE", "firstTradeDate": 967003200, "regularMarketTime": last,
        "hasPrePostMarketData": False, "gmtoffset": -14400, "timezone": "EDT",
        "exchangeTimezoneName": "America/New_York", "regularMarketPrice": float(closes[-1]),
        "shortName": "Copper Sep 26", "chartPreviousClose": float(closes[0]), "priceHint": 4,
        "currentTradingPeriod": {
            "pre": {"timezone": "EDT", "start": last - 86400, "end": last - 86400,
                    "gmtoffset": -14400},
            "regular": {"timezone": "EDT", "start": last - 86400, "end": last,
                        "gmtoffset": -14400},
            "post": {"timezone": "EDT", "start": last, "end": last, "gmtoffset": -14400},
        },
        "dataGranularity": "1d", "range": "",
        "validRanges": ["1d", "5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"],
    }  # fmt: skip
    quote = {
        "open": closes.round(4).tolist(),
        "high": (closes * 1.01).round(4).tolist(),
        "low": (closes * 0.99).round(4).tolist(),
        "close": closes.round(4).tolist(),
        "volume": [1000] * len(closes),
    }
    result = {
        "meta": meta,
        "timestamp": stamps,
        "indicators": {"quote": [quote], "adjclose": [{"adjclose": quote["close"]}]},
    }
    return json.dumps({"chart": {"result": [result], "error": None}}).encode()


class _Answer:
    def __init__(self, url: str, body: bytes, status: int = 200) -> None:
        self.url, self.text, self.status_code = url, body.decode(), status
        self.ok, self.reason = status < 400, "Not Found" if status == 404 else "OK"

    def json(self) -> Any:
        return json.loads(self.text)

    def raise_for_status(self) -> None:
        from curl_cffi.requests.exceptions import HTTPError

        if not self.ok:
            raise HTTPError(f"HTTP Error {self.status_code}: {self.reason}", 0, self)


def _serve(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, charts: dict[str, bytes]) -> None:
    """yfinance answers from ``charts`` (the real 404 body for any other symbol)."""
    import yfinance as yf
    from yfinance import data as yfdata

    missing = (replay.HERE.parent.parent.parent / "shared" / "fixtures" / "providers" / "yahoo"
               / "chart_404_not_found_body.json")  # fmt: skip

    def fake_get(self: Any, url: str, params: Any = None, timeout: int = 30) -> _Answer:
        symbol = url.rsplit("/", 1)[-1]
        if "/chart/" in url and symbol in charts:
            return _Answer(url, charts[symbol])
        return _Answer(url, missing.read_bytes(), 404)

    monkeypatch.setattr(yfdata.YfData, "get", fake_get)
    monkeypatch.setattr(yfdata.YfData, "cache_get", fake_get)
    yf.set_tz_cache_location(str(tmp_path / "yf-tz"))

    def built(**kwargs: Any) -> dict[str, Any]:
        return replay.providers(download=yfinance_download)

    monkeypatch.setattr("leadwatch.providers.updater.build_providers", built)
    monkeypatch.setattr("leadwatch.api.data._utc_today", lambda: replay.TODAY)


def test_copper_from_yahoo_hg_f_with_defaults_from_the_chart_metadata(
    monkeypatch: pytest.MonkeyPatch, store: Path, user_catalog: Path, tmp_path: Path
) -> None:
    days = pd.bdate_range("2016-01-04", "2026-06-30")
    _serve(monkeypatch, tmp_path, {"HG=F": _chart("HG=F", days, _copper_prices(days))})

    code, out, err = _run(store, "test", "HG=F", "btc")
    assert code == 2 and "leadwatch series add hg_f --yahoo HG=F" in err

    code, out, err = _run(store, "series", "add", "copper", "--yahoo", "HG=F", "--json")
    assert code == 0, out + err
    added = json.loads(out)["series"]
    assert added["calendar"] == "weekdays" and added["observed"] == NY_CLOSE  # CME: 17:00 NY
    assert added["unit"] == "USD" and added["providers"] == {"yahoo": "HG=F"}

    code, out, err = _run(store, "data", "update", "copper", "--json")
    assert code == 0, err
    [row] = json.loads(out)["series"]
    assert row["status"] == "updated" and row["new"] == len(days) and row["last"] == "2026-06-30"

    code, out, err = _run(store, "test", "copper", "btc", "--json")
    assert code == 0, err


BAD_ADDS = {
    "builtin_id": (["btc", "--calendar", "24/7"], "is a built-in series"),
    "unknown_calendar": (
        ["cu", "--calendar", "fortnightly", "--observed", NY_CLOSE],
        "unknown calendar 'fortnightly'",
    ),
    "unknown_time_zone": (
        ["cu", "--calendar", "weekdays", "--observed", "17:00 Mars/Olympus_Mons"],
        "unknown time zone 'Mars/Olympus_Mons'",
    ),
    "no_observed": (["cu", "--calendar", "weekdays"], "no observation time given"),
    "bad_id": (["Copper!", "--calendar", "24/7"], "is not a valid series id"),
    "unknown_symbol": (["cu", "--yahoo", "NOSUCH=F"], "yahoo does not know 'NOSUCH=F'"),
}


@pytest.mark.parametrize("case", sorted(BAD_ADDS))
def test_bad_definitions_exit_2_and_write_nothing(
    case: str, monkeypatch: pytest.MonkeyPatch, store: Path, user_catalog: Path, tmp_path: Path
) -> None:
    _serve(monkeypatch, tmp_path, {})
    user_catalog.write_text('# mine\n[series.oil]\nname = "Oil"\nunit = "USD"\n'
                            f'calendar = "weekdays"\nobserved = "{NY_CLOSE}"\n')  # fmt: skip
    before, stored = _digest(user_catalog), _digest(store)
    args, words = BAD_ADDS[case]
    code, _out, err = _run(store, "series", "add", *args)
    assert code == 2 and words in err and "Fix:" in err
    assert _digest(user_catalog) == before and _digest(store) == stored


def test_csv_contradicting_the_declared_calendar_writes_nothing(
    store: Path, user_catalog: Path, tmp_path: Path
) -> None:
    csv = _copper_csv(tmp_path, weekend=True)
    stored = _digest(store)
    code, _out, err = _run(store, "data", "import", str(csv), "--series", "copper")
    assert code == 2 and "unknown series 'copper'" in err and "--calendar" in err
    code, _out, err = _run(
        store, "data", "import", str(csv), "--series", "copper", "--calendar", "weekdays",
        "--observed", NY_CLOSE,
    )  # fmt: skip
    assert code == 2
    assert "2020-03-07 is a Saturday" in err and "calendar 'weekdays'" in err
    assert not user_catalog.exists() and _digest(store) == stored
    code, _out, err = _run(
        store, "data", "import", str(csv), "--series", "copper", "--calendar", "24/7",
    )  # fmt: skip
    assert code == 0, err  # a 24/7 series accepts every day


def test_series_remove_and_show(store: Path, user_catalog: Path) -> None:
    code, _, err = _run(store, "series", "add", "cu", "--calendar", "weekdays",
                        "--observed", NY_CLOSE, "--release-lag", "1 day")  # fmt: skip
    assert code == 0, err
    code, out, _ = _run(store, "series", "show", "cu", "--json")
    assert json.loads(out)["release_lag"] == "1 day, 0:00:00"
    code, out, err = _run(store, "series", "add", "cu", "--calendar", "24/7")
    assert code == 2 and "already defined" in err
    code, out, err = _run(store, "series", "remove", "cu")
    assert code == 0, err
    code, out, err = _run(store, "series", "show", "cu")
    assert code == 2 and "unknown series 'cu'" in err
    code, out, err = _run(store, "series", "remove", "btc")
    assert code == 2 and "built-in" in err


@pytest.mark.parametrize("command", [["series", "add"], ["data", "import"]])
def test_series_definition_options_are_one_panel_with_their_whole_help(command: list[str]) -> None:
    """Both commands that define a series show the same options in one panel; defaults written
    in brackets were eaten as rich markup ("Display name ." instead of the provider's)."""
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "Series definition" in result.stdout
    for text in ("Display name (default: the provider's).", '"1 day" (default: none).'):
        assert text in result.stdout
    assert "else the config dir)" in result.stdout


def test_flows_help_keeps_its_default_and_shares_the_seed_option() -> None:
    result = runner.invoke(app, ["flows", "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    assert "(default: the first)" in result.stdout
    assert "Random seed (results are deterministic)." in result.stdout
