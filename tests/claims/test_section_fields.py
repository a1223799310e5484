"""Fields under asset-less section headings keep the asset of the page's headline; a
label made of a day and an extreme dates its value."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims

_CASES = [
    ("Ether technical view\n\nKey numbers\n* Last price: $3,105.50\n* 24h change: -2.4%",
     {"eth at $3,106", "eth down 2.4%"}),
    ("GOLD WEEKLY\n1) Price action\n1.2 Levels to watch\n- Closing price: $2,655/oz",
     {"gold at $2,655"}),
    ("Silver Market Brief\nWhat happened over the week:\n- Weekly gain: +3.1%",
     {"silver up 3.1%"}),
    ("Bitcoin daily note\nSummary\n- Momentum cooled after the breakout; buyers stepped back.\n"
     "- Current price: $97,400", {"btc at $97,400"}),
    ("Bitcoin update\n- Bitcoin pulled back from its highs on Tuesday.\nData\n- Last: $58,900",
     {"btc at $58,900"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said"), _CASES)
def test_a_section_heading_keeps_the_headline_asset(text: str, said: set[str]) -> None:
    assert said <= {c.describe() for c in extract_claims(text).claims}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Gold Daily\n- Jan. 14 high: $2,700.10", ("date", (1, 14))),
        ("Bitcoin\n- Tuesday low: $92,150 (lowest since the weekend)", ("weekday", 1)),
        ("Ethereum recap\nSession levels\n- March 3 close: $2,150", ("date", (3, 3))),
    ],
)
def test_a_day_labelled_extreme_is_dated_to_its_day(text: str, when: tuple[str, object]) -> None:
    levels = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [c.when for c in levels] == [when]


@pytest.mark.parametrize(
    "prose",
    [
        "Silver lagged as the dollar firmed.",
        "Gold had a strong week as buyers returned.",  # a summary of the fields before it
    ],
)
def test_a_sentence_of_prose_ends_the_block(prose: str) -> None:
    text = f"Gold\n- Price: $2,650\n{prose}\n- Price: $98,100\nBitcoin chart |"
    assert not any(c.asset == "gold" and c.level == 98100 for c in extract_claims(text).claims)
