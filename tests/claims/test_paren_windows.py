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
