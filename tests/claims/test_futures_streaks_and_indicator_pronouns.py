"""A London fix's weekly streak that fails is read on the futures too; a pronoun after a
fronted phrase stands for the indicator the clause names; a metal's local discount or
premium is no price of the metal.

Every text here is written for the test; the market is synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _metals(futures_up_every_week: bool) -> Market:
    """Seven weeks to Friday 2025-10-03: the fix dips in the first week, the futures rise in
    every week when ``futures_up_every_week``."""
    days = pd.bdate_range("2025-08-08", "2025-10-03")
    weeks = pd.Series(range(len(days)), index=days) // 5
    fix = 3_300.0 + 20.0 * weeks
    fix[(days >= "2025-08-18") & (days <= "2025-08-22")] = 3_290.0  # the first week slips
    fut = 3_320.0 + 20.0 * weeks
    if not futures_up_every_week:
        fut[(days >= "2025-08-18") & (days <= "2025-08-22")] = 3_300.0
    ranges = pd.DataFrame({"low": fut - 10.0, "high": fut + 10.0})
    return Market(
        {"gold": fix, "gold_fut": fut},
        ranges={"gold_fut": ranges},
        range_names={"gold_fut": "COMEX gold futures"},
    )


def test_a_fix_streak_that_fails_is_read_on_the_futures() -> None:
    text = "Gold notched a seventh consecutive weekly gain on Friday."
    day = pd.Timestamp("2025-10-03")
    (graded,) = check_claims(extract_claims(text), day, _metals(futures_up_every_week=True))
    assert graded.status == "confirmed" and "on the futures" in graded.evidence
    (graded,) = check_claims(extract_claims(text), day, _metals(futures_up_every_week=False))
    assert graded.status == "contradicted"


def test_a_pronoun_after_a_fronted_phrase_stands_for_the_named_indicator() -> None:
    text = (
        "The dollar index was up 0.4%. After a sharp rise, the consumer confidence index "
        "reached its highest level since hitting 81.5 in March."
    )
    assert [c.asset for c in extract_claims(text).claims] == ["dxy"]


def test_a_metals_local_discount_is_no_price() -> None:
    text = "Gold discounts in Mumbai reached a record high as jewellers cut back."
    assert extract_claims(text).claims == ()
