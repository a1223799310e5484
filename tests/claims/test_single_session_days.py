"""A move "in a single session", or told with "its worst day" beside it, is one day's."""

from __future__ import annotations

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, object, str | None]]:
    return [
        (c.asset, c.when, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("move", "percent")
    ]


def test_single_session_is_a_day_window() -> None:
    assert _moves("Platinum slid 7% in a single session.") == [("platinum", None, "day")]
    assert _moves("Silver jumped 6% in one trading day on Tuesday.") == [
        ("silver", ("weekday", 1), "day")
    ]


def test_single_session_takes_the_day_named_before() -> None:
    text = (
        "Traders panicked on March 17-18. Investors scrambled for cash. "
        "Gold dropped about 6-7% in a single session, its sharpest one-day slide since 2008."
    )
    assert _moves(text) == [("gold", ("date", (3, 17)), "day")]


def test_worst_day_beside_a_move_takes_the_day_named_before() -> None:
    text = "Stocks reeled on May 12. Silver sank 14%, its worst daily showing since 1987."
    assert _moves(text) == [("silver", ("date", (5, 12)), None)]


def test_a_week_or_no_day_named_keeps_the_reading() -> None:
    assert _moves("Gold lost 9% in one week.") == [("gold", None, None)]
    text = "Silver sank 14% this year, its worst start since 1987."
    assert _moves(text) == [("silver", None, "ytd")]
