"""A sentence that names its span only by pointing back ("over the same period") repeats an
earlier figure; a figure of another clause, set against it by "while", is its own."""

from __future__ import annotations

from leadwatch.claims.extract import extract_claims


def _moves(text: str, asset: str) -> list[tuple[int, float | None]]:
    return [(c.sentence, c.pct) for c in extract_claims(text).claims if c.asset == asset]


def test_a_pointed_repeat_is_dropped_for_the_earlier_figure() -> None:
    text = "Silver posted a weekly loss of 3%. Over the same period, silver lost 3% as yields rose."
    assert _moves(text, "silver") == [(0, 3.0)]


def test_a_figure_of_a_contrasted_clause_is_not_pointed() -> None:
    # the title states ether's 5.2%; the body's own clause has no pointing phrase
    text = (
        "Bitcoin steadies as ether climbs 5.2%\n\n"
        "Ether rose 5.2% to $3,100, while smaller tokens gained up to 9% over the same period.\n"
    )
    assert (1, 5.2) in _moves(text, "eth")
