"""Three things a sentence names that are not its claim: a record only threatened ("are
threatening to break records"), an obstacle fronted with "despite" ("Despite a firmer
dollar, gold set a record"), and a clock's time zone ("at 4 p.m. EDT, up 2%": EDT is no
subject). A fronted phrase with a figure of its own keeps it."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str | None, str]]:
    return [(c.asset, c.kind) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Silver and ether are rallying and threatening to break records.",
        "Gold could smash records again next week.",
    ],
)
def test_a_threatened_record_is_none(text: str) -> None:
    assert all(kind != "record" for _, kind in _claims(text))


def test_a_record_broken_is_one() -> None:
    assert _claims("Silver rallied, shattering its previous records.") == [("silver", "record")]


def test_an_obstacle_fronted_with_despite_is_no_subject() -> None:
    text = "Despite a firmer US dollar, gold set fresh record highs on Friday."
    assert _claims(text) == [("gold", "record")]


def test_a_fronted_phrase_with_its_own_figure_keeps_it() -> None:
    text = "Despite a 2% drop in the dollar, gold fell 1% on Friday."
    assert [(c.asset, c.pct) for c in extract_claims(text).claims] == [("dxy", 2.0), ("gold", 1.0)]


@pytest.mark.parametrize("zone", ["EDT", "EST", "GMT", "UTC", "ET"])
def test_a_time_zone_is_no_subject(zone: str) -> None:
    text = f"Gold closed at $2,700 at 4:30 p.m. {zone} to end the week up by 1.5 percent."
    moves = [(c.asset, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves == [("gold", 1.5)]
