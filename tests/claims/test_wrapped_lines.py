"""A text copied with its layout's hard line breaks reads as the prose it is; headings,
dashboard rows, lists and ordinary one-paragraph-per-line texts keep their lines."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.wrapped import unwrap_lines

# Composed text, cut at a width of about 60 characters as a PDF or an e-mail would cut it.
_WRAPPED = (
    "Ether Slides As Traders Cut Risk\n"
    "Ether fell to an intraday low of $2,310 on Wednesday, its\n"
    "weakest since March, while bitcoin dropped 4% to $81,500\n"
    "during the same session. The second-largest token has\n"
    "lost 18% this month as funds pulled money from the\n"
    "sector.\n"
)


def test_a_wrapped_text_keeps_its_length_and_its_heading() -> None:
    joined = unwrap_lines(_WRAPPED)
    assert len(joined) == len(_WRAPPED)
    assert joined.startswith("Ether Slides As Traders Cut Risk\nEther fell")  # a title stays
    assert joined.count("\n") == 2  # the title's break and the text's last one


def test_a_wrapped_sentence_keeps_its_day_and_its_figures() -> None:
    claims = extract_claims(_WRAPPED).claims
    btc = [c for c in claims if c.asset == "btc" and c.kind == "percent"]
    assert [(c.op, c.pct) for c in btc] == [("down", 4.0)]
    eth = [c for c in claims if c.asset == "eth" and c.kind == "level"]
    assert [c.level for c in eth] == [2310.0]
    assert eth[0].when == ("weekday", 2)  # "on Wednesday" sits on the line before the break


def test_a_wrapped_text_with_windows_line_ends_is_joined_too() -> None:
    crlf = _WRAPPED.replace("\n", "\r\n")
    joined = unwrap_lines(crlf)
    assert len(joined) == len(crlf)
    assert "its weakest" in joined.replace("  ", " ")


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph a line, as most pages are copied
        "Gold rose 1% to $4,210 on Monday.\nSilver gained 2%.\nBitcoin slipped to $90,100.\n",
        # a dashboard: names, prices and changes on lines of their own
        "Bitcoin\n$87,412\n-1.2% (24h)\nEther\n$2,950\n+0.8% (24h)\n",
        # a list whose items start in lower case, but only twice
        "Watch this week:\nfed minutes on Wednesday\npayrolls on Friday\nGold is flat.\n",
        # a heading over a paragraph
        "Gold Price Today\nGold traded at $4,100 an ounce.\n",
    ],
)
def test_texts_that_are_not_wrapped_come_back_unchanged(text: str) -> None:
    assert unwrap_lines(text) == text


def test_a_short_line_that_ends_a_paragraph_is_not_joined_to_the_next() -> None:
    text = (
        "Silver jumped 6% to $61 on Friday, the biggest gain in\n"
        "months, as buyers returned after a sharp sell-off that\n"
        "erased two weeks of gains.\n"
        "Gold was steady near $4,300 and the dollar index slipped\n"
        "to 97.8 as yields fell.\n"
    )
    joined = unwrap_lines(text)
    assert "gains.\nGold was steady" in joined  # a finished sentence ends the line
    assert "gain in months" in joined and "slipped to 97.8" in joined
