"""A calendar year named by "over the course of", "during", "throughout": that year's window."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


def _moves(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.asset, c.window) for c in extract_claims(text).claims if c.kind == "percent"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Over the course of 2024, gold gained about 27%, while silver rose roughly 21%.",
            [("gold", "cal:2024"), ("silver", "cal:2024")],
        ),
        ("Throughout 2023, bitcoin climbed 150%.", [("btc", "cal:2023")]),
        ("During 2022 the S&P 500 fell 19%.", [("spx", "cal:2022")]),
        # a session's course is no calendar year
        ("Gold rose 2% over the course of the session.", [("gold", None)]),
    ],
)
def test_year_course_is_the_calendar_year(text: str, want: list[tuple[str, str | None]]) -> None:
    assert _moves(text) == want
