"""Windows from a season or a part of a year: "since the summer", "since mid-year",
"since late 2024" start where the words say, not at a year's first day or nowhere."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.seasonwindows import season_since
from leadwatch.claims.windows import find_windows, resolve_window


def _start(sentence: str, day: str) -> str | None:
    codes = [code for _, code in find_windows(sentence) if code.startswith("since:")]
    if not codes:
        return None
    resolved = resolve_window(codes[0], pd.Timestamp(day))
    return None if resolved is None else str(resolved[0].date())


@pytest.mark.parametrize(
    ("sentence", "day", "base"),
    [
        ("Ether has lost 30% since the summer.", "2025-11-20", "2025-05-31"),
        ("Ether has lost 30% since the summer.", "2025-07-10", "2025-05-31"),
        ("Ether has lost 30% since the summer.", "2025-04-10", "2024-05-31"),
        ("Gold has gained 12% since the spring.", "2025-11-20", "2025-02-28"),
        ("Gold is up 8% since last summer.", "2025-07-10", "2024-05-31"),
        ("Gold is up 8% since last summer.", "2025-10-10", "2025-05-31"),
        ("Silver rose 9% since the autumn of 2024.", "2025-03-10", "2024-08-31"),
        ("Silver rose 9% since late summer.", "2025-11-20", "2025-07-31"),
        ("Silver is up 40% since mid-year.", "2025-11-20", "2025-06-30"),
        ("Silver is up 40% since the middle of the year.", "2025-11-20", "2025-06-30"),
        ("Gold is up 20% since mid-2025.", "2026-03-20", "2025-06-30"),
        ("Gold is up 20% since late 2024.", "2026-03-20", "2024-09-30"),
        ("Gold is up 20% since early 2025.", "2026-03-20", "2024-12-31"),
    ],
)
def test_a_season_or_part_of_a_year_starts_the_window(sentence: str, day: str, base: str) -> None:
    assert _start(sentence, day) == base


@pytest.mark.parametrize(
    "sentence",
    [
        "Bitcoin is down 4% since the fall of the dollar began.",
        "Bitcoin is down 4% since the fall in yields.",
    ],
)
def test_a_fall_with_a_noun_after_it_is_no_season(sentence: str) -> None:
    assert _start(sentence, "2025-11-20") is None


def test_a_season_not_begun_by_the_article_date_is_no_window() -> None:
    assert season_since("the summer of 2026", pd.Timestamp("2026-03-01")) is None
    assert season_since("mid-2026", pd.Timestamp("2026-03-01")) is None


def test_other_since_words_are_left_to_the_other_readers() -> None:
    assert season_since("May 2025", pd.Timestamp("2026-03-01")) is None
    assert _start("Gold is up 5% since May.", "2025-11-20") == "2025-04-30"
