"""Universe scan on prices, store ids or a universe file, optionally on Dask, saved to the store."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from leadwatch.analysis.scan.spec import ScanOptions, ScanSpec
from leadwatch.errors import DataError
from leadwatch.store import Store, opened_store

if TYPE_CHECKING:
    from typing import Unpack

    from leadwatch.analysis.scan.universe import ScanResult
    from leadwatch.report.scan import ScanSection

__all__ = ["latest_scan_section", "load_universe", "returns_of", "scan", "scan_report_sections"]


def load_universe(path: Path | str) -> list[str] | pd.DataFrame:
    """Series ids from a TOML (``series = [...]``) or CSV list, or prices from a folder of CSVs.

    A folder gives a price DataFrame (one column per file stem; each CSV has a
    ``date`` column and a ``value`` or ``close`` column).
    """
    src = Path(path)
    if src.is_dir():
        cols = {}
        for csv in sorted(src.glob("*.csv")):
            try:
                frame = pd.read_csv(csv)
            except (ValueError, UnicodeDecodeError, OSError) as exc:
                raise DataError(
                    f"{csv} is not a readable CSV ({str(exc).splitlines()[0][:120]})",
                    fix="use UTF-8 CSV files with columns date,value",
                ) from None
            value = next((c for c in ("value", "close") if c in frame.columns), None)
            if "date" not in frame.columns or value is None:
                raise DataError(f"{csv} lacks date/value columns", fix="use columns date,value")
            try:
                cols[csv.stem] = pd.Series(
                    frame[value].to_numpy(dtype=float),
                    index=pd.to_datetime(frame["date"], format="%Y-%m-%d"),
                )
            except (ValueError, TypeError) as exc:
                raise DataError(
                    f"{csv} holds a value or date that cannot be read "
                    f"({str(exc).splitlines()[0][:120]})",
                    fix="write dates as YYYY-MM-DD and plain decimal numbers",
                ) from None
        if not cols:
            raise DataError(f"{src} holds no CSV files", fix="put one CSV per series there")
        return pd.DataFrame(cols).sort_index()
    if not src.is_file():
        raise DataError(f"universe file {src} does not exist", fix="pass a TOML/CSV file or folder")
    try:
        text = src.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise DataError(
            f"universe file {src} is not UTF-8 text", fix="pass a TOML or CSV list of series ids"
        ) from None
    if src.suffix == ".toml":
        try:
            ids = tomllib.loads(text).get("series")
        except tomllib.TOMLDecodeError as exc:
            raise DataError(
                f"universe file {src} is not valid TOML: {exc}",
                fix='write series = ["btc", "silver"]',
            ) from None
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise DataError(f"{src} has no series list", fix='write series = ["btc", "silver"]')
        return list(ids)
    lines = [ln.split(",")[0].strip() for ln in text.splitlines()]
    ids = [ln for ln in lines if ln and not ln.startswith("#") and ln not in ("series", "id")]
    if not ids:
        raise DataError(f"{src} lists no series", fix="write one series id per line")
    return ids


def returns_of(prices: pd.DataFrame) -> pd.DataFrame:
    """Log returns of positive prices (rows = dates); a missing price gives missing returns."""
    if not isinstance(prices, pd.DataFrame):
        raise DataError("prices is not a DataFrame", fix="pass one column of prices per series")
    if isinstance(prices.index, pd.DatetimeIndex) and not prices.index.is_monotonic_increasing:
        raise DataError(
            "prices is not sorted by date (rows must run forward in time)",
            fix="call prices.sort_index() (and drop duplicate dates)",
        )
    if prices.columns.duplicated().any():
        dup = prices.columns[prices.columns.duplicated()][0]
        raise DataError(
            f"prices has the column {dup!r} more than once", fix="name every series once"
        )
    values = prices.astype(float)
    bad = [str(c) for c in values.columns if (values[c] <= 0).any()]
    if bad:
        raise DataError(
            f"{', '.join(bad)} {'has' if len(bad) == 1 else 'have'} zero or negative values: "
            "log returns need positive prices",
            fix="scan price series only (leave rates and spreads such as real yields out)",
        )
    logs = pd.DataFrame(np.log(values.to_numpy()), index=values.index, columns=values.columns)
    return logs.diff().iloc[1:]


def _store_returns(ids: list[str], store: Store | Path | str | None) -> pd.DataFrame:
    """Aligned business-day returns of catalog ids: NaN where a series has no new value.

    The same returns the battery (``leadwatch test``) sees; forward-filled
    prices would give a zero return on every stale day instead.
    """
    from leadwatch.align import align

    with opened_store(store) as opened:
        series = opened.read_values(ids)
    return align(series, "daily").returns()


def scan(
    prices: pd.DataFrame | list[str],
    spec: ScanSpec | None = None,
    *,
    store: Store | Path | str | None = None,
    save: bool = False,
    scheduler: str | None = None,
    distributed: bool = False,
    client: Any = None,
    **fields: Unpack[ScanOptions],
) -> ScanResult:
    """Which series lead ``follower`` (or each other, if None), at which lag.

    Parameters
    ----------
    prices
        Prices, one column per series on a common date index, or a list of
        catalog ids read from ``store`` and aligned on business days.
    spec, **fields
        The scan's settings: a :class:`~leadwatch.analysis.scan.spec.ScanSpec`
        and/or its fields as keywords (``follower``: the follower's column/id,
        ``None`` scans all ordered pairs; a follower missing from
        ``prices`` is read from ``store``; ``lags``, default 1..120; ``n_boot``,
        ``alpha``, ``seed``, ``block_size``); keywords override the spec's.
    store, save
        Where ids are read from, and whether to save the result there
        (tables ``scans`` and ``scan_pairs``, keyed by ``scan_id``).
    scheduler, distributed, client
        Run on Dask: a ``tcp://HOST:PORT`` scheduler, a local 2-process
        cluster (``distributed=True``) or an existing client.

    Returns
    -------
    leadwatch.analysis.scan.universe.ScanResult

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> rng = np.random.default_rng(0)
    >>> prices = pd.DataFrame(np.exp(np.cumsum(rng.normal(0, 0.01, (900, 3)), axis=0)),
    ...                       columns=["a", "b", "btc"])
    >>> res = scan(prices, follower="btc", lags=range(1, 11))
    >>> res.mode, len(res.pairs)
    ('follower', 2)
    """
    from leadwatch.analysis.scan.universe import scan_returns

    chosen = ScanSpec.of(spec, **fields)
    follower = chosen.follower
    if isinstance(prices, list):  # the follower is read from the store if the list lacks it
        extra = [follower] if follower is not None and follower not in prices else []
        returns = _store_returns([*prices, *extra], store)
    else:
        if follower is not None and follower not in prices.columns and store is not None:
            from leadwatch.align import align

            with opened_store(store) as opened:
                stored = align(opened.read_values([follower]), "daily").values
            prices = prices.join(stored, how="inner")
        returns = returns_of(prices)
    if scheduler is not None or distributed or client is not None:
        from leadwatch.distributed import dask_scan

        result = dask_scan(returns, chosen, scheduler=scheduler, client=client)
    else:
        result = scan_returns(returns, chosen)
    if save:
        params = {k: v for k, v in result.to_dict().items() if k != "top"}
        with opened_store(store, read_only=False) as opened:
            opened.save_scan(result.scan_id, result.mode, result.follower, params, result.pairs)
    return result


def latest_scan_section(store: Store, scan_id: str | None = None) -> ScanSection | None:
    """The report section of a saved scan (the newest when ``scan_id`` is None), or None."""
    import json

    from leadwatch.report.scan import ScanSection

    saved = store.scans()
    if scan_id is not None:
        saved = saved.loc[saved["scan_id"] == scan_id]
    if saved.empty:
        return None
    row = saved.iloc[0]
    follower = row["follower"] if isinstance(row["follower"], str) else None
    params = json.loads(row["params"])
    return ScanSection(store.scan_pairs(str(row["scan_id"])), str(row["scan_id"]), follower, params)


def scan_report_sections(store: Store) -> list[ScanSection]:
    """The newest saved scan's report section, or nothing when the store holds no scan."""
    section = latest_scan_section(store)
    return [] if section is None else [section]
