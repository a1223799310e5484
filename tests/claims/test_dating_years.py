"""The years a text names as its own bound its date (hand-written phrasings of wires,
crypto news, bank notes, regional papers and data-feed pages)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.market import Market
from leadwatch.claims.yearhints import year_votes

_DAYS = pd.to_datetime(["2022-04-22", "2025-06-26", "2026-03-03", "2026-11-20", "2027-02-10"])


@pytest.mark.parametrize(
    ("text", "voted"),
    [
        ("Gold has gained 18% in 2026, its best start in decades.", "2026-03-03"),  # wire
        ("Bitcoin's 2026 rally has stalled near resistance.", "2026-03-03"),  # crypto news
        ("Silver ends 2026 as the year's best performer.", "2027-02-10"),  # year-end recap
        ("Our view for 2026: the euro firms as the ECB holds.", "2026-03-03"),  # bank note
        ("Fuel prices climbed throughout 2026, the council heard.", "2026-11-20"),  # regional
        ("The Fed is expected to cut rates twice in 2026.", "2025-06-26"),  # forecast clause
    ],
)
def test_a_year_named_as_its_own_votes_for_its_days(text: str, voted: str) -> None:
    votes, why = year_votes(text, _DAYS)
    assert votes[list(_DAYS).index(pd.Timestamp(voted))] > 0
    assert votes[0] == 0  # never the 2022 day
    assert why


@pytest.mark.parametrize(
    "text",
    [
        "Silver is still far below its 2011 peak of $48.70.",
        "The dollar index fell to its lowest since 2022.",
        "Analysts see bitcoin at $250,000 by 2030.",
        "Gold rose to 2030 an ounce before easing.",
        "Prices held from 2020 to 2024 in a narrow band.",
        "The 2008 crisis still shapes how banks hedge.",
        "On May 20, 2026 the index closed higher.",  # a printed date: weighed elsewhere
    ],
)
def test_past_episodes_deadlines_and_prices_are_no_year_of_writing(text: str) -> None:
    votes, _ = year_votes(text, _DAYS)
    assert not votes.any()


def test_the_year_named_most_outweighs_one_named_in_passing() -> None:
    text = "In 2024 gold rose 27%. So far in 2026 it has added 9%, its best start in 2026."
    votes, _ = year_votes(text, pd.to_datetime(["2025-02-10", "2026-03-03"]))
    assert votes.tolist() == [0.5, 1.0]  # 2026 over the quarter after 2024


def test_a_forecast_named_after_the_year_is_a_forecast() -> None:
    text = "In the second quarter of 2026, bullion could test $5,500, one bank said."
    votes, _ = year_votes(text, _DAYS)
    assert votes[1] > 0  # written in the year before


def test_votes_per_year_are_capped() -> None:
    votes, _ = year_votes(" ".join(["Gold rallied in 2026."] * 6), _DAYS)
    assert votes.max() == pytest.approx(1.5)


def _dollar() -> Market:
    """A slowly sliding dollar index that jumps to a 25-month high on 2022-04-22 (for two
    months) and on 2026-03-03 (to the end), each time the highest since a spike 25 months
    before, sliding again after each jump."""
    days = pd.bdate_range("2019-01-01", "2026-06-30")
    s = pd.Series(np.linspace(95.0, 90.0, len(days)), index=days)
    s.loc["2020-03-20"] = s.loc["2024-02-02"] = 105.0
    s.loc["2022-04-22":"2022-06-30"] += 8.0
    s.loc["2026-03-03":] += 8.0
    return Market({"dxy": s})


def test_an_undated_text_is_dated_in_the_year_it_names() -> None:
    text = (
        "The dollar index rose to a 25-month high today. Money markets price fewer Fed cuts "
        "in 2026 after the inflation data. The dollar has gained 2% in 2026 and the euro "
        "has slipped in 2026 as well."
    )
    dated = infer_date(extract_claims(text), _dollar())
    assert dated.date == pd.Timestamp("2026-03-03")
