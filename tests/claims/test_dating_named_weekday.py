"""Dating round 16: between spells the figures fit alike, the weekday the text names
decides: a spell holding that weekday itself beats one that holds only other days."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.namedweekdays import named_weekdays

_DAYS = pd.bdate_range("2025-06-02", "2026-06-30")


def _gold_twice() -> Market:
    """Gold at $4,123 on a lone Tuesday in 2025 and on a Monday and Tuesday in 2026."""
    gold = pd.Series(3000.0, index=_DAYS)
    for day in ("2025-11-04", "2026-06-22", "2026-06-23"):
        gold.loc[pd.Timestamp(day)] = 4123.0
    return Market({"gold": gold})


@pytest.mark.parametrize(
    "text",
    [
        "Gold trades lower on Monday.\n\nSpot gold is last seen near $4,123.",
        "Monday brought a quiet open.\n\nSpot gold is quoted around $4,123 an ounce.",
        "Bullion eased on Monday. Rate bets rose. The dollar firmed. Gold now trades near $4,123.",
        "Dealers were cautious to start the week on Monday.\n\nGold: about $4,123 per ounce.",
        "Monday's session: thin volumes, a firm dollar.\n\nXAU/USD is around $4,123.",
    ],
)
def test_a_spell_holding_the_named_weekday_wins_a_near_tie(text: str) -> None:
    dated = infer_date(extract_claims(text), _gold_twice())
    assert dated.date == pd.Timestamp("2026-06-22"), dated.reasoning
    assert any(r.startswith("runner-up") and "2025-11-04" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Copper dipped at the start of a busy week for central banks.", (0,)),
        ("Ether held $3,100 for much of the weekend before it slid.", (6,)),
        ("Bitcoin stayed firm throughout the weekend.", (6,)),
    ],
)
def test_other_wordings_of_a_part_of_the_week(text: str, days: tuple[int, ...]) -> None:
    assert named_weekdays(text) == days


def test_a_week_part_of_another_kind_names_no_day() -> None:
    assert named_weekdays("Silver rose at the start of the month, and the weekend is near.") == ()
