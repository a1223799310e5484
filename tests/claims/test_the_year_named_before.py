"""'For the year' after a year named earlier in the sentence is that year, not this one."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> list[tuple[str | None, float | None, str | None]]:
    return [(c.asset, c.pct, c.window) for c in extract_claims(text).claims if c.pct is not None]


@pytest.mark.parametrize(
    "text",
    [
        "Silver had a banner run in 2024, climbing 21% over the course of the year.",
        "In 2024 silver climbed 21% for the year, its best showing in a decade.",
        "Silver's 2024 was strong: the metal advanced 21% during the course of the year.",
        "During 2024, silver gained 21% for the year as a whole.",
        "Silver, which rallied hard in 2024, ended up 21% for the year.",
        "Looking back at 2024, silver rose 21% in the course of the year.",
    ],
)
def test_the_named_year_is_the_window(text: str) -> None:
    assert ("silver", 21.0, "cal:2024") in _windows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Silver has climbed 21% over the course of the year.",
        "Silver is up 21% for the year.",
        "Silver fell 8% in 2024 but has climbed 21% this year.",
        "Silver is up 21% year to date after a weak 2024.",
    ],
)
def test_with_no_year_before_it_is_this_year_to_date(text: str) -> None:
    assert ("silver", 21.0, "ytd") in _windows(text)
