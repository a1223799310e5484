"""The Fed's inflation goal ("toward its 2% target") names no fed funds figure; a rate's
own target or a cut beside it still does (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _fed(text: str) -> list[tuple[str, str | None, float | None, float | None]]:
    return [
        (c.kind, c.op, c.pct, c.level)
        for c in extract_claims(text).claims
        if c.asset == "fed_funds"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Federal Reserve signaled that inflation is heading toward its 2% target.",
        "Fed policymakers think prices will ease back to the 2 percent inflation goal.",
        "The FOMC said inflation keeps drifting to an inflation target of 2% this year.",
    ],
)
def test_inflation_goal_is_no_fed_funds_figure(text: str) -> None:
    assert _fed(text) == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # negatives: the rate itself is stated beside the inflation words
        ("The Fed cut its benchmark rate by 0.5% as inflation stays above its 2% goal.", "move"),
        ("The Fed kept its target range at 3.25%-3.50% while inflation cooled.", "level"),
    ],
)
def test_rate_beside_inflation_goal_is_kept(text: str, kind: str) -> None:
    assert kind in [k for k, *_ in _fed(text)]
