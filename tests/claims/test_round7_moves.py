"""Round 7 (issue 15): moves without numbers, names and attribution, each tested on
hand-written phrasings of its class."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    return [(c.kind, c.asset, c.op, c.pct) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    ("text", "asset", "pct"),
    [
        (
            "Gold set a record. This monumental rally marks a gain of 40% this year, "
            "putting 2025 on course for the metal's best run in decades.",
            "gold",
            40.0,
        ),
        (
            "Silver hit a high. This remarkable achievement reflects a 30% increase this "
            "year, making it the top performer among metals.",
            "silver",
            30.0,
        ),
        (
            "Bitcoin slid on Monday. That steep decline wiped out 12% this month, leaving "
            "traders nervous.",
            "btc",
            12.0,
        ),
        (
            "Ether climbed again. This impressive performance adds up to 25% this year, "
            "far ahead of other tokens.",
            "eth",
            25.0,
        ),
    ],
)
def test_a_noun_phrase_with_adjectives_refers_back_to_the_asset(
    text: str, asset: str, pct: float
) -> None:
    moves = [(a, p) for k, a, _, p in _claims(text) if k == "percent"]
    assert (asset, pct) in moves


@pytest.mark.parametrize(
    "text",
    [
        "In US dollar terms the stake now sits at a record high.",
        "Measured in dollar terms, the holding is at a record high.",
        "In U.S. dollar terms the fund's assets rose 3% last week.",
    ],
)
def test_a_value_in_dollar_terms_is_not_the_dollar_index(text: str) -> None:
    assert all(a != "dxy" for _, a, _, _ in _claims(text))


def test_the_dollar_itself_is_still_the_dollar_index() -> None:
    assert ("percent", "dxy", "down", 0.3) in _claims(
        "Gold rose amid weakness in the dollar, and the dollar fell 0.3%."
    )


@pytest.mark.parametrize(
    ("text", "asset", "op"),
    [
        ("Gold posted modest losses on Tuesday.", "gold", "down"),
        ("Silver notched slight gains on Friday.", "silver", "up"),
        ("Bitcoin recorded steep losses on Monday.", "btc", "down"),
        ("The dollar index logged small gains on Thursday.", "dxy", "up"),
    ],
)
def test_a_result_verb_with_a_move_noun_and_no_figure_is_a_move(
    text: str, asset: str, op: str
) -> None:
    assert ("move", asset, op, None) in _claims(text)


def test_a_result_verb_with_a_figure_keeps_the_figure() -> None:
    assert ("percent", "gold", "up", 2.0) in _claims("Gold posted a gain of 2% on Monday.")


@pytest.mark.parametrize(
    ("text", "kind", "assets"),
    [
        ("Gold and silver fell on Monday.", "move", {"gold", "silver"}),
        ("The Dow and the S&P 500 closed at record highs on Monday.", "record", {"dow", "spx"}),
        (
            "The S&P 500 and Nasdaq indexes registered small gains on Monday.",
            "move",
            {"spx", "nasdaq"},
        ),
        ("Both bitcoin and ether slipped lower on Tuesday.", "move", {"btc", "eth"}),
    ],
)
def test_coordinated_subjects_share_a_predicate_with_no_figure(
    text: str, kind: str, assets: set[str]
) -> None:
    assert {a for k, a, _, _ in _claims(text) if k == kind} == assets


def test_a_name_after_a_preposition_is_no_subject() -> None:
    assert _claims("Demand for gold and silver rose on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin rose 2% on Friday as hike expectations that had climbed to almost 100% "
        "slid back to 69%.",
        "Gold gained 1%, with markets now pricing a 70% likelihood of a cut in June.",
        "Bitcoin fell 3% after bets on a March cut dropped to 40%.",
        "Gold rose 1% as expectations of a cut climbed to 90%.",
    ],
)
def test_a_probability_is_not_a_move_of_the_asset(text: str) -> None:
    moves = [p for k, a, _, p in _claims(text) if k == "percent" and a in ("btc", "gold")]
    assert len(moves) == 1 and moves[0] in (1.0, 2.0, 3.0)


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin and ether are off to their weakest start in years.",
        "Gold is off to a strong start this year.",
        "Silver was off to a shaky start on Monday.",
    ],
)
def test_off_to_a_start_is_no_move(text: str) -> None:
    assert [k for k, _, _, _ in _claims(text) if k in ("move", "percent")] == []


def test_a_bare_off_is_still_a_fall() -> None:
    assert ("move", "gold", "down", None) in _claims("Gold was off on Monday.")


def test_a_bare_result_verb_with_no_size_is_left_out() -> None:
    assert _claims("Silver booked losses in a choppy Tuesday session.") == []


def test_a_shared_record_gives_way_to_the_asset_s_own_sentence() -> None:
    text = (
        "Stocks were busy this week. The Dow and the S&P 500 closed at record highs on "
        "Monday. On Tuesday, the Dow hit a record high again."
    )
    records = [(c.sentence, c.asset) for c in extract_claims(text).claims if c.kind == "record"]
    assert (2, "dow") in records and (1, "dow") not in records
    assert (1, "spx") in records


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 rose 1%. European shares ended the week near record highs.",
        "The S&P 500 rose 1%. Asian shares fell 2% on Monday.",
        "The S&P 500 rose 1%. Emerging-market equities hit a record high on Friday.",
    ],
)
def test_another_region_s_shares_are_not_the_s_and_p_500(text: str) -> None:
    later = [c for c in extract_claims(text).claims if c.sentence == 1]
    assert later and all(c.asset != "spx" for c in later)
