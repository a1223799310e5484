"""The series leadwatch knows: what each one is, when it is observed, when it is known.

Every series has a calendar, the local time of day its value is observed, and a
publication lag. :meth:`SeriesSpec.known_at` turns a series' date labels into the
UTC instant at which each value became public; :mod:`leadwatch.align` uses it to
build analysis frames without look-ahead.

The built-in series are defined in ``builtin.toml`` (this package); a user's
own series in a TOML file of the same schema (:mod:`leadwatch.catalog.schema`),
written by ``leadwatch series add`` (:mod:`leadwatch.catalog.user`). Both take
part everywhere: :func:`get_series`, :data:`CATALOG` and :func:`catalog` see
built-in and user series alike.

Timing model
------------
Each value has a ``period_end``, an ``observed`` instant and a ``known``
instant; :mod:`leadwatch.catalog.spec` defines the three and the conservative
publication lags.

Examples
--------
>>> import pandas as pd
>>> from leadwatch.catalog import get_series
>>> btc = get_series("btc")
>>> btc.known_at(pd.DatetimeIndex(["2024-03-01"]))[0]
Timestamp('2024-03-02 00:00:00+0000', tz='UTC')
>>> get_series("silver").known_at(pd.DatetimeIndex(["2024-03-01"]))[0]
Timestamp('2024-03-01 13:00:00+0000', tz='UTC')
>>> get_series("m2").known_at(pd.DatetimeIndex(["2024-05-01"]))[0]  # May, out late June
Timestamp('2024-06-28 17:00:00+0000', tz='UTC')
>>> get_series("yield_10y").known_at(pd.DatetimeIndex(["2024-05-24"]))[0]  # Memorial Day
Timestamp('2024-05-28 19:30:00+0000', tz='UTC')
"""

from __future__ import annotations

from leadwatch.catalog.registry import (
    CATALOG,
    ENV_VAR,
    builtin_catalog,
    catalog,
    get_series,
    liquid_start,
    series_ids,
    snapshot_layout,
    user_catalog_path,
    user_series,
)
from leadwatch.catalog.spec import (
    CALENDARS,
    KINDS,
    Calendar,
    Kind,
    SeriesSpec,
    SnapshotSource,
    StepScale,
)
from leadwatch.catalog.user import add_series, calendar_problem, check_new_id, remove_series

__all__ = [
    "CALENDARS",
    "CATALOG",
    "ENV_VAR",
    "KINDS",
    "Calendar",
    "Kind",
    "SeriesSpec",
    "SnapshotSource",
    "StepScale",
    "add_series",
    "builtin_catalog",
    "calendar_problem",
    "catalog",
    "check_new_id",
    "get_series",
    "liquid_start",
    "remove_series",
    "series_ids",
    "snapshot_layout",
    "user_catalog_path",
    "user_series",
]
