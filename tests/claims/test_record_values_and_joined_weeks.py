"""A record's value told right after its date is that day's price; a verb joined by "and"
to one said of last week is last week's too.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def test_a_records_value_after_its_date_is_that_days_price() -> None:
    text = "Silver climbed to $37.40, past the previous peak set on June 4 at $36.90 an ounce."
    whens = {c.words: c.when for c in extract_claims(text).claims if c.kind == "level"}
    assert whens["at $36.90"] == ("date", (6, 4))
    assert whens["to $37.40"] is None
    other = "It is 3% under its record of 5,210 set on May 2 and back over 5,000."
    assert all(c.when is None for c in extract_claims(other).claims if c.kind == "level")


def test_a_verb_joined_to_one_of_last_week_is_of_last_week() -> None:
    text = "Ether rose above $4,100 last week and touched a record of $4,250 before easing."
    levels = {c.words: c.when for c in extract_claims(text).claims if c.kind == "level"}
    assert levels["touched a record of $4,250"] == ("last", "week")
    days = pd.date_range("2025-08-01", "2025-08-31")
    eth = pd.Series(3_900.0, index=days)
    eth[pd.Timestamp("2025-08-13")] = 4_250.0  # Wednesday of the week before the article
    graded = check_claims(extract_claims(text), pd.Timestamp("2025-08-19"), Market({"eth": eth}))
    level = next(g for g in graded if g.claim.words == "touched a record of $4,250")
    assert level.status == "confirmed"
