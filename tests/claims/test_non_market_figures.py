"""Percentages of forecasts, polls, the economy and relative measures are no asset's move
or figure, even when the line before named the asset (hand-written phrasings of several
outlet styles: wires, macro briefs, dealer notes)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _given(text: str, sentence: int) -> set[str | None]:
    claims = extract_claims(text).claims
    return {c.asset for c in claims if c.sentence == sentence and c.pct is not None}


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        (
            "Gold rose 2%. The World Bank trimmed its global growth projection on Tuesday, to "
            "2.3% from 2.7%.",
            "gold",
        ),
        (
            "The dollar slid 1%. The IMF downgraded its outlook for US growth this year, to 1.8% "
            "from 2.7%.",
            "dxy",
        ),
        (
            "Silver jumped 4%. Analysts lifted their inflation estimate for next year, to 3.2%.",
            "silver",
        ),
        (
            "The greenback firmed 0.4%. The central bank raised its forecast for the economy, now "
            "seeing expansion of 2.4%.",
            "dxy",
        ),
        ("Bitcoin gained 3%. Odds of a June cut on Polymarket, meanwhile, climbed to 70%.", "btc"),
        ("Ether added 2%. The jobless rate, the report showed, edged up to 4.3%.", "eth"),
    ],
)
def test_a_carried_subject_does_not_take_a_non_market_figure(text: str, carried: str) -> None:
    assert carried not in _given(text, 1)


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Gold rose 2%. The relative performance now sits at +20% in gold's favour.", "gold"),
        ("Gold beat the S&P 500: the spread reached 18% in gold's favor.", "gold"),
        ("Bitcoin's premium over ether widened to 12% in March.", "eth"),
        ("Silver outpaced gold this year; the gap between them is 15%.", "silver"),
    ],
)
def test_a_relative_figure_is_no_figure_of_the_named_asset(text: str, asset: str) -> None:
    claims = extract_claims(text).claims
    assert asset not in {c.asset for c in claims if c.pct is not None and c.pct > 5}


@pytest.mark.parametrize(
    ("text", "asset", "pct"),
    [
        ("The dollar slid 1%. After the GDP report, it fell a further 0.5%.", "dxy", 0.5),
        ("Gold rose 2% as growth fears mounted.", "gold", 2.0),
        ("Despite the weak survey, silver climbed 3%.", "silver", 3.0),
        ("Inflation fears lifted gold 1.5% on Monday.", "gold", 1.5),
    ],
)
def test_an_asset_named_or_carried_by_a_pronoun_keeps_its_move(
    text: str, asset: str, pct: float
) -> None:
    moves = {(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"}
    assert (asset, pct) in moves
