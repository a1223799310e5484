"""Levels placed at the start of the year belong to the figure the phrase speaks of."""

from __future__ import annotations

import pytest

from leadwatch.claims.assets import find_assets
from leadwatch.claims.levelwords import level_claims


def _whens(sentence: str) -> list[tuple[float | None, object]]:
    return [(c.level, c.when) for c in level_claims(sentence, 0, find_assets(sentence), None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Silver opened the year near $29 and now sits at $33.",
        "Gold started the year close to $2,300 but is quoted at $3,050.",
        "Bitcoin entered the year at $94,000 and changed hands at $61,500 on Friday.",
    ],
)
def test_only_the_figure_after_the_phrase_is_the_year_start(sentence: str) -> None:
    (_, first_when), (_, second_when) = _whens(sentence)
    assert first_when == ("year_start", 0)
    assert second_when != ("year_start", 0)


def test_a_phrase_after_its_figure_still_dates_it() -> None:
    assert _whens("At the start of the year gold was at $2,300.")[0][1] == ("year_start", 0)
