"""The catalog file format: built-in TOML, user files, errors naming file/line/field/fix."""

from __future__ import annotations

import subprocess
import sys
from datetime import time, timedelta
from pathlib import Path

import pandas as pd
import pytest

from leadwatch.catalog import (
    CATALOG,
    add_series,
    builtin_catalog,
    get_series,
    remove_series,
    user_catalog_path,
    user_series,
)
from leadwatch.catalog.schema import entry_toml, parse_catalog, spec_entry
from leadwatch.errors import CatalogError, UnknownSeriesError
from tests.paths import REPO

GOOD = """# my series
[series.copper]
name = "Copper"
unit = "USD/lb"
calendar = "weekdays"
observed = "17:00 America/New_York"
release_lag = "1 day"
[series.copper.providers]
yahoo = "HG=F"
"""


def test_builtin_file_holds_every_series_and_round_trips() -> None:
    builtin = builtin_catalog()
    assert len(builtin) == 23 and list(builtin)[:2] == ["btc", "eth"]
    text = "".join(entry_toml(s.id, spec_entry(s)) + "\n" for s in builtin.values())
    again = parse_catalog(text, "again.toml")
    assert again == dict(builtin)  # the schema writes exactly what it reads
    assert (REPO / "src" / "leadwatch" / "catalog" / "builtin.toml").is_file()
    assert '"catalog/*.toml"' in (REPO / "pyproject.toml").read_text()  # shipped in the wheel


def test_user_file_fields_and_defaults() -> None:
    spec = parse_catalog(GOOD, "mine.toml")["copper"]
    assert (spec.observed_time, spec.observed_tz) == (time(17, 0), "America/New_York")
    assert spec.release_lag == timedelta(days=1) and spec.positive and spec.step_scale == "log"
    assert dict(spec.providers) == {"yahoo": "HG=F"} and spec.kind == "price"
    rate = parse_catalog(GOOD.replace('unit = "USD/lb"', 'unit = "%"\nkind = "rate"'), "m")
    assert not rate["copper"].positive and rate["copper"].step_scale == "abs"


@pytest.mark.parametrize(
    ("change", "line", "field", "fix"),
    [
        (('"weekdays"', '"fortnightly"'), 5, "series.copper.calendar", "use one of 24/7, daily"),
        (("America/New_York", "Mars/Olympus"), 6, "series.copper.observed", "HH:MM Area/City"),
        (('"1 day"', '"soon"'), 7, "series.copper.release_lag", "write a duration"),
        (('unit = "USD/lb"\n', ""), 2, "series.copper.unit", "add unit = ..."),
        (('yahoo = "HG=F"', 'bloomberg = "HG1"'), 9, "series.copper.providers.bloomberg", "use"),
        (("release_lag", "relase_lag"), 7, "series.copper.relase_lag", "check its spelling"),
        (("[series.copper]", "[series.Copper]"), 2, "series.Copper", "lowercase letters"),
        (('name = "Copper"', "name = Copper"), 3, "not valid TOML", "check quotes"),
    ],
    ids=["calendar", "time_zone", "duration", "missing", "provider", "unknown", "id", "toml"],
)
def test_errors_name_file_line_field_and_fix(
    change: tuple[str, str], line: int, field: str, fix: str
) -> None:
    with pytest.raises(CatalogError) as info:
        parse_catalog(GOOD.replace(*change), "mine.toml")
    text = str(info.value)
    assert text.startswith(f"mine.toml line {line}: ") and field in text
    assert fix in (info.value.fix or "")
    assert info.value.exit_code == 2


def test_user_series_join_the_catalog_and_may_not_shadow_builtins(tmp_path: Path) -> None:
    path = user_catalog_path()
    assert path.parent == tmp_path  # tests/conftest.py isolates the user catalog
    assert "copper" not in CATALOG
    path.write_text(GOOD)
    assert get_series("copper").unit == "USD/lb" and "copper" in CATALOG
    assert list(CATALOG)[-1] == "copper" and len(CATALOG) == 24
    path.write_text(GOOD.replace("[series.copper]", "[series.btc]").replace(
        "[series.copper.providers]", "[series.btc.providers]"))  # fmt: skip
    assert get_series("btc").name == "Bitcoin"  # built-in lookups never read the user file
    with pytest.raises(CatalogError, match="'btc' is a built-in id"):
        get_series("copper")


def test_add_and_remove_keep_the_rest_of_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cat.toml"
    path.write_text(GOOD)
    entry = {"name": "Oil", "unit": "USD/bbl", "calendar": "weekdays", "observed": "14:30 UTC"}
    spec = add_series("oil", entry, path)
    assert spec.observed_tz == "UTC" and "# my series" in path.read_text()
    assert set(user_series(path)) == {"copper", "oil"}
    before = path.read_bytes()
    with pytest.raises(CatalogError, match="observed"):
        add_series("gas", {**entry, "observed": "25:00 UTC"}, path)
    with pytest.raises(CatalogError, match="built-in"):
        add_series("gold", entry, path)
    assert path.read_bytes() == before  # a failed edit leaves the file byte-identical
    remove_series("copper", path)
    text = path.read_text()
    assert "copper" not in text and "HG=F" not in text and "[series.oil]" in text
    assert "# my series" in text
    with pytest.raises(UnknownSeriesError):
        remove_series("copper", path)


def test_unknown_provider_symbol_suggests_the_series_add_command() -> None:
    with pytest.raises(UnknownSeriesError) as info:
        get_series("HG=F")
    assert "leadwatch series add hg_f --yahoo HG=F" in str(info.value)
    with pytest.raises(UnknownSeriesError, match="did you mean 'silver'"):
        get_series("slver")


def test_import_leadwatch_stays_light() -> None:
    code = (
        "import sys, leadwatch; "
        "assert leadwatch.get_series('btc').unit == 'USD'; "
        "print(sorted(m for m in ('scipy', 'statsmodels', 'duckdb') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert done.stdout.strip() == "[]"
    bare = subprocess.run(
        [sys.executable, "-c", "import sys, leadwatch; print('pydantic' in sys.modules)"],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    assert bare.stdout.strip() == "False"  # the catalog is read on first use, not at import


def test_calendar_problem_for_each_calendar() -> None:
    from leadwatch.catalog import calendar_problem

    weekly = pd.date_range("2024-01-03", periods=5, freq="7D")
    assert calendar_problem("weekly", weekly) is None
    assert "Thursday" in str(calendar_problem("weekly", weekly.union([pd.Timestamp("2024-01-11")])))
    assert "first of a month" in str(calendar_problem("monthly", [pd.Timestamp("2024-01-15")]))
    assert calendar_problem("24/7", pd.date_range("2024-01-01", periods=9)) is None
    assert calendar_problem("daily", pd.date_range("2024-01-01", periods=9)) is None
