"""Records in sentences naming several assets ("both the S&P 500 and the Nasdaq notched fresh
records, as the Dow edged closer to its own peak"): the record goes to the assets that set
it, and a move towards a record is none."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _records(text: str) -> set[str | None]:
    return {c.asset for c in extract_claims(text).claims if c.kind == "record"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # wire
            "Both the S&P 500 and the Nasdaq notched fresh records, as the Dow Jones "
            "edged closer to its all-time high.",
            {"spx", "nasdaq"},
        ),
        (  # regional paper
            "The S&P 500 and the Nasdaq closed at records, while bitcoin slipped.",
            {"spx", "nasdaq"},
        ),
        ("Gold and silver hit records on Monday.", {"gold", "silver"}),  # bank note
        ("Bitcoin and ether notched fresh records this week.", {"btc", "eth"}),  # crypto news
        ("Silver inched closer to a record.", set()),  # data-feed page
        ("Gold traded close to its record high.", set()),
        ("Ether edged nearer to its all-time high.", set()),
        ("According to exchange records, gold positions rose.", set()),
    ],
)
def test_record_partners(text: str, expected: set[str]) -> None:
    assert _records(text) == expected
