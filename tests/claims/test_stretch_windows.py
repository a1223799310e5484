"""The window of a move stated as a stretch elsewhere in the sentence ("a month of gains
left gold up 7%", "over the past fortnight", "from last Friday's close"), tested on
hand-written phrasings of several kinds of outlet (issue 15, round 10)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _windows(text: str) -> list[tuple[str | None, str | None]]:
    kinds = ("percent", "move")
    return [(c.asset, c.window) for c in extract_claims(text).claims if c.kind in kinds]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A month of gains left gold up more than 7%.", [("gold", "month")]),
        ("A week of selling has left ether down 12%.", [("eth", "week")]),
        ("Two weeks of heavy buying have lifted bitcoin 15%.", [("btc", "days:14")]),
        ("Over the past fortnight, silver has climbed 9%.", [("silver", "days:14")]),
        ("Copper has lost 4% in the last fortnight.", [("copper", "days:14")]),
        ("Gold is up $169 from last Friday's close.", [("gold", "since:last Friday")]),
        (
            "The S&P 500 is 2% higher from last Thursday's close.",
            [("spx", "since:last Thursday")],
        ),
    ],
)
def test_a_stretch_named_in_the_sentence_is_the_move_s_window(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _windows(text) == expected


def test_a_stretch_before_the_move_is_not_its_window() -> None:
    assert _windows("Gold rose 1% on Tuesday after a week of losses.") == [("gold", "day")]
