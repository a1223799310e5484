"""Dating round 17: a futures contract named by its month ("June futures", "gold
futures for June delivery", "the December silver contract") is quoted in the months up to
it, so two spells whose prices fit alike are told apart; a month that is no contract, or a
contract with its year, says nothing."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingcontracts import contract_votes
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market

_DAYS = pd.to_datetime(["2026-01-20", "2026-04-20", "2026-10-15", "2026-11-20"])


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("June futures dropped to $4,813.70 as yields rose.", [0, 1, 0, 0]),
        ("Comex futures for June delivery slid 1.5% to $4,702.40.", [0, 1, 0, 0]),
        ("The December silver contract settled at $52.10.", [0, 0, 1, 1]),
        ("COMEX December gold futures climbed 1.1%.", [0, 0, 1, 1]),
        ("Front-month May futures were last at $4,700.", [0, 1, 0, 0]),
        ("February gold futures on Comex added 0.4%.", [1, 0, 0, 1]),
    ],
)
def test_a_contract_month_is_quoted_in_the_months_up_to_it(text: str, held: list[int]) -> None:
    votes, why = contract_votes(text, _DAYS)
    assert (votes > 0).astype(int).tolist() == held, why


@pytest.mark.parametrize(
    "text",
    [
        "Gold rallied in June to a record.",
        "The June Fed meeting weighs on futures.",
        "June 2027 futures traded at a premium.",
    ],
)
def test_no_contract_no_vote(text: str) -> None:
    assert float(contract_votes(text, _DAYS)[0].sum()) == 0.0


def test_two_spells_of_equal_prices_go_to_the_one_the_contract_allows() -> None:
    days = pd.bdate_range("2026-01-05", "2026-05-29")
    price = pd.Series(4000.0, index=days)
    price[(days >= "2026-01-19") & (days <= "2026-01-23")] = 4800.0  # a January spell
    price[(days >= "2026-04-13") & (days <= "2026-04-17")] = 4800.0  # and an April one
    text = "Gold slips. Spot gold fell to $4,800, while June futures dropped to $4,820."
    day = infer_date(extract_claims(text), Market({"gold": price})).date
    assert pd.Timestamp("2026-04-13") <= day <= pd.Timestamp("2026-04-18")  # before: January
