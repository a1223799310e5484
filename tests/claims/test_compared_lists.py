"""A comparison verb's listed objects, possessive figures of the compared assets, and an
outperformance told with a gain beside a ranking by value."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None, str | None]]:
    return [
        (c.kind, c.asset, c.other, c.pct, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("comparison", "percent", "figure")
    ]


@pytest.mark.parametrize(
    ("text", "first", "others"),
    [
        (
            "Ether has outpaced both silver and bitcoin over the past year.",
            "eth",
            {"silver", "btc"},
        ),
        (
            "Silver has gained 48% this year, beating gold, bitcoin and ether.",
            "silver",
            {"gold", "btc", "eth"},
        ),
        ("Platinum outpaced gold this year, and bitcoin and ether fell.", "platinum", {"gold"}),
    ],
)
def test_each_listed_asset_is_compared(text: str, first: str, others: set[str]) -> None:
    got = {(a, o) for k, a, o, _, _ in _claims(text) if k == "comparison"}
    assert got == {(first, o) for o in others}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Ether is up 70% over the past year, outpacing silver's 45% and the S&P 500's 12%.",
            {("silver", 45.0, "year"), ("spx", 12.0, "year")},
        ),
        ("Silver has climbed 52% this year, beating gold's 31% gain.", {("gold", 31.0, "ytd")}),
    ],
)
def test_a_compared_assets_figure_is_its_gain_over_the_window(
    text: str, figures: set[tuple[str, float, str]]
) -> None:
    got = {(a, p, w) for k, a, _, p, w in _claims(text) if k == "percent"}
    assert figures <= got


def test_a_subject_that_fell_leaves_the_others_figure_open() -> None:
    got = _claims("Bitcoin is down 15% this year, trailing silver's 30%.")
    assert ("figure", "silver", None, 30.0, None) in got


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        (
            "After 45% gains over twelve months, ether has beaten silver and the Nasdaq and become "
            "the sixth-largest asset, with a market cap above $1 trillion.",
            True,
        ),
        ("Ether became the sixth-largest asset, surpassing silver and Tesla.", False),
    ],
)
def test_a_gain_told_before_the_verb_is_an_outperformance(text: str, compared: bool) -> None:
    assert any(k == "comparison" for k, *_ in _claims(text)) is compared
