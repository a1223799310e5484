"""Statistics of past episodes (counts of earlier weeks, what followed them on average, "N
years later" after them) and a move named again by a demonstrative ("this firmer dollar")
make no claim; a dated past move and a first-told move still do."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _pcts(text: str, sentence: int) -> list[float | None]:
    return [c.pct for c in extract_claims(text).claims if c.sentence == sentence]


@pytest.mark.parametrize(
    "episode",
    [
        "Since 1995 there have been 9 previous months in which the index lost at least 6%.",
        "The index has done so on 7 prior occasions, each time dropping more than 5%.",
        "Six months after such declines, the S&P 500 averaged a 7.6% gain.",
        "In each of those previous episodes, the index was up 3% a month later.",
    ],
)
def test_past_episode_figures_are_no_claims(episode: str) -> None:
    text = f"The S&P 500 fell 2% on Tuesday. {episode} Two years later, it was up 27%."
    assert _pcts(text, 0) == [2.0]
    assert _pcts(text, 1) == []
    assert _pcts(text, 2) == []


def test_a_dated_past_move_and_what_followed_stay_claims() -> None:
    text = "Gold fell 9% in March 2020. One year later, it was up 24%."
    assert _pcts(text, 1) == [24.0]


@pytest.mark.parametrize(
    "second",
    ["This strengthening dollar weighed on gold.", "That weaker yen lifted exporters' shares."],
)
def test_a_move_named_again_by_a_demonstrative(second: str) -> None:
    first = (
        "The dollar index climbed to 104.5 on Friday."
        if "dollar" in second
        else ("The yen slid 1.1% on Friday.")
    )
    assets = {c.asset for c in extract_claims(f"{first} {second}").claims if c.sentence == 1}
    assert not assets & {"dxy", "jpy"}


def test_a_first_told_move_with_a_demonstrative_stays() -> None:
    text = "Gold slipped on Monday. This strengthening dollar weighed on bullion."
    assert "dxy" in {c.asset for c in extract_claims(text).claims if c.sentence == 1}
