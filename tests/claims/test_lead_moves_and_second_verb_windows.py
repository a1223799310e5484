"""A bare move a lead sentence states and the next sentence sizes is reported once; a
window after a second verb ("was down 0.5% ... and fell 0.8% over the week") is that verb's
figure's, not the first figure's.

Every text here is written for the test.
"""

from __future__ import annotations

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, float | None, str | None]]:
    found = extract_claims(text).claims
    return [(c.asset, c.pct, c.window) for c in found if c.kind in ("percent", "move")]


def test_a_lead_move_sized_in_the_next_sentence_is_told_once() -> None:
    text = (
        "Silver eased on Tuesday as the dollar firmed.\n"
        "Spot silver was down 0.7% at $31.20 an ounce by midday."
    )
    assert [(a, p) for a, p, _ in _moves(text) if a == "silver"] == [("silver", 0.7)]


def test_a_lead_move_with_no_figure_after_it_stays() -> None:
    text = "Silver eased on Tuesday as the dollar firmed.\nAnalysts expect more volatility."
    assert [(a, p) for a, p, _ in _moves(text) if a == "silver"] == [("silver", None)]


def test_a_lead_move_of_another_asset_stays() -> None:
    text = "Silver eased on Tuesday.\nSpot gold was up 0.4% at $2,410 an ounce."
    assert ("silver", None) in [(a, p) for a, p, _ in _moves(text)]


def test_a_window_after_a_second_verb_is_its_figures() -> None:
    text = "Spot silver was down 0.7% at $31.20 an ounce by midday and lost 2.1% over the week."
    assert _moves(text) == [("silver", 0.7, None), ("silver", 2.1, "week")]
    text = "Gold and silver fell 0.7% and 2.1% over the week."  # a list: both the week's
    assert [w for _, _, w in _moves(text)] == ["week", "week"]


def test_a_volatility_with_a_bracketed_abbreviation_is_no_price() -> None:
    text = "Ether's 30-day at-the-money (ATM) volatility fell to about 45%, its lowest since May."
    found = extract_claims(text).claims
    assert not [c for c in found if c.kind in ("record", "percent")]


def test_edging_closer_to_a_level_is_near_it() -> None:
    (level,) = extract_claims("Silver climbed on Monday, edging closer to $40.").claims
    assert (level.asset, level.op, level.level) == ("silver", "near", 40.0)


def test_within_reach_of_a_level_is_near_it() -> None:
    (level,) = extract_claims("Silver traded within reach of $50 on Friday.").claims
    assert (level.asset, level.op, level.level) == ("silver", "near", 50.0)
