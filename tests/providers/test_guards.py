"""One guard for "an HTML page where data was expected", used by every parser that needs it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from leadwatch.errors import BadResponse
from leadwatch.providers.alfred import parse_vintages
from leadwatch.providers.coinbase import parse_candles
from leadwatch.providers.excel import read_sheet
from leadwatch.providers.fred import parse_csv, parse_json
from leadwatch.providers.guards import reject_html

PAGES = (b"<!DOCTYPE html><html>down</html>", b"\n  <html><body>login</body></html>", b"<?xml ?>")

PARSERS: dict[str, tuple[Callable[[bytes], object], str]] = {
    "alfred": (lambda b: parse_vintages(b, what="alfred (m2)"), "JSON"),
    "coinbase": (lambda b: parse_candles(b, what="coinbase (BTC-USD)"), "JSON"),
    "excel": (lambda b: read_sheet(b, what="gpr (GPRD)"), "a spreadsheet"),
    "fred csv": (lambda b: parse_csv(b, symbol="M2SL", what="fred (m2)"), "CSV"),
    "fred json": (lambda b: parse_json(b, symbol="M2SL", what="fred (m2)"), "JSON"),
}


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("name", sorted(PARSERS))
def test_every_parser_refuses_an_html_page(name: str, page: bytes) -> None:
    parse, expected = PARSERS[name]
    with pytest.raises(BadResponse, match=f"got an HTML page where {expected} was expected"):
        parse(page)


def test_guard_lets_data_through_and_names_the_fix() -> None:
    for data in (b'{"a": 1}', b"date,value\n2024-01-02,1\n", b"  [1, 2]", b""):
        reject_html(data, what="x", expected="JSON")
    with pytest.raises(BadResponse) as err:
        reject_html(b" <html>", what="fred (m2)", expected="CSV", fix="try FRED later")
    assert err.value.message == "fred (m2): got an HTML page where CSV was expected"
    assert err.value.fix == "try FRED later"
