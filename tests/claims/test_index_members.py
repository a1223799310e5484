"""The members of an index are not the index: "most stocks in the S&P 500 fell" says
nothing of the index's own move."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    "text",
    [
        "Most shares inside the S&P 500 slipped.",
        "More than 400 members of the S&P 500 declined.",
        "Gold rose 2% while shares in the S&P 500 fell.",
    ],
)
def test_an_index_named_after_its_members_is_no_subject(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.asset == "spx"] == []


@pytest.mark.parametrize(
    ("text", "asset"),
    [("The S&P 500 fell 1%.", "spx"), ("Stocks on the Nasdaq fell 2%.", "nasdaq")],
)
def test_the_index_itself_keeps_its_move(text: str, asset: str) -> None:
    assert [c.asset for c in extract_claims(text).claims] == [asset]
