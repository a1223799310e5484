"""Claims the checker missed on outlets it had not seen (issue 15, round 6): more move
verbs, basis points spelled out, levels approached or tapped, typographic hyphens, records
over a span of days, a price figure beside an attribute named earlier. Every sentence is
hand-written; each rule is tested on several phrasings of its class."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    """(kind, asset, op, pct or level, window) of every claim."""
    out = []
    for c in extract_claims(text).claims:
        value = c.pct if c.kind in ("percent", "move") else c.level
        out.append((c.kind, c.asset, c.op, value, c.window))
    return out


def _moves(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(a, op, v) for k, a, op, v, _ in _claims(text) if k in ("percent", "move")]


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(a, op, v) for k, a, op, v, _ in _claims(text) if k == "level"]


def _records(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a, op, w) for k, a, op, _, w in _claims(text) if k == "record"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver futures exploded by 4.1% on Tuesday.", ("silver", "up", 4.1)),
        ("Bitcoin catapulted 9% over the weekend.", ("btc", "up", 9.0)),
        ("Ether raced ahead 6% after the vote.", ("eth", "up", 6.0)),
        ("The S&P 500 powered ahead 1.2% on Monday.", ("spx", "up", 1.2)),
        ("Bitcoin dumped 7% in an hour on Friday.", ("btc", "down", 7.0)),
        ("Silver bled 3% on Thursday.", ("silver", "down", 3.0)),
    ],
)
def test_more_move_verbs(text: str, expected: tuple[str, str, float]) -> None:
    assert _moves(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 10-year yield rose three basis points to 4.31%.", ("yield_10y", "up", 3.0)),
        ("Bonds sold off; the 10-year rate ended up five basis points.", ("yield_10y", "up", 5.0)),
        ("The two-year yield fell twelve bps on Friday.", ("yield_2y", "down", 12.0)),
        ("The 30-year yield slipped two basis points to 4.9%.", ("yield_30y", "down", 2.0)),
    ],
)
def test_basis_points_spelled_out(text: str, expected: tuple[str, str, float]) -> None:
    assert expected in _moves(text)


def test_spelled_basis_points_of_a_policy_cut_stay_out() -> None:
    assert _moves("The Fed cut rates by three basis points.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stocks rose, with the 10-year yield sliding toward 4.12%.", ("yield_10y", "near", 4.12)),
        ("Gold edged towards $4,000 on Friday.", ("gold", "near", 4000.0)),
        ("Bitcoin drifted toward $100,000 in thin trading.", ("btc", "near", 100000.0)),
        ("Bitcoin tapped $88,000 on Coinbase late on Sunday.", ("btc", "at", 88000.0)),
        ("Ether tagged $4,100 before it fell back.", ("eth", "at", 4100.0)),
    ],
)
def test_levels_approached_or_tapped(text: str, expected: tuple[str, str, float]) -> None:
    assert expected in _levels(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dollar index slid to a three\u2011year low of 97.5.", ("dxy", "low", "last:3:year")),
        ("Bitcoin rose to a two\u2010week high on Friday.", ("btc", "high", "last:2:week")),
        ("Silver touched a six\u2011month peak.", ("silver", "high", "last:6:month")),
    ],
)
def test_typographic_hyphens(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _records(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin climbed back over $64,000 for the first time in nine days.", ("btc", "high", 9)),
        ("Gold slipped below $3,000 for the first time in 10 days.", ("gold", "low", 10)),
        ("Silver rose to a five-day high on Friday.", ("silver", "high", 5)),
        ("The dollar index hit its highest in 12 sessions.", ("dxy", "high", 12)),
        ("Ether sank to a seven-session low.", ("eth", "low", 7)),
    ],
)
def test_records_over_days(text: str, expected: tuple[str, str, int]) -> None:
    asset, side, days = expected
    assert (asset, side, f"last:{days}:day") in _records(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gold's volatility has been extreme of late; gold lost 2.2% on Tuesday.",
            ("gold", "down", 2.2),
        ),
        (
            "Bitcoin's dominance has climbed, while bitcoin itself fell 3% on Friday.",
            ("btc", "down", 3.0),
        ),
        (
            "Silver demand was strong this year, and silver prices jumped 20%.",
            ("silver", "up", 20.0),
        ),
    ],
)
def test_the_price_after_an_attribute_of_the_asset(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert expected in _moves(text)


@pytest.mark.parametrize(
    "text",
    ["Bitcoin's implied volatility rose 3%.", "Gold demand rose 3% in the quarter."],
)
def test_an_attribute_alone_keeps_its_figure(text: str) -> None:
    assert _moves(text) == []


def test_an_attribute_with_an_aside_naming_the_asset_keeps_its_figure() -> None:
    text = "Ether's share of the market\u2014the part of crypto value held by ETH\u2014rose to 12%."
    assert _moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Is silver charging toward $60, or even $70?",
        "BITCOIN HEADED TOWARD $150,000?",
    ],
)
def test_a_price_headed_for_in_a_question_is_no_level(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Copper rose 4% on Tuesday; silver jumped 3% in Friday trade, marking its largest"
            " daily gain since late March.",
            ("silver", "best:D", "since:late March"),
        ),
        (
            "The VIX spiked 15%, the largest one-day rise since early April.",
            ("vix", "best:D", "since:early April"),
        ),
        (
            "Nasdaq futures edged up after the index's best day since May.",
            ("nasdaq", "best:D", "since:May"),
        ),
        ("The Dow's worst week since 2022 rattled traders.", ("dow", "worst:W", "since:2022")),
        (
            "Silver is on track for its best calendar year since 1979.",
            ("silver", "best:Y", "since:1979"),
        ),
        ("Bitcoin is heading for its worst year ever.", ("btc", "worst:Y", "ever")),
        ("Ether posted its worst month on record.", ("eth", "worst:M", "ever")),
        (
            "Silver rose 20% this week, its best performance since March.",
            ("silver", "best:W", "since:March"),
        ),
    ],
)
def test_ranked_moves(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _records(text)


def test_a_ranked_move_on_record_is_no_record_high() -> None:
    assert [r for r in _records("Ether posted its worst month on record.") if r[1] == "high"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Platinum beat gold this year, heading for a yearly rise of about 60%.",
            ("platinum", "up", 60.0),
        ),
        ("Ether lagged bitcoin last week, falling 8%.", ("eth", "down", 8.0)),
        ("Bitcoin beat gold this month, up 12%.", ("btc", "up", 12.0)),
    ],
)
def test_a_figure_after_the_compared_asset_is_the_subjects(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert _moves(text) == [expected]


def test_a_relative_clause_keeps_the_figure_with_the_compared_asset() -> None:
    assert _moves("Bitcoin trailed gold, which rose 20%.") == [("gold", "up", 20.0)]


def test_a_record_after_the_compared_asset_is_the_subjects() -> None:
    text = "Silver outpaced gold in 2024, up 40%, its best performance since 2010."
    assert _records(text) == [("silver", "best:Y", "since:2010")]


def _yearly(gains: list[float]) -> pd.Series:
    """Daily closes over ``len(gains)`` years, each calendar year ending ``gains[i]`` up."""
    days = pd.bdate_range("2018-01-01", f"{2018 + len(gains) - 1}-12-31")
    level, out = 100.0, []
    for day in days:
        year_gain = gains[day.year - 2018]
        per_day = (1 + year_gain) ** (1 / 261) - 1
        level *= 1 + per_day
        out.append(level)
    return pd.Series(out, index=days)


@pytest.mark.parametrize(
    ("gains", "status"),
    [([0.1, 0.3, 0.05, 0.2, 0.6], "confirmed"), ([0.1, 0.9, 0.05, 0.2, 0.6], "contradicted")],
)
def test_a_best_year_ever_is_graded_on_every_year_in_the_data(
    gains: list[float], status: str
) -> None:
    silver = _yearly(gains)
    text = "Silver looks headed for the best year ever."
    checked = check_claims(
        extract_claims(text), pd.Timestamp("2022-12-20"), Market({"silver": silver})
    )
    assert [c.status for c in checked if c.claim.kind == "record"] == [status]


def test_a_with_phrase_keeps_the_figure_with_the_compared_asset() -> None:
    text = "This year silver rose 40%, far outpacing the Nasdaq, with a 3.1% gain."
    assert ("nasdaq", "up", 3.1) in _moves(text)
