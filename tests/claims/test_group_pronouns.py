"""A figure told of a group of assets ("precious metals") with a plural pronoun after it
("their miners") stays the group's figure: it is not carried to the asset of the sentence
before (a yield, the dollar)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "The 10-year yield slipped 3% to 4.10. Precious metals shed 2% while their miners fell "
        "twice as much.",
        "The dollar index rose 0.6% on Tuesday. Precious metals slid 1.5%, and their producers "
        "dropped further.",
    ],
)
def test_group_figure_is_not_carried(text: str) -> None:
    claims = extract_claims(text).claims
    second = [c for c in claims if c.sentence == 1]
    assert [c.asset for c in second if c.op is not None] == []


def test_pronoun_after_a_named_asset_still_carries() -> None:
    text = "Gold climbed to $2,700 on Monday. Its miners rose 4%, and their shares hit highs."
    claims = extract_claims(text).claims
    assert ("gold", "at") in {(c.asset, c.op) for c in claims}
    assert "yield_10y" not in {c.asset for c in claims}
