"""The one base of every frozen result, and the one JSON normaliser of the package.

Every result (a lead-lag test, a phase history, a backtest, a thesis verdict) is a
``@dataclass(frozen=True, slots=True)`` that inherits :class:`Result` and writes
only what is its own: ``summary()`` (plain text), ``to_frame()``, and ``to_dict()``
when its JSON shape is not simply its fields. The base gives ``__str__`` (the
summary), ``_repr_html_`` (a heading and the escaped summary, for Jupyter) and a
field-walking, JSON-safe ``to_dict``.

Names: a statistical test result calls the same things by the same names:
``statistic`` (the test statistic or effect), ``pvalue``, ``nobs`` (observations
used), ``method`` (how the null or p-value was made) and ``null_hypothesis``.

The ``to_frame`` contract
-------------------------
``to_frame()`` returns a *tidy* :class:`pandas.DataFrame`:

* one row per natural unit of the result: a lag, an event, a date, a window, a
  hypothesis, a trade, a pair, a parameter; never a wide one-column-per-lag layout;
* dates as a column (``date``, ``start``...), not as the index, so that
  ``to_frame().to_dict("records")`` keeps them;
* typed values: numbers stay numbers (float/int/bool columns), text stays text;
  never a column of numbers turned into strings;
* a result that is a single row by nature (one test, one set of metrics) returns
  that one row; its columns are its scalar fields.

:func:`jsonable` is the package's only normaliser for JSON: NaN/inf and missing
values become ``None``, numpy scalars and arrays become Python values, dates
become ISO strings: a timestamp at midnight (UTC or naive) is a date
(``"2024-03-01"``), any other instant an ISO datetime.

Examples
--------
>>> from dataclasses import dataclass
>>> import pandas as pd
>>> @dataclass(frozen=True, slots=True)
... class Toy(Result):
...     statistic: float
...     when: pd.Timestamp
...     def summary(self) -> str:
...         return f"toy <{self.statistic}>"
>>> t = Toy(float("nan"), pd.Timestamp("2024-03-01"))
>>> str(t), t.to_dict()
('toy <nan>', {'statistic': None, 'when': '2024-03-01'})
>>> t._repr_html_()
'<h4>Toy</h4><pre>toy &lt;nan&gt;</pre>'
>>> jsonable(pd.Timestamp("2024-03-01 06:30", tz="UTC"))
'2024-03-01T06:30:00+00:00'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import html
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar, overload

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

__all__ = [
    "HeadlineResult",
    "Result",
    "SeriesRun",
    "StatisticalTest",
    "alias",
    "date_label",
    "fmt_p",
    "fmt_share",
    "frame_records",
    "html_block",
    "jsonable",
    "p_is",
    "scalar_row",
]


class Result:
    """Base of every frozen result: ``__str__``, ``_repr_html_`` and ``to_dict``.

    Subclasses are ``@dataclass(frozen=True, slots=True)`` and define
    ``summary()``; they override :meth:`heading` for a more telling HTML title and
    ``to_dict`` only when their JSON is not their fields.
    """

    __slots__ = ()

    def summary(self) -> str:
        """Plain-text summary (subclasses define it)."""
        raise NotImplementedError

    def heading(self) -> str:
        """Title above the summary in ``_repr_html_``; the class name by default."""
        return type(self).__name__

    def field_values(self) -> dict[str, Any]:
        """The dataclass fields by name (raw values, not yet JSON-safe)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe form: every field through :func:`jsonable` (frames as records)."""
        out: dict[str, Any] = jsonable(self.field_values())
        return out

    def __str__(self) -> str:
        return self.summary()

    def _repr_html_(self) -> str:
        return html_block(self.heading(), self.summary())


class StatisticalTest(Protocol):
    """What a test result offers: its statistic, p-value and observations used."""

    @property
    def statistic(self) -> float: ...

    @property
    def pvalue(self) -> float: ...

    @property
    def nobs(self) -> int: ...


class HeadlineResult(Result):
    """A result made of several tests whose ``statistic``, ``pvalue`` and ``nobs``
    are those of one of them, the headline test (:meth:`headline_test`)."""

    __slots__ = ()

    def headline_test(self) -> StatisticalTest:
        """The part whose statistic, p-value and observations this result reports."""
        raise NotImplementedError

    @property
    def statistic(self) -> float:
        """The headline test's statistic."""
        return self.headline_test().statistic

    @property
    def pvalue(self) -> float:
        """The headline test's p-value."""
        return self.headline_test().pvalue

    @property
    def nobs(self) -> int:
        """Observations used by the headline test."""
        return self.headline_test().nobs


Value = TypeVar("Value")


class alias(Generic[Value]):
    """A read-only attribute that is another field under its common name.

    A test result keeps the name its method gives a number (``fstat``,
    ``tvalue``, ``effect``) and offers it as ``statistic`` too, the one name
    :class:`StatisticalTest` reads.

    Examples
    --------
    >>> @dataclass(frozen=True, slots=True)
    ... class FTest(Result):
    ...     fstat: float
    ...     statistic = alias[float]("fstat", "The F statistic (same as ``fstat``).")
    >>> FTest(2.5).statistic
    2.5
    >>> FTest.statistic.__doc__
    'The F statistic (same as ``fstat``).'
    """

    def __init__(self, field: str, doc: str) -> None:
        self.field = field
        self.__doc__ = doc

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> alias[Value]: ...

    @overload
    def __get__(self, obj: object, owner: type[Any] | None = None) -> Value: ...

    def __get__(self, obj: object | None, owner: type[Any] | None = None) -> Any:
        return self if obj is None else getattr(obj, self.field)


Row = TypeVar("Row", bound="DataclassInstance")


@dataclass(frozen=True, slots=True)
class SeriesRun(Generic[Row]):
    """What one run over several series did to a store: one row (a dataclass) per series.

    The base of ``data import`` (:class:`leadwatch.store.ImportResult`) and ``data
    update`` (:class:`leadwatch.providers.summary.UpdateResult`); a subclass adds its
    run-wide figures with :meth:`totals`.
    """

    store: str
    series: tuple[Row, ...]
    seconds: float

    def totals(self) -> dict[str, Any]:
        """Run-wide figures, between ``store`` and ``seconds`` in :meth:`to_dict`."""
        return {}

    def rows(self) -> list[dict[str, Any]]:
        """One dict of fields per series."""
        return [dataclasses.asdict(s) for s in self.series]

    def to_frame(self) -> pd.DataFrame:
        """One row per series."""
        return pd.DataFrame(self.rows())

    def to_dict(self) -> dict[str, Any]:
        """JSON summary: the store, :meth:`totals`, seconds, and the rows."""
        head = {"store": self.store, **self.totals(), "seconds": round(self.seconds, 3)}
        return head | {"series": self.rows()}


def _stamp(value: pd.Timestamp) -> str | None:
    if pd.isna(value):
        return None
    if value == value.normalize():
        return value.date().isoformat()
    return value.isoformat()


def jsonable(value: Any) -> Any:
    """Recursively turn ``value`` into JSON-safe Python values.

    Mappings become dicts with string keys, sequences and arrays lists, frames
    lists of records, results their ``to_dict()``, NaN/inf/NA ``None``, and
    dates ISO strings (a date for a midnight timestamp, a datetime otherwise).

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> jsonable({"p": np.float64("nan"), "n": np.int64(3), "d": [pd.Timestamp("2020-01-02")]})
    {'p': None, 'n': 3, 'd': ['2020-01-02']}
    """
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Result):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {_key(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return _jsonable_other(value)


def _key(key: Any) -> str:
    out = jsonable(key)
    return out if isinstance(out, str) else str(out)


def _jsonable_other(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        return [jsonable(v) for v in value.tolist()]
    if isinstance(value, pd.DataFrame):
        return frame_records(value)
    if isinstance(value, pd.Series):
        return {_key(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, dt.datetime | np.datetime64):
        return _stamp(pd.Timestamp(value))
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta | np.timedelta64):
        return None if pd.isna(value) else str(pd.Timedelta(value))
    if isinstance(value, np.generic):
        return jsonable(value.item())
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, PurePath):
        return str(value)
    if hasattr(value, "model_dump"):  # a pydantic model
        return jsonable(value.model_dump(mode="json"))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return jsonable({f.name: getattr(value, f.name) for f in dataclasses.fields(value)})
    if value is pd.NA or value is pd.NaT:
        return None
    return value


def date_label(value: object) -> str:
    """A label as text: a timestamp as :func:`jsonable` writes it, anything else ``str``.

    Examples
    --------
    >>> import pandas as pd
    >>> date_label(pd.Timestamp("2024-03-01")), date_label(pd.Timestamp("2024-03-01 09:30"))
    ('2024-03-01', '2024-03-01T09:30:00')
    >>> date_label(7)
    '7'
    """
    out = jsonable(value) if isinstance(value, dt.date | np.datetime64) else None
    return out if isinstance(out, str) else str(value)


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of ``frame`` as JSON-safe dicts (the index is dropped).

    Examples
    --------
    >>> import pandas as pd
    >>> frame_records(pd.DataFrame({"lag": [1, 2], "r": [0.5, float("nan")]}))
    [{'lag': 1, 'r': 0.5}, {'lag': 2, 'r': None}]
    """
    out: list[dict[str, Any]] = [jsonable(row) for row in frame.to_dict(orient="records")]
    return out


def scalar_row(result: Result) -> pd.DataFrame:
    """The one-row frame of a result that is a single row by nature.

    Scalar fields keep their type; a ``(lo, hi)`` interval ``ci`` becomes
    ``ci_lo``/``ci_hi``; frames, nested results and other containers are left out.

    Examples
    --------
    >>> from dataclasses import dataclass
    >>> @dataclass(frozen=True, slots=True)
    ... class Toy(Result):
    ...     statistic: float
    ...     ci: tuple[float, float]
    ...     def summary(self) -> str:
    ...         return "toy"
    >>> scalar_row(Toy(2.5, (1.0, 4.0))).dtypes.tolist()
    [dtype('float64'), dtype('float64'), dtype('float64')]
    """
    row: dict[str, Any] = {}
    for name, value in result.field_values().items():
        if isinstance(value, tuple) and len(value) == 2 and all(_is_scalar(v) for v in value):
            row[f"{name}_lo"], row[f"{name}_hi"] = value
        elif _is_scalar(value):
            row[name] = value
    return pd.DataFrame([row])


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, bool | int | float | str | np.generic)


def html_block(title: str, text: str) -> str:
    """Minimal HTML for ``_repr_html_``: an escaped heading and the summary in <pre>.

    Examples
    --------
    >>> html_block("A<B", "x & y")
    '<h4>A&lt;B</h4><pre>x &amp; y</pre>'
    """
    return f"<h4>{html.escape(title)}</h4><pre>{html.escape(text)}</pre>"


def fmt_p(p: float) -> str:
    """A p-value for text: three decimals, ``< 0.001`` below that, ``n/a`` if missing.

    Examples
    --------
    >>> fmt_p(0.04321), fmt_p(1e-5), fmt_p(float("nan"))
    ('0.043', '< 0.001', 'n/a')
    """
    if not math.isfinite(p):
        return "n/a"
    return "< 0.001" if p < 0.001 else f"{p:.3f}"


def fmt_share(x: float) -> str:
    """A share as a whole percentage, ``n/a`` if no window or period could tell (NaN).

    Examples
    --------
    >>> fmt_share(0.634), fmt_share(float("nan"))
    ('63%', 'n/a')
    """
    return f"{x:.0%}" if math.isfinite(x) else "n/a"


def p_is(p: float) -> str:
    """``p = 0.123``, ``p < 0.001`` or ``p n/a``: a p-value as a phrase.

    Examples
    --------
    >>> p_is(0.0004), p_is(0.05), p_is(float("nan"))
    ('p < 0.001', 'p = 0.050', 'p n/a')
    """
    text = fmt_p(p)
    return f"p {text}" if text.startswith("<") or text == "n/a" else f"p = {text}"
