"""An asset named only as what another quantity is tied to ("the 2-year yield, sensitive to
the Fed's policy rate, closed at 3.45%") takes none of the sentence's figures."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        (
            "The 10-year yield closed at 4.10%, while the 2-year yield, sensitive to the "
            "Fed's policy rate, settled at 3.45%.",
            "fed_funds",
        ),
        ("Mining shares closely tied to gold fell 6% on Monday.", "gold"),
        ("A token pegged to the dollar slipped 0.4% on Tuesday.", "dxy"),
    ],
)
def test_a_linked_asset_takes_no_figure(text: str, linked: str) -> None:
    assert all(c.asset != linked for c in extract_claims(text).claims)


def test_the_named_subject_keeps_its_figure() -> None:
    claims = extract_claims("The Fed held its policy rate at 4.5% on Wednesday.").claims
    assert ("fed_funds", 4.5) in {(c.asset, c.level) for c in claims}


def test_futures_linked_to_an_index_keep_it() -> None:
    text = "Gold was steady. Futures linked to the S&P 500 pointed to a drop of 0.3% on Monday."
    claims = extract_claims(text).claims
    assert all(c.asset != "gold" or c.pct != 0.3 for c in claims)
    assert any(c.asset == "spx" for c in claims)


@pytest.mark.parametrize(
    ("text", "subject", "other"),
    [
        ("Bitcoin, which has realigned with gold, climbed 3.1% on Thursday.", "btc", "gold"),
        ("Ether, moving in lockstep with bitcoin, dropped 4.2% on Tuesday.", "eth", "btc"),
        ("Gold seems to have decoupled from the dollar and jumped 1.8% today.", "gold", "dxy"),
    ],
)
def test_an_asset_a_subject_moves_with_or_apart_from_takes_no_figure(
    text: str, subject: str, other: str
) -> None:
    assets = {c.asset for c in extract_claims(text).claims if c.kind == "percent"}
    assert assets == {subject} and other not in assets


def test_an_asset_named_as_a_second_subject_keeps_its_figure() -> None:
    claims = extract_claims("Bitcoin rose 2% and gold, in turn, gained 1.1%.").claims
    assert ("gold", 1.1) in {(c.asset, c.pct) for c in claims}
