""" "by <date>" closes a past move or level unless its sentence looks ahead (hand-written
phrasings of weekly columns, wires, crypto news and bank notes)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.printed import ahead
from leadwatch.claims.textdates import text_evidence


def _at(sentence: str) -> int:
    return sentence.index(" by ") + 4


@pytest.mark.parametrize(
    "sentence",
    [
        "Silver climbed 2.6% to $38.15 by July 11.",  # weekly column, decimals
        "Gold firmed with a steady 1.7% advance to $3,402.60 by June 27.",
        "Ether was trading near $4,000 by September 3.",  # crypto news
        "The euro slid 1.25% to 1.0845 by March 14, the bank's note said.",  # bank note
        "Copper had recovered to $9,800 a tonne by May 2.",
    ],
)
def test_a_move_reached_by_a_day_looks_back(sentence: str) -> None:
    assert not ahead(sentence, _at(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Bitcoin could hit $150,000 by December 31.",
        "Analysts expect gold at $4,000 by June 30.",
        "Gold may rise to $4,000 by June 30, strategists said.",
        "The ECB is due to decide by July 24.",
        "Investors want clarity on tariffs by March 18.",
    ],
)
def test_a_deadline_or_forecast_by_a_day_is_ahead(sentence: str) -> None:
    assert ahead(sentence, _at(sentence))


_SPRING = pd.to_datetime(["2026-02-16", "2026-03-03", "2026-04-14"])


@pytest.mark.parametrize(
    "sentence",
    [
        "A hotter euro-area Feb CPI print lifted the single currency.",  # data-feed page
        "Feb core CPI came in at 3.1% in the UK.",
        "The Feb. payrolls report showed 150,000 new jobs.",  # wire
        "Traders digested Feb retail sales before the open.",  # bank note
    ],
)
def test_a_monthly_figure_named_by_an_abbreviation_comes_out_the_month_after(
    sentence: str,
) -> None:
    votes, _ = text_evidence(extract_claims(sentence), _SPRING)
    assert votes[1] > votes[0] and votes[1] > votes[2]


@pytest.mark.parametrize(
    "sentence",
    [
        "Swaps imply slim odds of a move at the Fed's next rate meeting on June 10.",
        "Markets look to the ECB's upcoming rate decision on April 30.",  # bank note
        "Futures imply a hike at the coming FOMC meeting on June 17-18.",  # data-feed page
        "Attention turns to the next BoJ policy meeting in late July.",  # no day: nothing read
    ],
)
def test_a_date_of_the_next_scheduled_event_is_ahead(sentence: str) -> None:
    days = pd.date_range("2026-01-01", "2026-12-31")
    votes, why = text_evidence(extract_claims(sentence), days)
    assert not any("on or after" in w for w in why), why
    assert votes[days.get_loc(pd.Timestamp("2026-09-01"))] == 0  # nothing long after


def test_one_months_figures_named_twice_vote_once() -> None:
    text = "The Feb CPI report beat forecasts. Feb core CPI rose as well."
    votes, _ = text_evidence(extract_claims(text), _SPRING)
    assert votes[1] == pytest.approx(0.5)
