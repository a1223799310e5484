"""A VIX named first gives "the index" to the next index named; a describing word before
an unsigned index figure ("at a sleepy 16.15") keeps the level."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _levels(text: str) -> set[tuple[str, float | None]]:
    return {(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"}


@pytest.mark.parametrize(
    ("text", "asset", "value"),
    [
        (
            "The VIX is quiet, while the S&P 500 slipped as the index ended at 5,912.40.",
            "spx",
            5912.4,
        ),
        (
            "The fear gauge stayed low and the Dow edged up; the index closed at 44,210.5.",
            "dow",
            44210.5,
        ),
    ],
)
def test_the_index_after_the_vix_and_another_index_is_the_other(
    text: str, asset: str, value: float
) -> None:
    assert (asset, value) in _levels(text)
    assert ("vix", value) not in _levels(text)


def test_the_index_after_the_vix_alone_stays_the_vix() -> None:
    assert ("vix", 22.5) in _levels("The VIX spiked on Tuesday. The index later closed at 22.5.")


def test_the_first_of_two_stock_indexes_keeps_the_index() -> None:
    assert ("spx", 5600.2) in _levels(
        "The S&P 500 fell and the VIX rose; the index closed at 5,600.2."
    )


@pytest.mark.parametrize(
    ("text", "asset", "value"),
    [
        ("The VIX sits at a drowsy 13.85 this week.", "vix", 13.85),
        ("The dollar index sat at a subdued 97.4 on Monday.", "dxy", 97.4),
    ],
)
def test_a_describing_word_before_an_index_figure_keeps_the_level(
    text: str, asset: str, value: float
) -> None:
    assert (asset, value) in _levels(text)


def test_a_describing_word_before_a_span_is_no_level() -> None:
    assert _levels("The VIX rose to a 52-week high on Friday.") == set()
