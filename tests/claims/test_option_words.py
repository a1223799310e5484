""" "call" and "put" are options only where the sentence speaks of options: a strike, a
trade in them, or options words; the verbs and the nouns of everyday speech are not."""

from __future__ import annotations

import pytest

from leadwatch.claims.flows import option_matches


@pytest.mark.parametrize(
    "sentence",
    [
        "Silver's gains this month put it on pace for its best month since 2020.",
        "A stronger dollar puts pressure on gold prices.",
        "Analysts renewed their call for lower rates as bitcoin slipped 2%.",
        "The Fed's call to hold rates steady lifted the dollar.",
        "Bitcoin calls the shots in crypto, rising 4% on Monday.",
    ],
)
def test_everyday_calls_and_puts_are_no_options(sentence: str) -> None:
    assert option_matches(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Traders piled into bitcoin call options on Deribit.", "call options"),
        ("The $100,000 call is the most popular strike.", "call"),
        ("Bitcoin $150k calls surged.", "calls"),
        ("Traders bought puts as ether slid.", "puts"),
        ("The put/call ratio rose as gold fell.", "put"),
        ("Open interest in bitcoin futures hit a record.", "Open interest"),
    ],
)
def test_options_talk_keeps_its_calls_and_puts(sentence: str, words: str) -> None:
    found = option_matches(sentence)
    assert found and found[0].group(0) == words
