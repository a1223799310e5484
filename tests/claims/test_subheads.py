"""A subheading that the paragraph under it restates is not a claim of its own."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims
from leadwatch.claims.subheads import subheading
from leadwatch.claims.text import split_sentences


def _said(text: str) -> list[tuple[int, str]]:
    return [(c.sentence, c.describe()) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    ("head", "body", "kept"),
    [
        (
            "Spot silver slides by 3%",
            "Silver fell 3% to $31 an ounce on Tuesday.",
            "silver down 3%",
        ),
        (
            "Bullion futures lose about 1.2%",
            "Gold futures lost 1.2% on Monday, settling at $3,310.",
            "gold down 1.2%",
        ),
        (
            "Ether prices jump 6% this week",
            "Over the week, ether climbed 6% as flows into funds picked up.",
            "eth up 6%",
        ),
    ],
)
def test_a_restated_subheading_gives_its_claim_to_the_body(head: str, body: str, kept: str) -> None:
    said = _said(f"Markets at a glance\n\n{head}\n\n{body}")
    assert [i for i, d in said if d == kept] == [2]
    assert all(i != 1 for i, _ in said)


@pytest.mark.parametrize(
    "text",
    [
        # the title is the article's lead: it stays even when the body repeats it
        "Silver slides by 3% on the day\n\nSilver fell 3% to $31 an ounce on Tuesday.",
        # the body does not repeat the figure: the subheading is the only statement
        "Wrap\n\nSpot silver slides by 3%\n\nSilver traded at $31 an ounce on Tuesday.",
    ],
)
def test_a_subheading_without_a_restatement_or_a_title_stays(text: str) -> None:
    said = _said(text)
    heads = [d for i, d in said if i in (0, 1) and d == "silver down 3%"]
    assert heads == ["silver down 3%"]


@pytest.mark.parametrize(
    ("text", "index", "head"),
    [
        ("Prices\n\nSpot gold climbs by 2.1%\n\nGold rose 2.1%.", 1, True),
        ("Prices\n\nGold (spot)$3,171+2.1%\n\nGold rose 2.1%.", 1, False),
        ("Prices\n\nGold | $3,171 | +2.1%\n\nGold rose 2.1%.", 1, False),
        ("Prices\n\nSpot gold climbed by 2.1%.\n\nGold rose 2.1%.", 1, False),
        ("Spot gold climbs by 2.1%\n\nGold rose 2.1%.", 0, False),
        ("Prices\n\nGold rose 2.1%. Spot gold climbs by 2.1%\n\nIt held.", 2, False),
    ],
)
def test_what_counts_as_a_subheading(text: str, index: int, head: bool) -> None:
    sentences = split_sentences(text)
    assert subheading(text, sentences[index]) is head


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Wrap\n\nEthereum climbs 6.77%\n\nEther led, climbing 6.77% to $4,196.", True),
        ("Wrap\n\nGold (spot)$3,171+2.1%\n\nGold rose 2.1%.", False),  # a row
        ("Wrap\nEthereum climbs 6.77%\nEther led, climbing 6.77% to $4,196.", False),  # rows
    ],
)
def test_a_short_paragraph_of_its_own_is_a_subheading(text: str, head: bool) -> None:
    assert subheading(text, split_sentences(text)[1]) is head


def test_a_subheading_whose_figure_rides_on_a_later_level_is_dropped() -> None:
    text = "Wrap\n\nEthereum climbs 6.77%\n\nEther led, climbing 6.77% to $4,196, a high."
    assert [i for i, d in _said(text) if d == "eth up 6.77%"] == [2]
