"""Whose figure a clause holds (subjects of later clauses, comparisons held back, in the
passive or by a margin, technical indicators) and more move verbs: each rule tested on
hand-written phrasings of its class (issue 15, round 5a)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from tests.claims.extracted import levels as _levels
from tests.claims.extracted import moves as _moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 10-year yield was 4.2% (-0.03) while the 2-year stood at 3.95% (-0.02).",
            [("yield_10y", 4.2), ("yield_2y", 3.95)],
        ),
        (
            "The 10-year yield stood at 4.3%, the 5-year sat at 4.0%.",
            [("yield_10y", 4.3), ("yield_5y", 4.0)],
        ),
        (
            "The 10-year yield is at 4.4%, the 30-year mortgage rate sits at 6.8%.",
            [("yield_10y", 4.4)],
        ),
        ("Gold is at $3,000, while lumber sits at $600.", [("gold", 3000.0)]),
        ("Bitcoin slid 3%, and it now trades at $90,000.", [("btc", 90000.0)]),
        ("Silver rallied 2%, the most-active July contract settled at $34.20.", [("silver", 34.2)]),
    ],
)
def test_the_value_of_a_clause_with_its_own_subject_is_not_the_previous_asset_s(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _levels(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold did well, but a second metal outperformed it: silver.", ("silver", "gold")),
        ("Bitcoin rallied in March, yet one token outpaced it: ether.", ("eth", "btc")),
        ("As gold neared $3,000, another metal outperformed it \u2014 silver.", ("silver", "gold")),
        ("Silver outshone gold this week.", ("silver", "gold")),
    ],
)
def test_a_comparison_whose_subject_comes_after_a_colon(
    text: str, expected: tuple[str, str]
) -> None:
    found = [(c.asset, c.other) for c in extract_claims(text).claims if c.kind == "comparison"]
    assert found == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver pared 1.1% on Thursday.", ("silver", "down", 1.1)),
        ("Bitcoin trimmed 2% on Friday.", ("btc", "down", 2.0)),
        ("Gold softened 0.6% on Monday.", ("gold", "down", 0.6)),
        ("The VIX compressed 6% on Monday.", ("vix", "down", 6.0)),
        ("Silver gave back 1.3% on Wednesday.", ("silver", "down", 1.3)),
        ("Gold tacked on 0.9% on Friday.", ("gold", "up", 0.9)),
        ("The dollar index depreciated 0.4% on Friday.", ("dxy", "down", 0.4)),
        ("Bitcoin retraced 4% on Monday.", ("btc", "down", 4.0)),
        ("Gold pared gains to 0.3% on Friday.", ("gold", "up", 0.3)),
        ("Silver ticked up on Monday.", ("silver", "up", None)),
        ("Gold drifted lower on Monday.", ("gold", "down", None)),
        ("Ether nudged higher on Friday.", ("eth", "up", None)),
        ("The VIX compressed on Friday.", ("vix", "down", None)),
        ("Gold extended its decline on Monday.", ("gold", "down", None)),
        ("Silver crept lower.", ("silver", "down", None)),
        ("Gold surrendered 1.1% on Friday.", ("gold", "down", 1.1)),
        ("Bitcoin has sunk 12% since March.", ("btc", "down", 12.0)),
        ("Ether shrank 4% on Tuesday.", ("eth", "down", 4.0)),
        ("Silver regained 1.5% on Thursday.", ("silver", "up", 1.5)),
        ("Bitcoin clawed back 3% on Sunday.", ("btc", "up", 3.0)),
        ("Gold recouped 0.8% on Wednesday.", ("gold", "up", 0.8)),
        ("Gold ballooned 40% over two years.", ("gold", "up", 40.0)),
        ("Silver was 1.2% softer on the day.", ("silver", "down", 1.2)),
        ("Gold was firmer on Monday.", ("gold", "up", None)),
        ("The dollar was stronger on Monday.", ("dxy", "up", None)),
        ("Silver ended slightly lower on Thursday.", ("silver", "down", None)),
    ],
)
def test_more_move_verbs_give_a_move_its_direction(
    text: str, expected: tuple[str, str, float | None]
) -> None:
    assert _moves(text) == [expected]


def test_pared_losses_says_no_direction_of_the_day() -> None:
    assert _moves("Bitcoin pared its earlier losses on Friday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Markets: Gold +1.2% | Lumber -0.5% | Silver +0.8%",
            [("gold", "up", 1.2), ("silver", "up", 0.8)],
        ),
        (
            "Majors: Bitcoin +2.1% | Cardano -1.2% | Ether +0.4%",
            [("btc", "up", 2.1), ("eth", "up", 0.4)],
        ),
    ],
)
def test_a_cell_of_a_row_that_names_another_thing_keeps_its_figure(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold was outpaced by silver this year.", ("gold", "lags", "silver")),
        ("Bitcoin has been outperformed by ether since June.", ("btc", "lags", "eth")),
        ("Silver was outshone by gold in March.", ("silver", "lags", "gold")),
        ("Gold outperformed silver by 5% this year.", ("gold", "outperforms", "silver")),
        ("Gold outperformed silver by a wide margin.", ("gold", "outperforms", "silver")),
    ],
)
def test_a_comparison_in_the_passive_is_made_by_its_agent(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = [
        (c.asset, c.op, c.other) for c in extract_claims(text).claims if c.kind == "comparison"
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The dollar ticked higher.",
        "The dollar index edged up.",
        "The greenback inched higher.",
        "The dollar closed slightly higher.",
    ],
)
def test_a_small_step_with_no_figure_is_graded_on_the_session(text: str) -> None:
    days = pd.bdate_range("2026-01-05", periods=70)
    falling = [110.0 - 0.2 * i for i in range(69)]
    dxy = pd.Series([*falling, falling[-1] + 0.3], index=days)  # down for months, up today
    (checked,) = check_claims(extract_claims(text), days[-1], Market({"dxy": dxy}))
    assert (checked.claim.window, checked.status) == ("day", "confirmed")


@pytest.mark.parametrize(
    "text",
    [
        "Since 2020, bitcoin has outperformed the S&P 500 by some +300%.",
        "Silver lagged gold by nearly 10% this year.",
        "Ether has outpaced bitcoin by +12% since June.",
    ],
)
def test_the_margin_of_a_comparison_is_no_move_of_either_asset(text: str) -> None:
    assert [m for m in _moves(text) if m[2] is not None] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin has sunk 12% since the halving.", [("btc", "down", 12.0)]),
        ("Bitcoin has gained 40% since the 2024 halving.", [("btc", "up", 40.0)]),
        ("Bitcoin's halving cycle points to a top.", []),
        ("Silver has halved since its peak.", [("silver", "down", 50.0)]),
    ],
)
def test_bitcoin_s_halving_is_an_event_not_a_fall_of_half(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert [m for m in _moves(text) if m[2] is not None] == expected


def test_a_comparison_with_a_past_value_is_no_move_of_the_session() -> None:
    assert _moves("Gold is higher than a year ago.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold rose 1%, while mortgage rates fell 0.2%.", [("gold", "up", 1.0)]),
        ("Silver fell 2% while lumber jumped 4%.", [("silver", "down", 2.0)]),
        ("Gold gained 1%; the miners index rose 3%.", [("gold", "up", 1.0)]),
        ("Bitcoin fell 3%, then it rebounded 2%.", [("btc", "down", 3.0), ("btc", "up", 2.0)]),
        (
            "Gold rose 1%, and the safe-haven asset added 0.5% more on Friday.",
            [("gold", "up", 1.0), ("gold", "up", 0.5)],
        ),
    ],
)
def test_a_percentage_in_a_clause_with_its_own_subject_is_not_the_previous_asset_s(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    stored = {"gold", "silver", "btc"}
    assert [m for m in _moves(text) if m[0] in stored] == expected


def test_a_level_hit_by_another_subject_is_not_the_previous_asset_s() -> None:
    text = "The 10-year yield rose to 4.5%, while mortgage rates hit 7.1%."
    assert _levels(text) == [("yield_10y", 4.5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver did better than gold this year.", [("silver", "outperforms", "gold")]),
        ("Gold has fared better than bitcoin since January.", [("gold", "outperforms", "btc")]),
        ("Bitcoin has fared worse than gold this year.", [("btc", "lags", "gold")]),
        ("Bitcoin performed much better than expected.", []),
    ],
)
def test_better_or_worse_than_another_asset_is_a_comparison(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [
        (c.asset, c.op, c.other) for c in extract_claims(text).claims if c.kind == "comparison"
    ]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold's 50-day moving average sits at $2,600.",
        "Bitcoin's RSI stands at 72.50.",
        "Silver's 14-day RSI rose to 68.20.",
    ],
)
def test_a_technical_indicator_of_the_price_is_no_level(text: str) -> None:
    assert _levels(text) == []


def test_the_price_beside_its_moving_average_is_still_a_level() -> None:
    text = "Gold's 200-day MA is at $2,450, while spot gold trades at $2,650."
    assert _levels(text) == [("gold", 2650.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold rose this morning to more than $3,100.", ("gold", "above", 3100.0)),
        ("Gold rose sharply on Tuesday to $3,100.", ("gold", "at", 3100.0)),
        ("Silver climbed in early trade to above $34.", ("silver", "above", 34.0)),
        ("Bitcoin fell overnight to less than $90,000.", ("btc", "below", 90000.0)),
        ("Bitcoin slid through the weekend to around $88,000.", ("btc", "at", 88000.0)),
    ],
)
def test_a_level_after_an_adverb_or_a_bound_keeps_its_side(
    text: str, expected: tuple[str, str, float]
) -> None:
    """A guard for H cause 6 (already read on this branch's base): an adverb or a time
    between the verb and "to", and "to more than $X", keep the level and its side."""
    found = [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ether rose 5%, while smaller tokens gained up to 9%.",
        "Gold rose 1%, while junior names added as much as 6% at one point.",
    ],
)
def test_a_later_subject_with_a_bound_before_its_figure_keeps_the_figure(text: str) -> None:
    moves = [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert len(moves) == 2 and moves[1][0] not in ("eth", "gold")


@pytest.mark.parametrize(
    "text",
    [
        "Ether rose 2% and last traded at $3,036.",
        "Silver slipped 1%, and most recently stood at $31.20.",
    ],
)
def test_an_adverb_opening_a_later_clause_is_no_subject(text: str) -> None:
    assert [c.kind for c in extract_claims(text).claims if c.kind == "level"] == ["level"]
