"""A metal's contract named by its delivery month ("gold for December delivery", "silver
for March delivery") votes for the months it is quoted in; gold's December contract is
the active one from late July, five months ahead; a month as a time votes for nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.datingcontracts import contract_votes

_DAYS = pd.to_datetime(["2023-06-15", "2023-07-27", "2023-08-18", "2023-10-05", "2024-01-09"])


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Gold for December delivery settled $8 higher.", [0.0, 0.5, 0.5, 0.5, 0.0]),
        ("U.S. gold futures for December delivery slipped.", [0.0, 0.5, 0.5, 0.5, 0.0]),
        ("Silver for December delivery settled lower.", [0.0, 0.0, 0.0, 0.5, 0.0]),
        ("Gold climbed in December, a strong month.", [0.0, 0.0, 0.0, 0.0, 0.0]),
    ],
)
def test_contract_months_of_metals(text: str, votes: list[float]) -> None:
    assert contract_votes(text, _DAYS)[0].tolist() == votes
