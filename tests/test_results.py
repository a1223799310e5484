"""Every result class honours the one result contract of ``leadwatch.results``.

Each class is built once, cheaply, from synthetic data (``tests/result_builders.py``);
then for each: ``to_dict`` survives ``json.dumps`` (no NaN, no numpy, no timestamps),
``str`` is the summary, ``_repr_html_`` escapes, and ``to_frame`` is typed (no text
column holding numbers).
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pytest

from leadwatch.results import Result, alias, fmt_p, jsonable, scalar_row
from tests.result_builders import BUILDERS, conditional_result


def _all_result_classes() -> set[str]:
    """Every result dataclass of the package (imports every module first)."""
    import importlib
    import pkgutil

    import leadwatch

    for mod in pkgutil.walk_packages(leadwatch.__path__, "leadwatch."):
        if not mod.name.startswith(("leadwatch.cli", "leadwatch.__main__")):
            importlib.import_module(mod.name)
    found: set[str] = set()
    todo = [Result]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("leadwatch.") and dataclasses.is_dataclass(sub):
                found.add(sub.__name__)  # concrete results only (not shared bases)
            todo.append(sub)
    return found


def test_every_result_class_is_covered() -> None:
    assert _all_result_classes() <= set(BUILDERS), "add a builder for the new result class"


@pytest.fixture(params=sorted(BUILDERS), scope="module")
def result(request: pytest.FixtureRequest) -> Result:
    built = BUILDERS[request.param]()
    assert type(built).__name__ == request.param
    return built


def test_is_a_slotted_frozen_result(result: Result) -> None:
    assert isinstance(result, Result)
    assert not hasattr(result, "__dict__"), "use @dataclass(frozen=True, slots=True)"


def test_to_dict_is_json(result: Result) -> None:
    payload = result.to_dict()
    text = json.dumps(payload, allow_nan=False)
    assert json.loads(text) == payload


def test_str_is_the_summary(result: Result) -> None:
    assert str(result) == result.summary() != ""


def test_repr_html_escapes(result: Result) -> None:
    page = result._repr_html_()
    assert "<script" not in page.lower()
    summary = result.summary()
    if "<" in summary:  # the summary's own angle brackets must not reach the page raw
        assert "&lt;" in page


def _numbers_as_text(column: pd.Series) -> bool:
    for value in column.dropna():
        if isinstance(value, str):
            try:
                float(value.replace(",", ""))
            except ValueError:
                continue
            return True
    return False


def test_to_frame_is_typed(result: Result) -> None:
    to_frame = getattr(result, "to_frame", None)
    assert callable(to_frame), "every result has a tidy to_frame()"
    frame = to_frame()
    assert isinstance(frame, pd.DataFrame)
    bad = [c for c in frame.columns if frame[c].dtype == object and _numbers_as_text(frame[c])]
    assert not bad, f"numbers stored as text in {bad}"
    assert not isinstance(frame.index, pd.DatetimeIndex), "dates go in a column"


# -- the helpers themselves -----------------------------------------------------------------------


def test_jsonable_dates_midnight_vs_instant() -> None:
    assert jsonable(pd.Timestamp("2024-03-01")) == "2024-03-01"
    assert jsonable(pd.Timestamp("2024-03-01", tz="UTC")) == "2024-03-01"
    assert jsonable(pd.Timestamp("2024-03-01 06:30", tz="UTC")) == "2024-03-01T06:30:00+00:00"
    assert jsonable(np.datetime64("2024-03-01T00:00")) == "2024-03-01"
    assert jsonable([pd.NaT, float("inf"), np.float32("nan"), pd.NA]) == [None] * 4


def test_jsonable_walks_frames_series_and_results() -> None:
    @dataclass(frozen=True, slots=True)
    class Inner(Result):
        frame: pd.DataFrame

        def summary(self) -> str:
            return "inner"

    frame = pd.DataFrame({"date": pd.bdate_range("2024-01-01", periods=2), "x": [1.0, np.nan]})
    out = jsonable({"inner": Inner(frame), "s": pd.Series([1, 2], index=["a", "b"])})
    assert out == {
        "inner": {"frame": [{"date": "2024-01-01", "x": 1.0}, {"date": "2024-01-02", "x": None}]},
        "s": {"a": 1, "b": 2},
    }


def test_scalar_row_keeps_types_and_splits_intervals() -> None:
    res = conditional_result()
    row = scalar_row(res)
    assert len(row) == 1 and row["ci_lo"].dtype == np.float64 and row["n_in"].dtype == np.int64
    assert "frame" not in row.columns


def test_alias_reads_its_field_and_is_no_field_itself() -> None:
    @dataclass(frozen=True, slots=True)
    class TTest(Result):
        tvalue: float
        statistic = alias[float]("tvalue", "The t statistic.")

    res = TTest(-1.5)
    assert res.statistic == -1.5 and TTest.statistic.__doc__ == "The t statistic."
    assert [f.name for f in dataclasses.fields(TTest)] == ["tvalue"]
    assert res.to_dict() == {"tvalue": -1.5}


@pytest.mark.parametrize(
    ("name", "field"),
    [("PredictiveResult", "tvalue"), ("GrangerTest", "fstat"), ("ConditionalResult", "effect")],
)
def test_statistic_is_the_named_field(name: str, field: str) -> None:
    res = BUILDERS[name]()
    assert res.statistic == getattr(res, field)  # type: ignore[attr-defined]


def test_fmt_p() -> None:
    assert (fmt_p(0.0004), fmt_p(0.2), fmt_p(math.nan)) == ("< 0.001", "0.200", "n/a")


SCALAR_TESTS = (
    "CrossCorrelationResult",
    "PredictiveResult",
    "GrangerTest",
    "GrangerResult",
    "ConfounderResult",
    "ConditionalResult",
    "RegimeCorrelationResult",
)
TABLE_TESTS = ("EventStudyResult", "PhaseReturnsResult", "GrangerOrders", "ScanResult")


@pytest.mark.parametrize("name", SCALAR_TESTS + TABLE_TESTS)
def test_test_results_share_names(name: str) -> None:
    res = BUILDERS[name]()
    names = ("statistic", "pvalue", "nobs") if name in SCALAR_TESTS else ()
    for attr in (*names, "method", "null_hypothesis"):
        assert hasattr(res, attr), (name, attr)
    for attr in names:
        assert isinstance(getattr(res, attr), int | float), (name, attr)
