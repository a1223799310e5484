"""Moves of an index told in points (issue 15, units): "the VIX rose 1.4 points", "the Dow
shed 310 pts", "S&P 500 +12 pts" are moves of the index by that many points, graded as a
percentage of the level they started from; a price or a rate told in "points" is not read."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _points(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [
        (c.asset, c.op, c.pct)
        for c in extract_claims(text).claims
        if "points" in c.qualifiers and c.kind == "move"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The VIX rose 1.4 points to 18.6 on Friday.", ("vix", "up", 1.4)),
        ("Wall Street's fear gauge jumped nearly 3 points on Monday.", ("vix", "up", 3.0)),
        ("The CBOE Volatility Index fell 2.35 points in the session.", ("vix", "down", 2.35)),
        ("The VIX finished near 18.6, up about 1.4 pts for the session.", ("vix", "up", 1.4)),
        ("The Dow Jones Industrial Average shed 310 pts by the close.", ("dow", "down", 310.0)),
        ("Dow -310 pts, Nasdaq -95 pts.", ("dow", "down", 310.0)),
        ("The dollar index climbed 0.8 of a point, then added 0.6 points.", ("dxy", "up", 0.6)),
        ("The S&P 500 gave up 40-point gains and lost 12 index points.", ("spx", "down", 12.0)),
    ],
)
def test_a_move_of_an_index_in_points_is_read(text: str, expected: tuple[str, str, float]) -> None:
    assert expected in _points(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gold rose 30 points on the day.",  # a price: points are not its unit
        "The 10-year yield rose 12 points.",  # a rate: basis or percentage points?
        "The S&P 500 lost 95 points, or 1.6%, on Tuesday.",  # read from the percentage
        "Analysts expect the VIX to rise 5 points next week.",  # a forecast
    ],
)
def test_points_of_a_price_a_rate_or_a_restated_move_are_not_read(text: str) -> None:
    assert _points(text) == []


def _vix(last: float) -> Market:
    days = pd.bdate_range("2026-05-04", "2026-05-15")
    vix = pd.Series(17.2, index=days)
    vix.iloc[-1] = last
    return Market({"vix": vix})


@pytest.mark.parametrize(
    ("last", "status"),
    [(18.5, "confirmed"), (18.9, "confirmed"), (17.4, "contradicted"), (16.0, "contradicted")],
)
def test_a_move_in_points_is_graded_on_the_index_level(last: float, status: str) -> None:
    ex = extract_claims("The VIX rose 1.4 points on Friday.")
    checked = check_claims(ex, pd.Timestamp("2026-05-15"), _vix(last))
    moves = [c for c in checked if c.claim.asset == "vix" and c.claim.kind in ("move", "percent")]
    assert [c.status for c in moves] == [status], [c.evidence for c in moves]
    assert "1.40 points" in moves[0].evidence


@pytest.mark.parametrize(
    ("text", "asset", "op", "points"),
    [
        ("The S&P 500 rose by 67 to 6,092.", "spx", "up", 67.0),
        ("The S&P skyrocketed by 67 to 6092.", "spx", "up", 67.0),
        ("The Nasdaq plunged by 400 to 19,000.", "nasdaq", "down", 400.0),
    ],
)
def test_a_bare_amount_before_the_level_it_took_an_index_to_is_points(
    text: str, asset: str, op: str, points: float
) -> None:
    claims = extract_claims(text).claims
    moves = [(c.asset, c.op, c.pct) for c in claims if "points" in c.qualifiers]
    assert moves == [(asset, op, points)]


@pytest.mark.parametrize(
    "text", ["Gold rose by 67 to 4,092.", "The S&P 500 rose by 1.2% to 6,092."]
)
def test_a_price_or_a_percentage_is_no_points_move(text: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if "points" in c.qualifiers]


def test_a_tenors_row_label_names_the_yield() -> None:
    text = "Rates\n- 10-yr: +3 bps to 4.52% (-4 bps on the week)"
    said = {(c.asset, c.kind, c.level or c.pct) for c in extract_claims(text).claims}
    assert ("yield_10y", "level", 4.52) in said
