"""A header's date whose year a scraped page glues to its count of views or comments is
still the dateline; a year followed by other digits is no date (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims.printed import printed_dates


@pytest.mark.parametrize(
    ("header", "iso"),
    [
        ("Metals Desk\nMarch 9, 2025312 view(s)\n", "2025-03-09"),
        ("Posted June 2, 202418 comments\n", "2024-06-02"),
        ("11 August 20232,405 views\n", "2023-08-11"),
    ],
)
def test_a_year_glued_to_a_count_is_the_dateline(header: str, iso: str) -> None:
    found = printed_dates(f"{header}Silver slipped 0.8% as yields climbed.")
    assert [(d.iso, d.role) for d in found][:1] == [(iso, "dateline")]


def test_a_year_glued_to_other_digits_is_no_date() -> None:
    found = printed_dates("Order ref March 9, 202531277 filed.\nSilver slipped 0.8%.")
    assert found == []
