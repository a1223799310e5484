"""A dash range of dates in parentheses ("Change (Mar. 2-Mar. 20)") is the window of the
figures it heads; a range in running text or in the wrong order is not read."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> dict[str | None, str | None]:
    return {c.asset: c.window for c in extract_claims(text).claims if c.kind == "percent"}


@pytest.mark.parametrize(
    ("text", "asset", "window"),
    [
        ("Asset Change (Mar. 2\u2013Mar. 20) Copper +4.1% Gold +2.5% Bitcoin -3.2% Then it closed.",
         "btc", "between:Mar 2:Mar 20"),
        ("Market Return (Feb. 3\u2013Feb. 21, 16:00 UTC) Silver +7.4% Gold +1.8%", "gold",
         "between:Feb 3:Feb 21"),
        ("Gold rose 2.5% (September 8-19) as yields eased.", "gold",
         "between:September 8:September 19"),
    ],
)  # fmt: skip
def test_a_dash_range_in_parentheses_is_the_window(text: str, asset: str, window: str) -> None:
    assert _windows(text)[asset] == window


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 2.5% ahead of the September 8-19 talks.",
        "Gold rose 2.5% (September 19-8) as yields eased.",
    ],
)
def test_other_ranges_are_not_windows(text: str) -> None:
    assert _windows(text)["gold"] is None
