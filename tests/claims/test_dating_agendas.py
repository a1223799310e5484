"""A list of coming events dates the article by its first item only (:mod:`.agendas`)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.agendas import agenda_dates
from leadwatch.claims.textdates import text_evidence

#: Agendas as outlets print them (bullets, dashes, bare lines), items out of order too.
AGENDAS = [
    "Tokens eased.\n\u2022 June 3: a chain upgrade.\n\u2022 June 4: a listing.\n"
    "\u2022 June 9: unlock.",
    "Tokens eased.\n- Jun 4 - a listing\n- Jun 3 - a chain upgrade\n- Jun 9 - an unlock",
    "Tokens eased.\nJune 3: upgrade goes live.\nJune 3: a fund launches.\nJune 4: a listing.\n"
    "June 9: an unlock.",
]


@pytest.mark.parametrize("text", AGENDAS)
def test_an_agenda_dates_the_article_by_its_first_item(text: str) -> None:
    first, later = agenda_dates(text)
    assert first is not None and first.endswith(" 3") and len(later) == 2
    days = pd.to_datetime(["2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05", "2025-06-10"])
    votes, why = text_evidence(extract_claims(text), days)
    assert votes.tolist()[:2] == [0.5, 0.5] and not votes[2:].any(), why


def test_dates_in_running_text_are_no_agenda() -> None:
    text = "Ether rose on June 3.\nIt fell on June 4.\nOn June 9: nothing."
    assert agenda_dates(text) == (None, ())
    assert agenda_dates("- June 3: upgrade\n- June 4: listing\n") == (None, ())
