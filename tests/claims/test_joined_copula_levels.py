"""A copula joined by "and" to a perfect of the same subject ("Ether has cooled and is
currently around $2,580"), the subject maybe taken up by "it" after a comma, states the
subject's level; "currently" or "now" before the figure makes it the present's, whatever
day the clause before it names. A clause whose copula takes no figure states no level."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "asset", "level"),
    [
        ("Ether has pulled back and is currently around $2,580.", "eth", 2580.0),
        (
            "Ether climbed to $2,710 on Mar. 4, though it has since cooled and is now near $2,580.",
            "eth",
            2580.0,
        ),
        ("Silver has slipped this week and is currently about $29.40.", "silver", 29.4),
    ],
)
def test_joined_copula_states_the_present_level(text: str, asset: str, level: float) -> None:
    claims = extract_claims(text).claims
    found = [c for c in claims if c.kind == "level" and c.level == level]
    assert [(c.asset, c.when) for c in found] == [(asset, None)], claims


def test_joined_copula_without_a_figure_states_no_level() -> None:
    claims = extract_claims("Gold has risen 3% and is the best asset this year.").claims
    assert not [c for c in claims if c.kind == "level"], claims
