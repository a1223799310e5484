"""Phrasings that read like claims of the day but are not: repeats of another sentence's
figure (a title after page furniture, "over the period", a conditional copy), rankings by
value, a trail as a noun, and causes told of a move (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from tests.claims.extracted import moves


def _claims(text: str) -> list[tuple[int, str, str | None, float | None, float | None]]:
    return [(c.sentence, c.kind, c.asset, c.level, c.pct) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        ("Platinum and palladium follow the trail set by gold.", False),
        ("Copper and other metals followed a trail blazed by silver this year.", False),
        ("Silver trailed gold last month.", True),
        ("Ether trails bitcoin so far this year.", True),
    ],
)
def test_a_trail_as_a_noun_is_no_lag(text: str, compared: bool) -> None:
    kinds = [c.kind for c in extract_claims(text).claims]
    assert ("comparison" in kinds) is compared


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        ("With a market cap of $2.1 trillion, bitcoin surpassed silver to become a top asset.",
         False),
        ("Bitcoin is now the sixth-largest asset in the world, surpassing silver and Meta.", False),
        ("Bitcoin outperformed silver in June, gaining 9%.", True),
    ],
)  # fmt: skip
def test_a_ranking_by_value_is_no_outperformance(text: str, compared: bool) -> None:
    kinds = [c.kind for c in extract_claims(text).claims]
    assert ("comparison" in kinds) is compared


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Bitcoin climbed 3% on Sunday. One more driver behind the rally: the new rule "
         "passed last week, analysts said.", "btc"),
        ("Fears of a trade war have pushed the dollar higher, hurting bullion.", "dxy"),
        ("The prospect of more rate cuts has pushed Treasury yields lower, analysts said.",
         "yield_10y"),
    ],
)  # fmt: skip
def test_a_cause_told_of_a_move_is_no_move(text: str, gone: str) -> None:
    sentence = 1 if text.startswith("Bitcoin climbed") else 0
    told = [c for c in extract_claims(text).claims if c.sentence == sentence]
    assert gone not in {c.asset for c in told if c.kind == "move"}


@pytest.mark.parametrize(
    ("text", "asset", "op"),
    [
        ("Rate-cut bets pushed the dollar lower on Tuesday.", "dxy", "down"),
        ("Gold rallied 2% on Friday; the main driver behind the rally: weak payrolls.",
         "gold", "up"),
    ],
)  # fmt: skip
def test_a_move_with_a_day_or_a_figure_stays(text: str, asset: str, op: str) -> None:
    assert (asset, op) in {(a, o) for a, o, _ in moves(text)}


def test_a_figure_over_the_period_repeats_the_earlier_one() -> None:
    text = (
        "- Gold and silver posted weekly gains of 2% and 5%, respectively, as yields fell.\n\n"
        "Over the period, gold and silver rose 2% and 5%, respectively."
    )
    assert {s for s, kind, *_ in _claims(text) if kind == "percent"} == {0}


def test_a_new_figure_over_the_period_stays() -> None:
    text = "Ether slid all week. Over that stretch, ether shed 7% of its value."
    assert ("eth", "down", 7.0) in moves(text)


def test_a_conditional_copy_of_a_summary_level_leaves_it_the_summarys() -> None:
    text = (
        "- Ether trades near $2,500 and is nearing the March low of $2,300.\n\n"
        "Ether slipped on Tuesday as the market weakened across the board today.\n\n"
        "Should the slide continue, ether could revisit the March low at $2,300."
    )
    at = [s for s, kind, asset, level, _ in _claims(text) if level == 2300.0]
    assert at == [0]


def test_a_conditional_level_of_its_own_stays() -> None:
    text = "If selling goes on, ether could revisit the March low at $2,300."
    assert any(level == 2300.0 for *_, level, _ in _claims(text))


def test_a_title_after_page_furniture_is_the_headline() -> None:
    text = (
        "Back to Markets\nMarch 3, 2026\nGold's big week: from $2,900 to $3,050 in five days\n\n"
        "Gold rallied hard this week and closed at $3,050 on Friday after a wild run."
    )
    assert 2 not in {s for s, *_ in _claims(text)}


def test_a_title_the_body_does_not_restate_stays() -> None:
    text = (
        "Back to Markets\nMarch 3, 2026\nGold tops $3,050 in a wild week\n\n"
        "Silver rallied hard this week and closed at $34 on Friday after a wild run."
    )
    assert 2 in {s for s, *_ in _claims(text)}


def test_a_headline_figure_the_body_gives_on_a_local_exchange_is_the_bodys() -> None:
    text = (
        "Gold Up 25% This Year, Hits Fresh Peak\n\n"
        "Gold on the MCX has gained 25% this year, traders in Mumbai said on Tuesday."
    )
    assert {(s, a) for s, kind, a, *_ in _claims(text) if kind == "percent"} == {(1, "gold_inr")}


@pytest.mark.parametrize(
    ("text", "assets"),
    [
        (
            "Equities rallied; platinum aside, gold and silver slipped from record peaks.",
            {"gold", "silver"},
        ),
        ("Bitcoin slipped back from its all-time highs as traders booked profits.", {"btc"}),
        ("Silver pulled back from record peaks during late trade.", {"silver"}),
    ],
)
def test_easing_from_records_is_the_record_set_lately(text: str, assets: set[str]) -> None:
    claims = extract_claims(text).claims
    assert {c.asset for c in claims if c.kind == "record" and c.op == "high"} == assets
    assert not [c for c in claims if c.kind == "move"]


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Gold eased 1.2% from record levels as the dollar firmed.", ("gold", "down", 1.2)),
        ("Gold eased on Tuesday as yields rose.", ("gold", "down", None)),
        ("Ether dipped from the all-time high it notched in late May.", ("eth", "down", None)),
        (
            "Treasury yields fell, and the metals pulled back from record highs.",
            ("yield_10y", "down", None),
        ),
    ],
)
def test_a_sized_or_plain_easing_stays_a_move(
    text: str, move: tuple[str, str, float | None]
) -> None:
    assert move in moves(text)
