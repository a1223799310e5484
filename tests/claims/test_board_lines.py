"""A board of quote lines above an article's prose is no title: its levels stay claims."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims

_BODY = (
    "\n\nStocks swung through the session before buyers returned late in the day, "
    "and the S&P 500 ended 9 points higher at 5,228 while the VIX slipped to 13.9.\n"
)


@pytest.mark.parametrize(
    "board",
    [
        "March 12, 2024\nS&P: 5,175\nVIX: 14.4\nGold: 2,160",
        "Morning levels\nS&P 500: 5,175\nVIX: 14.4\n10-Year: 4.15%",
        "S&P 500: 5,175 (+0.3%)\nVIX: 14.4 (-2.1%)\nBitcoin: $71,200",
        "Tuesday snapshot\nSPX: 5,175\nVolatility index: 14.4",
        "Pre-market board\nS&P (cash): 5,175\nCBOE VIX: 14.4\nGold (XAU): $2,160",
        "Key levels\nS&P 500 index: 5,175.0\nVIX: 14.40",
    ],
)
def test_board_levels_above_the_prose_are_kept(board: str) -> None:
    said = {(c.asset, c.level) for c in extract_claims(board + _BODY).claims}
    assert ("spx", 5175.0) in said
    assert ("spx", 5228.0) in said


@pytest.mark.parametrize(
    "title",
    ["S&P 500 Climbs Toward 5,300 As Buyers Return", "Stocks Close At 5,228 After A Late Rally"],
)
def test_a_title_the_body_restates_still_gives_way(title: str) -> None:
    said = [c for c in extract_claims(title + _BODY).claims if c.asset == "spx"]
    assert said and all(c.sentence > 0 for c in said)


def test_a_lone_quote_line_under_the_title_still_gives_way_to_the_body() -> None:
    text = "Stocks Rebound On Tech\n\nAs of May 2| SPX: 5,064 (+0.9%) | VIX: 14.7" + _BODY
    said = {(c.sentence, c.asset, c.level) for c in extract_claims(text).claims}
    assert (1, "spx", 5064.0) not in said
    assert any(a == "spx" and v == 5228.0 for _, a, v in said)
