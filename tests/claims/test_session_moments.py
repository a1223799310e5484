"""A move said of a late moment of the session ("late in the session", "in the final hour")
is never contradicted on closes alone (phrasings written for this test)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market

DAYS = pd.bdate_range("2025-01-02", "2025-06-30")


def _market() -> Market:
    """Closes only (no day range): the last session closes 1% higher."""
    rng = np.random.default_rng(5)
    close = pd.Series(2_000.0 * np.exp(np.cumsum(rng.normal(0, 0.03, len(DAYS)))), index=DAYS)
    close.iloc[-1] = close.iloc[-2] * 1.01
    return Market({"spx": close})


def _statuses(text: str) -> list[str]:
    checked = check_claims(extract_claims(text), DAYS[-1], _market())
    return [c.status for c in checked if c.claim.kind == "percent"]


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 slid 3% late in the session on Monday.",
        "On Monday the S&P 500 dropped 3% in the final hour of trading.",
        "The S&P 500 fell 3% in late New York trading on Monday.",
        "The S&P 500 lost 3% in the last minutes on Monday.",
    ],
)
def test_a_late_moment_is_not_contradicted_on_closes(text: str) -> None:
    assert _statuses(text) == ["inconclusive"]


def test_a_move_of_the_session_is_still_graded_on_closes() -> None:
    assert _statuses("The S&P 500 fell 3% on Monday.") == ["contradicted"]
