"""Dating round 25: a full date printed with its weekday in the opening ("rallied to a
record on Tuesday, Mar. 3, 2026") is the story's own day, also when it is the day of a
record (it used to be taken as a record's day looked back to, so a weekday named further
on, "the minister spoke on Friday", pulled the date to a later week); deeper in the text,
or after "since", it stays a day looked back to."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.textdates import latest_printed, text_evidence

_DAYS = pd.date_range("2026-02-25", "2026-03-20")
_AFTER = " Silver lost 1.8% to $71.20. The central bank governor spoke on Friday about rates."


@pytest.mark.parametrize(
    ("lead", "iso"),
    [
        ("Gold futures jumped to record highs on Tuesday, Mar. 3, 2026.", "2026-03-03"),
        ("Bitcoin hit an all-time high on Thursday, March 12, 2026, near $131,000.", "2026-03-12"),
        ("Copper set a fresh peak on Monday, 9 March 2026, as stocks fell.", "2026-03-09"),
    ],
)
def test_the_lead_printing_its_weekday_and_date_is_its_own_day(lead: str, iso: str) -> None:
    extraction = extract_claims(lead + _AFTER)
    found = latest_printed(extraction)
    assert found is not None and found.iso == iso
    votes, why = text_evidence(extraction, _DAYS)
    day = _DAYS.get_loc(pd.Timestamp(iso))
    later_friday = _DAYS.get_loc(
        pd.Timestamp(iso) + pd.Timedelta(days=2) + pd.offsets.Week(weekday=4)
    )
    assert votes[day] > votes[later_friday], why


@pytest.mark.parametrize(
    "text",
    [
        "Gold is up 6% since Tuesday, Mar. 3, 2026, when it hit a record." + _AFTER,
        "Markets were calm. Traders waited for data. Rates held. Gold set a record high on"
        " Tuesday, Mar. 3, 2026.",
    ],
)
def test_a_record_day_looked_back_to_or_told_later_is_not_the_own_day(text: str) -> None:
    assert latest_printed(extract_claims(text)) is None
