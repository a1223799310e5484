"""A move "for the month" in a paragraph about a named month is of that month."""

from __future__ import annotations

from leadwatch.claims import extract_claims


def _moves(text: str) -> list[tuple[str | None, object, str | None]]:
    return [
        (c.asset, c.when, c.window)
        for c in extract_claims(text).claims
        if c.kind in ("move", "percent")
    ]


def test_month_opening_the_paragraph_is_the_window() -> None:
    text = "March was a calm month for equities. The S&P 500 climbed 2.4 percent for the month."
    assert _moves(text) == [("spx", ("month", (0, 3)), None)]


def test_month_with_year_in_an_opening_clause() -> None:
    text = "In October 2023, metals slid. Silver shed 6% for the month, and gold lost 2%."
    assert _moves(text) == [
        ("silver", ("month", (2023, 10)), None),
        ("gold", ("month", (2023, 10)), None),
    ]


def test_no_month_or_another_paragraph_or_a_date_keeps_the_reading() -> None:
    assert _moves("The S&P 500 climbed 2.4 percent for the month.") == [
        ("spx", None, "calmonth:now")
    ]
    text = "March brought losses for miners.\n\nSilver rose 2% for the month."
    assert _moves(text) == [("silver", None, "calmonth:now")]
    text = "On March 3, gold hit a high. Silver rose 2% for the month."
    assert _moves(text) == [("silver", None, "calmonth:now")]
