"""A date that names a contract (its expiry or delivery) is no dateline and no day looked
back to: it votes for no publication day."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.printed import printed_dates
from leadwatch.claims.textdates import first_dateline, latest_printed

#: How exchange, futures and options reports name a contract by its expiry.
CONTRACTS = [
    "In early trade, buyers lifted the February 27, 2026 contract on silver by 2%.",
    "The 5 February 2026 gold expiry traded 0.8% higher at midday.",
    "Silver for March 5, 2026 delivery rose 2% in early trade.",
    "Gold options expiring December 26, 2025 saw heavy buying as the metal rose 1%.",
    "Crude for the June 19, 2026 settlement slipped 1% while gold rose 0.5%.",
    "Traders bought the April 3, 2026 MCX silver contract, which added 1.1%.",
]


@pytest.mark.parametrize("said", CONTRACTS)
def test_a_contracts_date_is_ahead(said: str) -> None:
    assert [d.role for d in printed_dates(said)] == ["ahead"]
    ex = extract_claims("Gold rose on Monday.\n\n" + said)
    assert first_dateline(ex) is None and latest_printed(ex) is None


@pytest.mark.parametrize(
    ("said", "role"),
    [
        ("March 3, 2026 - Gold futures rose 1% in early trade.", "dateline"),
        ("On March 3, 2026 gold futures rose 1%, extending a rally.", "past"),
    ],
)
def test_a_date_before_the_subject_is_not_a_contracts(said: str, role: str) -> None:
    assert [d.role for d in printed_dates(said)] == [role]
