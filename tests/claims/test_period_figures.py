"""A figure told as a monthly or quarterly result: the month named before it, else an unread
window (not one session)."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _moves(text: str) -> list[tuple[float | None, object, str | None]]:
    return [(c.pct, c.when, c.window) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "size", "month"),
    [
        (
            "Silver slumped in October 2025. Its 11.2% drop ranks among its worst monthly "
            "declines in a decade.",
            11.2,
            (2025, 10),
        ),
        (
            "Gold Shines in June. Its 7% rise marks one of its best monthly performances.",
            7.0,
            (0, 6),
        ),
    ],
)
def test_a_monthly_result_takes_the_month_named_before(
    text: str, size: float, month: tuple[int, int]
) -> None:
    assert (size, ("month", month), None) in _moves(text)


def test_an_unnamed_quarter_is_left_unread() -> None:
    found = _moves("Ether's -27% return was among its three weakest quarterly results.")
    assert (27.0, None, "unread:a quarter") in found


def test_a_figure_in_another_clause_keeps_its_window() -> None:
    found = _moves("Copper added 1.4% in late trade, lifting its monthly gain to 6%.")
    assert not any((w or "").startswith("unread:") for *_, w in found)


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Platinum is up 6% since the export ban, dealers said.", "unread:since the export ban"),
        ("Ether has shed 14% over the summer period.", "unread:over the summer period"),
        ("The euro has slipped 2% since Lagarde spoke.", "unread:since Lagarde spoke"),
    ],
)
def test_a_span_no_reader_takes_is_named_not_guessed(text: str, window: str) -> None:
    assert any(w == window for *_, w in _moves(text))


def test_a_record_since_after_a_figure_is_not_its_window() -> None:
    found = _moves("Silver fell 5% on the day, the most since 2021.")
    assert not any((w or "").startswith("unread:") for *_, w in found)
