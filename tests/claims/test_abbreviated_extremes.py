"""A past extreme written with its abbreviation in brackets ("its March 2024 all-time high
(ATH) of $73,800") is that month's extreme, as without the brackets: graded over the
month named, not as the article day's price."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin trades 12% below its March 2024 all-time high (ATH) of $73,800.",
        "Ether remains under the May 2021 record high (ATH) near $4,300.",
    ],
)
def test_a_bracketed_abbreviation_keeps_the_extremes_month(text: str) -> None:
    levels = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert levels
    assert all((c.window or "").startswith("ext:high:mon:") for c in levels)
