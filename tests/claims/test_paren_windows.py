"""A window stated in the first of sibling parentheses ("A (+x% over N days) and B (+y%)")
is the window of the other parentheses of the list; a lone parenthesis takes none."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> dict[str | None, str | None]:
    return {c.asset: c.window for c in extract_claims(text).claims if c.kind == "percent"}


@pytest.mark.parametrize(
    ("text", "asset", "window"),
    [
        ("Gold (+3.1% over 4 days) and Bitcoin (+3.5%) point to risk appetite.", "btc", "tdays:4"),
        ("Copper (-2.2% this week), silver (-1.4%) and gold (+0.3%) were mixed.", "gold", "wtd"),
        ("Ether (+18% year to date) and bitcoin (+6%) lag the metals.", "btc", "ytd"),
    ],
)  # fmt: skip
def test_sibling_parenthesis_shares_its_window(text: str, asset: str, window: str) -> None:
    assert _windows(text)[asset] == window


def test_a_parenthesis_takes_no_window_from_a_clause() -> None:
    text = "Silver (+1.1%) edged up while gold slid 2% this week."
    assert _windows(text)["silver"] is None


def test_a_new_clause_between_parentheses_stops_the_sharing() -> None:
    text = "Gold (+3.1% over 4 days) held its gains; later Bitcoin (+3.5%) slipped."
    assert _windows(text)["btc"] is None


def _moves(text: str) -> dict[float, str | None]:
    return {c.pct: c.window for c in extract_claims(text).claims if c.kind == "percent"}


@pytest.mark.parametrize(
    ("text", "outside", "inside", "window"),
    [
        ("Silver lost 1.3% (up 31% y-t-d) over the session.", 1.3, 31.0, "ytd"),
        ("Bitcoin eased 2.4% (down 9% YTD) after the report.", 2.4, 9.0, "ytd"),
        ("Gold firmed 0.7% (up 12% y.t.d.) as yields fell.", 0.7, 12.0, "ytd"),
    ],
)  # fmt: skip
def test_a_window_in_a_parenthesis_with_its_own_figure_is_that_figures(
    text: str, outside: float, inside: float, window: str
) -> None:
    moves = _moves(text)
    assert moves[inside] == window
    assert moves[outside] != window


def test_a_parenthesis_holding_only_a_window_still_dates_the_move() -> None:
    assert _moves("Gold rose 2.2% (year to date) as yields fell.")[2.2] == "ytd"
