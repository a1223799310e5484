"""A metal's move that settles at a price, or restates a contract's move, is graded on the
futures; a move on a holiday article date is graded on the futures' last session."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.settlewords import restated_start, settles_at_price

DAYS = pd.bdate_range("2024-06-03", "2025-07-31")


def _market() -> Market:
    rng = np.random.default_rng(11)
    steps = rng.normal(0.0, 0.01, len(DAYS))
    fix = pd.Series(2000.0 * np.exp(np.cumsum(steps)), index=DAYS)
    fut = fix.copy()
    fut.iloc[-1] = fut.iloc[-2] * 0.97  # the futures settle 3% lower on the last day
    fix.iloc[-1] = fix.iloc[-2] * 1.004  # the noon fix, set before the drop, is up
    return Market({"gold": fix, "gold_fut": fut})


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The yellow metal shed 3% to settle at $1,950.40 per ounce.", True),
        ("Gold slid 3% and settled near US$1,950 an ounce.", True),
        ("Gold settling at $1,950 marked a 3% drop.", True),
        ("Spot gold lost 3% before settling at $1,950.", False),
        ("Gold settled lower after losing 3%.", False),
        ("Gold dropped 3% to close at $1,950.", False),
    ],
)
def test_a_settlement_price_is_told(text: str, want: bool) -> None:
    assert settles_at_price(text) is want


@pytest.mark.parametrize(
    ("text", "figure", "joined"),
    [
        ("Comex gold for June delivery shed $58.10, or 3%, to end the day.", "3%", True),
        ("The August contract gave up $61, or about 3%, by the close.", "3%", True),
        ("Gold fell 1%, while silver rose 3% on the day.", "3%", False),
        ("Silver fell 2%, or so the desk said, and gold lost 3%.", "3%", False),
    ],
)
def test_a_restating_clause_joins_the_one_before(text: str, figure: str, joined: bool) -> None:
    pos = text.index(figure)
    assert (restated_start(text, pos) < pos) is joined


@pytest.mark.parametrize(
    "text",
    [
        "Gold gave up 3% on the day to settle at $2,050.40.",
        "Comex gold for December delivery shed $60.20, or 3%, on the day.",
    ],
)
def test_a_settled_or_restated_move_is_graded_on_the_futures(text: str) -> None:
    ex = extract_claims(text)
    moves = [c for c in ex.claims if c.kind == "percent"]
    assert len(moves) == 1 and {"futures", "of_futures"} & set(moves[0].qualifiers)
    checked = [c for c in check_claims(ex, DAYS[-1], _market()) if c.claim.kind == "percent"]
    assert [c.status for c in checked] == ["confirmed"]
    assert "gold_fut" in checked[0].evidence


@pytest.mark.parametrize(
    "text",
    [
        "Spot gold gave up 3% before settling at $1,950 an ounce.",
        "Gold lost 3% on the session, while the dollar rose.",
    ],
)
def test_a_spot_or_plain_move_stays_on_the_fix(text: str) -> None:
    ex = extract_claims(text)
    moves = [c for c in ex.claims if c.kind == "percent"]
    assert moves and all(not {"futures", "of_futures"} & set(c.qualifiers) for c in moves)


@pytest.mark.parametrize("gap", [1, 2, 3])  # a Friday holiday, the weekend after it
def test_an_article_dated_off_session_reads_the_last_futures_session(gap: int) -> None:
    day = DAYS[-1] + pd.Timedelta(days=gap)
    ex = extract_claims("Gold futures slid 3% on the day to settle at $2,050.")
    checked = [c for c in check_claims(ex, day, _market()) if c.claim.kind == "percent"]
    assert [c.status for c in checked] == ["confirmed"]
    assert str(DAYS[-1].date()) in checked[0].evidence


def test_a_long_gap_does_not_reach_back_to_old_futures() -> None:
    day = DAYS[-1] + pd.Timedelta(days=20)
    ex = extract_claims("Gold futures slid 3% on the day to settle at $2,050.")
    checked = [c for c in check_claims(ex, day, _market()) if c.claim.kind == "percent"]
    assert "gold_fut" not in checked[0].evidence
