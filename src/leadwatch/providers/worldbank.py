"""World Bank "Pink Sheet": monthly average gold price, from the workbook the World Bank publishes.

The catalog's ``gold_monthly`` is the Pink Sheet series from 1960 on ("Gold (UK),
99.5% fine, London afternoon fixing, average of daily rates", USD/troy oz). The
World Bank offers it only as a workbook, ``CMO-Historical-Data-Monthly.xlsx``,
updated on the second business day of each month. Its address carries a
release id that changes with every update
(``https://thedocs.worldbank.org/en/doc/<hash>-<release>/related/CMO-Historical-Data-Monthly.xlsx``),
so the provider first reads the Commodity Markets page,
``https://www.worldbank.org/en/research/commodity-markets``, takes the link to
the workbook from it (:func:`find_workbook_url`), then downloads the workbook.

Layout of sheet ``Monthly Prices``: four title rows, then a row of commodity
names (``Crude oil, average`` ... ``Gold``, ``Platinum``, ``Silver``), a row of
units (``($/troy oz)``), a row of codes (``GOLD``), then one row per month
labelled ``1960M01`` ... ; missing values are blank or ``…``.

Examples
--------
>>> page = b'<a href="https://thedocs.worldbank.org/en/doc/ab12-0050012026/related/'
>>> page += b'CMO-Historical-Data-Monthly.xlsx">Monthly prices</a>'
>>> find_workbook_url(page, what="gold_monthly (Gold)").rsplit("/", 3)[1:]
['ab12-0050012026', 'related', 'CMO-Historical-Data-Monthly.xlsx']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import httpx
import pandas as pd

from leadwatch.errors import BadResponse
from leadwatch.providers.excel import numbers, read_sheet
from leadwatch.providers.live import Fetched, FetchRequest, HttpProvider

__all__ = [
    "PAGE_URL",
    "PROVIDER",
    "SHEET",
    "PinkSheetProvider",
    "find_workbook_url",
    "parse_monthly_prices",
]

PROVIDER = "worldbank"
PAGE_URL = "https://www.worldbank.org/en/research/commodity-markets"
FILE_NAME = "CMO-Historical-Data-Monthly.xlsx"
SHEET = "Monthly Prices"
_LINK = re.compile(rb"""href\s*=\s*["']([^"'<>\s]*CMO-Historical-Data-Monthly\.xlsx)["']""", re.I)
_MONTH = re.compile(r"^(\d{4})M(\d{2})$")
_SCHEMA_FIX = "the World Bank changed the Pink Sheet layout; update leadwatch or report it"


def find_workbook_url(page: bytes, *, what: str) -> str:
    """Pure: the absolute workbook link in the Commodity Markets page (a worldbank.org host)."""
    found = _LINK.search(page)
    if found is None:
        raise BadResponse(
            f"{what}: no link to {FILE_NAME} on {PAGE_URL}",
            fix="the World Bank changed its page; update leadwatch or report it",
        )
    url = httpx.URL(PAGE_URL).join(found.group(1).decode("ascii", "replace"))
    if url.scheme != "https" or not f".{url.host}".endswith(".worldbank.org"):
        raise BadResponse(
            f"{what}: the Pink Sheet link points outside worldbank.org ({url.host})",
            fix="the World Bank changed its page; update leadwatch or report it",
        )
    return str(url)


def parse_monthly_prices(data: bytes, *, symbol: str, what: str) -> pd.DataFrame:
    """Pure: workbook bytes -> ``date`` (first of month), ``value`` of column ``symbol``."""
    cells = read_sheet(data, what=what, sheet=SHEET, header=None)
    wanted = symbol.strip().lower()
    header = column = None
    for row in range(min(30, len(cells))):
        labels = [str(v).strip().lower() for v in cells.iloc[row].tolist()]
        if wanted in labels:
            header, column = row, labels.index(wanted)
            break
    if header is None or column is None:
        raise BadResponse(f"{what}: no column {symbol!r} in sheet {SHEET!r}", fix=_SCHEMA_FIX)
    body = cells.iloc[header + 1 :]
    first = body[body.columns[0]]
    periods = first.astype(object).where(first.notna(), "").astype(str).str.strip()
    months = periods.str.extract(_MONTH)
    rows = months[0].notna()
    if not rows.any():
        raise BadResponse(f"{what}: no monthly rows (YYYYMmm) in sheet {SHEET!r}", fix=_SCHEMA_FIX)
    dates = pd.to_datetime(months.loc[rows, 0] + "-" + months.loc[rows, 1], format="%Y-%m")
    values = numbers(body.loc[rows, body.columns[column]], what=what, name=symbol)
    return pd.DataFrame({"date": dates.to_numpy(), "value": values.to_numpy()})


@dataclass(slots=True)
class PinkSheetProvider(HttpProvider):
    """Monthly prices from the Pink Sheet workbook: one page GET to find it, one to fetch it."""

    name: str = PROVIDER

    def extract(self, request: FetchRequest, what: str) -> Fetched:
        """Find the current workbook, download it, parse one column."""
        page = self.http.get(PAGE_URL, {}, what=f"{what} page").content
        url = find_workbook_url(page, what=what)
        data = self.http.get(url, {}, what=what).content
        frame = parse_monthly_prices(data, symbol=request.symbol, what=what)
        return Fetched(frame, location=url, raw=data)
