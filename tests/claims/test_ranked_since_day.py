"""Moves ranked since a named day ("its biggest daily drop since March 19, 2020"), told in
percentage or dollar terms ("the highest daily pullback in percentage and dollar terms
since ..."): a record of kind ``record`` over that day, and the move itself keeps no
window of the rank's."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.extremes import check_move_record
from leadwatch.claims.market import Market


@pytest.mark.parametrize(
    ("text", "op", "window"),
    [
        (
            "Silver fell 4.1% to $30.20, the steepest daily pullback in percentage and dollar"
            " terms since March 19, 2020.",
            "worst:D",
            "since:March 19, 2020",
        ),
        (
            "Copper rose 3%, its highest one-day increase in percentage terms since Sept. 4, 2019.",
            "best:D",
            "since:Sept. 4, 2019",
        ),
        (
            "Platinum slid 2% on Monday, its heaviest daily loss since 2021.",
            "worst:D",
            "since:2021",
        ),
    ],
)
def test_a_move_ranked_since_a_day_is_a_record(text: str, op: str, window: str) -> None:
    claims = extract_claims(text).claims
    ranked = [c for c in claims if c.kind == "record"]
    assert [(c.op, c.window) for c in ranked] == [(op, window)]
    moves = [c for c in claims if c.kind == "percent"]
    assert moves and all(not (c.window or "").startswith("since:") for c in moves)


def test_a_level_high_since_a_day_is_no_ranked_move() -> None:
    claims = extract_claims("Silver hit its highest level since March 19, 2020.").claims
    assert all(not (c.op or "").startswith(("worst:", "best:")) for c in claims)


_DAYS = pd.bdate_range("2019-01-01", "2024-11-11")


def _silver(big: int) -> Market:
    """Silver drifting gently with a 4% fall on day ``big`` and a 3% fall on the last day."""
    steps = [0.001 * (1 if i % 2 else -0.5) for i in range(len(_DAYS))]
    steps[big], steps[-1] = -0.04, -0.03
    return Market({"silver": 100 * pd.Series(steps, index=_DAYS).add(1).cumprod()})


def test_a_rank_since_a_day_is_graded_against_that_day() -> None:
    text = "Silver fell 3%, its biggest daily drop since June 17, 2021."
    claim = next(c for c in extract_claims(text).claims if c.kind == "record")
    day = _DAYS[-1]
    on = _DAYS.get_loc(pd.Timestamp("2021-06-17"))
    assert check_move_record(claim, day, _silver(on))[0] == "confirmed"
    assert check_move_record(claim, day, _silver(on + 20))[0] == "contradicted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver sank 12% on Monday, after an intraday drop on Thursday that was the"
            " largest on record.",
            [("silver", "worst:D", "ever")],
        ),
        (
            "Gold fell 5% on Friday, a drop that was the largest since 2013.",
            [("gold", "worst:D", "since:2013")],
        ),
        (
            "Exchanges raised margins on gold and silver futures after both markets suffered"
            " their steepest declines in decades.",
            [("gold", "worst:D", "last:20:year"), ("silver", "worst:D", "last:20:year")],
        ),
        (
            "Gold and silver rose, and silver notched its biggest gain since 2020.",
            [("silver", "best:D", "since:2020")],
        ),
        ("Gold fell 2% on Friday, a drop that was the third largest since 2013.", []),
    ],
)
def test_a_rank_told_after_the_move_or_of_both_assets(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    ranked = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.asset, c.op, c.window) for c in ranked] == expected


@pytest.mark.parametrize(
    ("text", "intraday"),
    [
        ("Silver posted its biggest intraday drop since 2013.", True),
        ("Silver sank after an intraday drop on Thursday that was the largest on record.", True),
        ("Silver posted its biggest daily drop since 2013.", False),
    ],
)
def test_an_intraday_rank_the_closes_miss_is_inconclusive(text: str, intraday: bool) -> None:
    claim = next(c for c in extract_claims(text).claims if c.kind == "record")
    assert ("intraday" in claim.qualifiers) is intraday
    big = _DAYS.get_loc(pd.Timestamp("2020-03-16"))
    status = check_move_record(claim, _DAYS[-1], _silver(big))[0]  # a bigger close-to-close fall
    assert status == ("inconclusive" if intraday else "contradicted")
