"""Printed dates in the forms other outlets use, photo captions kept out of the article's
date, and the latest printed date that is really the latest (hand-written phrasings)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.monthdays import month_days
from leadwatch.claims.printed import printed_dates, said_today
from leadwatch.claims.textdates import (
    dated_in_text,
    first_dateline,
    latest_printed,
    text_evidence,
)

_PAD = "Gold traded in a narrow range. " * 15  # past the opening lines


@pytest.mark.parametrize(
    "words",
    [
        "26.01.2026",  # European bank note, day first
        "26-01-2026",  # regional paper, day first
        "26/01/2026",  # day first: the first number is over 12
        "JAN 26, 2026",  # data-feed page in capitals
        "26 JANUARY 2026",
        "26-Jan-2026",
        "26/Jan/2026",  # a blog's byline stamp, slashes around the month
        "Jan. 26th, 2026",
        "2026/01/26",
    ],
)
def test_other_printed_forms_are_read(words: str) -> None:
    (found,) = printed_dates(f"{_PAD}Silver rose 3% on {words} as the dollar fell.")
    assert (found.iso, found.role) == ("2026-01-26", "past")


@pytest.mark.parametrize("words", ["26-Jan/2026", "26/Jan-2026", "26/Jan 2026"])
def test_mixed_separators_around_a_month_are_no_date(words: str) -> None:
    assert not any(d.iso == "2026-01-26" for d in printed_dates(f"Posted {words}. Gold rose."))


def test_a_slashed_month_stamp_in_a_byline_is_the_dateline() -> None:
    (found,) = printed_dates("Written by Ann Lee | 4/Mar/2024\n\nCopper slipped 1% today.")
    assert (found.iso, found.role) == ("2024-03-04", "dateline")


def test_a_slashed_date_stays_month_first_when_it_can() -> None:
    (found,) = printed_dates(f"{_PAD}Silver rose on 10/08/2025.")
    assert found.iso == "2025-10-08"


@pytest.mark.parametrize(
    "line",
    [
        "A jeweller checks a display in his shop in Cairo, Egypt, on March 9, 2026.",
        "Traders work on the floor in New York, U.S., March 9, 2026. REUTERS/Jane Doe",
        "Photo taken on March 9, 2026 shows gold bars in a vault.",
        "File photo: gold bars at a refinery on March 9, 2026.",
        "Gold bars are seen at a vault, March 9, 2026 (Photo: Jane Doe/AFP)",
        "Bullion is pictured at a bank on March 9, 2026.",
    ],
)
def test_a_photo_caption_date_is_not_the_articles(line: str) -> None:
    text = f"Gold slipped on Thursday as the dollar firmed.\n{line}\n{_PAD}"
    (found,) = printed_dates(text)
    assert found.role == "caption"
    extraction = extract_claims(text)
    assert dated_in_text(extraction) == [] and latest_printed(extraction) is None


@pytest.mark.parametrize(
    "line",
    [
        "Gold rose in London on March 9, 2026, as the dollar fell.",
        "Gold rose in London, England, on March 9, 2026, as the dollar fell.",
    ],
)
def test_a_place_in_the_running_text_is_no_caption(line: str) -> None:
    (found,) = printed_dates(_PAD + line)
    assert found.role == "past"


@pytest.mark.parametrize(
    "text",
    [
        "Silver traded at $100 on 23-Jan-2026. Gold hit a record of $5,110 on 26-Jan-2026.",
        "As of January 23, 2026, silver was at $100; gold set a record high on January 26, 2026.",
        "Silver stood at $100 on 2026-01-23, and gold has climbed since 2026-01-26.",
    ],
)
def test_the_latest_printed_date_is_never_before_one_looked_back_to(text: str) -> None:
    assert latest_printed(extract_claims(_PAD + text)) is None


def test_the_latest_printed_date_ignores_one_said_of_the_future() -> None:
    text = _PAD + "Silver traded at $100 on 23-Jan-2026. The deal will lapse on 31-Dec-2026."
    latest = latest_printed(extract_claims(text))
    assert latest is not None and latest.iso == "2026-01-23"


def test_a_caption_date_votes_for_the_days_just_after_it_only() -> None:
    text = "Gold slipped.\nBars are seen in Zurich, Switzerland, March 9, 2026.\n"
    days = pd.date_range("2026-03-07", periods=9)
    votes, why = text_evidence(extract_claims(text + _PAD), days)
    assert votes.tolist() == [0, 0, 1, 1, 1, 1, 0, 0, 0]
    assert not any("dateline" in r for r in why)


@pytest.mark.parametrize(
    "header",
    [
        "December 27, 2025\nsite name\n\nOur markets wrap today for December 26, 2025: gold rose.",
        "Posted 2025-12-27\n\nToday, December 26, 2025, gold rose to a record.",
        "27/12/2025\nMarkets\n\nThe dollar slipped in today's session on 26 Dec 2025.",
        "DEC 27, 2025 | Desk\n\nWhat moved markets today for Dec. 26, 2025: gold rose.",
        "December 27, 2025\n\nHere is today's metals brief for December 26th, 2025.",
    ],
)
def test_the_day_the_text_calls_today_wins_over_a_posting_date(header: str) -> None:
    first = first_dateline(extract_claims(header + "\n" + _PAD))
    assert first is not None and first.iso == "2025-12-26"


def test_a_page_headers_today_is_still_the_viewing_day() -> None:
    assert printed_dates("Today: Apr 15, 2025\n" + _PAD) == []  # viewed, not published
    assert not said_today("Today: Apr 15, 2025", 7)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Copper touched $5.10 on Nov 4, a record.", [(11, 4, "Nov 4", False)]),
        ("By Sept 22 the metal had slipped.", [(9, 22, "Sept 22", False)]),
        ("Platinum is up since Feb 3.", [(2, 3, "Feb 3", True)]),
    ],
)
def test_a_short_month_without_its_stop_names_a_day(
    text: str, found: list[tuple[int, int, str, bool]]
) -> None:
    assert month_days(text) == found


@pytest.mark.parametrize("text", ["Nov 2024 contracts", "the Dec 2026 futures", "JAN 5 notes"])
def test_a_short_month_before_a_year_or_in_capitals_names_no_day(text: str) -> None:
    assert month_days(text) == []
