"""A month abbreviated without its full stop ("Oct 9", "Jan 15th") names a day when a day
of the month follows it; alone ("Jun 2025") it stays unread, as before."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.text import find_when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Silver rallied on Oct 9.", ("date", (10, 9))),
        ("Gold hit $3,000 on Mar 14, 2025.", ("date", (3, 14))),
        ("Bitcoin peaked on Jan 15th.", ("date", (1, 15))),
        ("Silver rallied on Oct. 9.", ("date", (10, 9))),
        ("In Jun 2025 silver rallied.", None),
    ],
)
def test_an_abbreviated_month_with_a_day(text: str, when: object) -> None:
    assert find_when(text) == when


def test_a_record_of_an_abbreviated_day_is_that_days() -> None:
    text = "By Oct 9 silver had climbed to a peak of $50 an ounce."
    levels = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert [c.when for c in levels] == [("date", (10, 9))]
