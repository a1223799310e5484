"""The claim checker on the development set (../shared/claims-devset, read in place).

The floors only move up: each is what the checker reached, less a small margin. Raise
them when the method improves; never lower them to let a change through.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.paths import SHARED

DEVSET = Path(os.environ.get("LEADWATCH_CLAIMS_DEVSET", SHARED / "claims-devset"))

#: Floors (recall, status accuracy, dating: at least; spurious share: at most).
FLOORS = {"recall": 0.96, "status_accuracy": 0.975, "dating": 0.95, "spurious_share": 0.02}


@pytest.fixture(scope="module")
def totals(snapshot_store: Path) -> dict[str, Any]:
    from leadwatch.api.claims import market_from_store
    from leadwatch.claims.evaluate import evaluate_labels, summarise
    from leadwatch.store import Store

    labels = DEVSET / "labels.json"
    if not labels.is_file():
        pytest.fail(f"the claims dev set is missing at {DEVSET}: tests read it in place")
    with Store(snapshot_store, read_only=True) as store:
        market = market_from_store(store)
    return summarise(evaluate_labels(labels, market))


def test_devset_floors(totals: dict[str, Any]) -> None:
    assert totals["required"] >= 150  # every article was read and scored
    assert totals["recall"] >= FLOORS["recall"]
    assert totals["status_accuracy"] >= FLOORS["status_accuracy"]
    assert totals["dating"] >= FLOORS["dating"]
    assert totals["spurious_share"] <= FLOORS["spurious_share"]


def test_scoring_rules_on_a_planted_article(tmp_path: Path) -> None:
    """A found claim, a missed one, a misgraded one and a spurious one, counted as such."""
    import pandas as pd

    from leadwatch.claims.evaluate import evaluate_labels, summarise
    from leadwatch.claims.market import Market

    days = pd.bdate_range("2026-01-05", periods=10)
    silver = pd.Series([80.0 + i for i in range(10)], index=days)
    gold = pd.Series([4000.0 - 10 * i for i in range(10)], index=days)
    text = "Silver hit $89 today. Gold rallied this week. Bitcoin hit $90,000 today."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    claims = [
        {
            "sentence": "Silver hit $89 today",
            "asset": "silver",
            "kind": "level",
            "status": "confirmed",
            "claim": "silver ~89",
        },
        {
            "sentence": "Gold rallied this week",
            "asset": "gold",
            "kind": "move",
            "status": "confirmed",
            "claim": "gold up",
        },
        {
            "sentence": "Silver hit $89 today",
            "asset": "silver",
            "kind": "record",
            "status": "confirmed",
            "claim": "silver record",
        },
    ]
    labels = {"articles": [{"file": "a.txt", "published": "2026-01-16", "claims": claims}]}
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    (score,) = evaluate_labels(tmp_path / "labels.json", Market({"silver": silver, "gold": gold}))
    found = [m.found for m in score.matches]
    assert found == [True, True, False]
    assert [m.graded_ok for m in score.matches[:2]] == [True, False]  # gold fell
    totals = summarise([score])
    assert totals["recall"] == pytest.approx(2 / 3)
    assert totals["status_accuracy"] == pytest.approx(1 / 2)
    assert score.dated in ("2026-01-15", "2026-01-16") and score.dated_ok
