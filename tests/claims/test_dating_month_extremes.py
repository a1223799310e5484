"""A past extreme named by its month ("its October peak", "the mid-October all-time high")
is looked back to: no evidence of the article's day, and a bound on when it was written;
the printed date of a cited data release or event is that event's day, not the article's."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.datehints import reference_only
from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.eventdates import cited_event
from leadwatch.claims.market import Market
from leadwatch.claims.monthextremes import MONTH_EXTREME, month_extreme_votes
from leadwatch.claims.printed import printed_dates
from leadwatch.claims.textdates import latest_printed, text_evidence

#: How outlets name a past extreme by its month (wire, crypto news, bank note, regional
#: paper, data feed), with the figure or record that is a reference, not the day's price.
PAST = [
    ("Ether trades some 22% beneath its March peak of roughly $4,100.", "$4,100"),
    ("Gold steadied at $2,410 after retesting its mid-May all-time high of $2,450.", "$2,450"),
    ("The token trades well under October's record high of $126,200.", "$126,200"),
    ("BTC/USD remains 12% off its early-March top near $94,000, per the feed.", "$94,000"),
    ("Gold has recovered from its late-June low of $3,250 an ounce.", "$3,250"),
    ("Ether is still short of the August all-time high at $4,950, analysts wrote.", "$4,950"),
    ("The index rebounded from its April closing low around 4,980.", "4,980"),
]


@pytest.mark.parametrize(("sentence", "figure"), PAST)
def test_a_figure_of_an_extreme_named_by_its_month_is_a_reference(
    sentence: str, figure: str
) -> None:
    assert MONTH_EXTREME.search(sentence), sentence
    assert reference_only(sentence, figure)


def test_a_record_named_by_its_month_is_not_the_days() -> None:
    text = "Gold retested its late-April record high on Thursday. Silver rose to $31."
    kinds = [c.kind for c in dating_claims(extract_claims(text))]
    assert "record" not in kinds
    assert reference_only(text.split(".")[0], "record high", record=True)


def test_a_month_with_its_year_or_no_extreme_is_left_alone() -> None:
    for sentence in (
        "Bitcoin is 30% below its October 2025 peak.",  # the printed dates handle it
        "Gold hit a record high of $4,380 on Monday.",  # the day's record
        "October high-yield issuance slowed.",  # no extreme
        "May gains were modest.",
    ):
        assert not MONTH_EXTREME.search(sentence), sentence


def test_the_article_is_written_after_the_part_of_the_month_named() -> None:
    days = pd.to_datetime(["2025-10-05", "2025-10-15", "2025-10-25", "2026-01-20", "2026-03-01"])
    mid, _ = month_extreme_votes("It touched its mid-October high.", days)
    assert mid.tolist() == [0.0, 0.0, 0.5, 0.5, 0.0]
    plain, why = month_extreme_votes("Its October peak and its October peak again.", days)
    assert plain.tolist() == [0.5, 0.5, 0.5, 0.5, 0.0]  # each phrase votes once
    assert len(why) == 1


def test_a_past_record_named_by_its_month_does_not_date_the_article() -> None:
    # silver peaks at 54.3 in mid-October and is back at 52.8 in mid-November; it sat at
    # 52.8 on the way up too: the record named by its month puts the date after it
    days = pd.bdate_range("2025-09-15", "2025-12-05")
    path = np.interp(
        np.arange(len(days)),
        [0, 20, 24, 30, 43, 50, len(days) - 1],
        [45.0, 52.8, 54.3, 50.0, 52.8, 51.0, 50.0],
    )
    m = Market({"silver": pd.Series(path, index=days)})
    text = (
        "Silver, at $52.80, firmed this week after revisiting its mid-October record high "
        "on Wednesday."
    )
    dated = infer_date(extract_claims(text), m)
    assert dated.date >= pd.Timestamp("2025-10-20"), dated.reasoning
    assert any("mid-October record high" in r for r in dated.reasoning)


#: A date printed for a data release or an event the text cites (wire, bank note, data
#: feed, regional paper, crypto news): the event's day, not the day of writing.
EVENTS = [
    "Silver eased as the Philadelphia Fed Business Index came in at 8.1 on June 19, 2025.",
    "Bitcoin rose after CPI data released on May 13, 2026 showed inflation at 2.9%.",
    "Gold rallied after the Fed's decision on Wednesday, March 18, 2026.",
    "The ECB meeting on July 24, 2025 left rates unchanged; the euro firmed.",
    "Retail sales, reported on Friday, April 17, 2026, rose 0.5%, and silver rose.",
    "Bullion firmed. The jobs report released on 6 June 2025 lifted the dollar.",
]
OWN_DAYS = [
    "Gold closed at $3,118 on March 31, 2025.",
    "As of April 4, 2025, gold fell 2%.",
    "Silver traded at $50 on Monday, December 1, 2025, up 1%.",
]


@pytest.mark.parametrize("text", EVENTS)
def test_a_date_of_a_cited_event_is_not_the_likeliest_day(text: str) -> None:
    ex = extract_claims(text)
    at = next(d for d in printed_dates(text))
    assert cited_event(text, at.start), text
    assert latest_printed(ex) is None


@pytest.mark.parametrize("text", OWN_DAYS)
def test_a_date_of_the_markets_own_day_still_is(text: str) -> None:
    at = next(d for d in printed_dates(text))
    assert not cited_event(text, at.start), text
    assert latest_printed(extract_claims(text)) is not None


def test_a_release_of_a_month_part_dates_the_article_after_it() -> None:
    # gold sits at $4,520 on May 15 (the day of the index the text cites) and again from
    # May 22; the release "reported in mid-May" puts the article after the 20th
    days = pd.bdate_range("2026-05-04", "2026-06-05")
    gold = pd.Series(4600.0, index=days)
    gold[pd.Timestamp("2026-05-15")] = 4520.0
    gold[pd.Timestamp("2026-05-22") :] = 4520.0
    text = (
        "Gold weakened as the Philadelphia Fed Business Index printed 8.1 on May 15, 2026. "
        "Retail sales figures released in mid-May weighed on bullion. Spot gold fell to "
        "$4,520."
    )
    dated = infer_date(extract_claims(text), Market({"gold": gold}))
    assert dated.date >= pd.Timestamp("2026-05-20"), dated.reasoning
    yearless, _ = text_evidence(
        extract_claims("Gold rose after the Fed's decision on Wednesday, March 18."),
        pd.to_datetime(["2026-03-17", "2026-03-18", "2026-03-19", "2026-04-10"]),
    )
    assert yearless[2] >= yearless[1] > yearless[0]  # on it or after, never before
    assert yearless[3] > 0
