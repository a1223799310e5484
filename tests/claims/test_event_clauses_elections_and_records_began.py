"""A day in an "after ...ing" clause inside an aside is that clause's, not the figure's;
"since President Trump's victory" is the 2024 election's window; "since records began" is
all of a price's history.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def test_a_day_of_an_event_clause_inside_an_aside_stays_there() -> None:
    text = "Platinum fared worse, sliding 8% to $1,410 after hitting a peak of $1,560 on Monday."
    whens = {c.words: c.when for c in extract_claims(text).claims}
    assert whens["to $1,410"] is None
    assert whens["peak of $1,560"] == ("weekday", 0)


def test_since_the_presidents_victory_starts_at_the_election() -> None:
    days = pd.date_range("2024-10-01", "2024-12-31")
    btc = pd.Series(70_000.0, index=days)
    btc[pd.Timestamp("2024-11-06") :] = 91_000.0  # +30% from the 5 November close
    text = "Bitcoin has climbed some 30% since President Trump\u2019s victory."
    (graded,) = check_claims(extract_claims(text), pd.Timestamp("2024-11-20"), Market({"btc": btc}))
    assert graded.status == "confirmed"
    assert "2024-11-05" in graded.evidence


def test_the_highest_since_records_began_is_an_all_time_record() -> None:
    days = pd.bdate_range("2020-01-01", "2025-06-30")
    high = pd.Series(20.0, index=days)
    high.iloc[-1] = 40.0  # a record on the last day
    text = "Silver ended at its highest level since records began."
    (record,) = extract_claims(text).claims
    assert record.kind == "record" and record.window is None
    (graded,) = check_claims(extract_claims(text), days[-1], Market({"silver": high}))
    assert graded.status == "confirmed"
