"""The day of a note, report or statement a story quotes is past: the expectations the
quote voices ("a cut would likely follow") do not put that day ahead of the article."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.printed import ahead
from leadwatch.claims.textdates import text_evidence

#: How wires and papers cite an analyst's or a bank's text by its day.
CITED = [
    "A longer war would lift yields and cut the likelihood of a rate cut, an analyst said in "
    "a note released March 7.",
    "Odds of a Fed hike could rise further, strategists wrote in a report published on March 7.",
    "Rates will likely stay high, the central bank said in a statement issued March 7.",
    "Policymakers expect to hold rates, according to the minutes released on March 7.",
]


@pytest.mark.parametrize("said", CITED)
def test_a_cited_texts_day_is_not_ahead(said: str) -> None:
    assert not ahead(said, said.index("March 7"))


@pytest.mark.parametrize("said", CITED)
def test_a_cited_texts_day_dates_the_article_after_it(said: str) -> None:
    calendar = pd.date_range("2026-02-01", "2026-03-31")
    votes, why = text_evidence(extract_claims("Gold rose 1% to $5,100. " + said), calendar)
    before = votes[calendar < "2026-03-07"]
    assert not np.any(before > 0) and votes[calendar == "2026-03-09"][0] > 0, why


@pytest.mark.parametrize(
    "said",
    [
        "Traders expect the CPI report, which will be released March 12, to show a rise.",
        "A cut is likely when the minutes are to be published on March 12.",
        "Markets are pricing in a cut on March 18.",
    ],
)
def test_a_day_still_expected_stays_ahead(said: str) -> None:
    assert ahead(said, said.index("March 1"))
