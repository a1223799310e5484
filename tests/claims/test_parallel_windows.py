"""A move told "also", "too" or "as well" after another asset's takes that asset's window,
where the sentence gives it no window or time of its own."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.window) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver fell 5% this week. Gold also dropped 2%.", "wtd"),
        ("Silver fell 5% this week. Gold dropped 2% as well.", "wtd"),
        ("Silver is up 5% year to date. Gold, too, has gained 20%.", "ytd"),
        ("Silver dropped 30% in a single day. Gold also saw a drop of over 10%.", "day"),
        ("Ether lost 12% over the past month. Bitcoin likewise shed 6%.", "month"),
    ],
)
def test_a_parallel_move_shares_the_window_before(text: str, window: str) -> None:
    got = _windows(text)
    assert len(got) == 2 and got[1][1] == window == got[0][1]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Silver fell 5% this week. Gold dropped 2%.", None),  # no word of a parallel
        ("Silver fell 5% this week. Gold also dropped 2% this month.", "mtd"),  # its own
        ("Silver fell 5% this week and 9% this year. Gold also dropped 2%.", None),  # two
    ],
)
def test_no_parallel_or_no_single_window_lends_nothing(text: str, window: str | None) -> None:
    assert dict(_windows(text))["gold"] == window


def test_the_same_asset_lends_itself_nothing() -> None:
    got = _windows("Gold fell 5% this week. It also dropped 2% on Monday.")
    assert got[0] == ("gold", "wtd") and got[1][1] != "wtd"
