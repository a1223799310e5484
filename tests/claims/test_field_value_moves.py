"""A labelled field whose value opens with a direction word, in a list under a lead."""

from __future__ import annotations

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None, float | None, str | None]]:
    return [
        (c.asset, c.op, c.pct, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("move", "percent")
    ]


def test_direction_word_after_the_label_is_no_subject() -> None:
    text = "  \u2022 S&P 500: Down 2.91% (151.30 points) to 5,041.75."
    assert _moves(text) == [("spx", "down", 2.91, None)]
    assert _moves("Gold: Higher by 1.2% at the close.") == [("gold", "up", 1.2, None)]


def test_items_with_a_full_stop_take_the_window_of_their_lead() -> None:
    text = (
        "In 2019, the big indexes posted solid gains:\n"
        "S&P 500: Increased by approximately 28.9%.\n"
        "Nasdaq Composite: Rose by about 35.2%.\n"
    )
    assert _moves(text) == [("spx", "up", 28.9, "cal:2019"), ("nasdaq", "up", 35.2, "cal:2019")]


def test_unlabelled_sentences_after_a_colon_are_not_items() -> None:
    text = "Our view for the year ahead:\nThe S&P 500 could rise a further 8% from here.\n"
    assert _moves(text) == []
