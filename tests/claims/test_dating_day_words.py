"""Dating round 18: only words that name a day rank near-ties ahead of the figures, and a
date the text cannot tell from another is reported as a tie, not as a confident date.

A broad hint in the words (the month a monthly figure comes out: "September payrolls",
"the October CPI print") is counted once, in the score; it used to rank near-ties too and
pull the date onto a month where fewer of the quoted prices held.
"""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.dating import infer_date
from leadwatch.claims.datingwords import day_words
from leadwatch.claims.market import Market

_DAYS = pd.date_range("2025-06-01", "2026-02-27")


def _market(hinted: str, held: str) -> Market:
    """Silver at $90 in two spells (one in the ``hinted`` month, one in the ``held``
    one); gold at $5,000 in the ``held`` spell and a few July days only."""
    silver = pd.Series(70.0, index=_DAYS)
    gold = pd.Series(4000.0, index=_DAYS)
    for start in (hinted, held):
        silver.loc[pd.Timestamp(start) : pd.Timestamp(start) + pd.Timedelta(days=4)] = 90.0
    gold.loc[pd.Timestamp(held) : pd.Timestamp(held) + pd.Timedelta(days=4)] = 5000.0
    gold.loc["2025-07-07":"2025-07-12"] = 5000.0
    return Market({"silver": silver, "gold": gold})


@pytest.mark.parametrize(
    ("hint", "hinted", "held"),
    [
        ("Traders wait for the delayed September payrolls report.", "2025-10-13", "2025-11-17"),
        ("All eyes are on the October CPI print due next.", "2025-11-10", "2025-12-08"),
        ("The December jobs report looms over the market.", "2026-01-12", "2026-02-09"),
    ],
)
def test_a_broad_hint_does_not_outrank_the_prices(hint: str, hinted: str, held: str) -> None:
    text = f"Silver traded at $90 an ounce and gold held at $5,000. {hint}"
    dated = infer_date(extract_claims(text), _market(hinted, held))
    start = pd.Timestamp(held)
    assert start <= dated.date <= start + pd.Timedelta(days=5), dated.reasoning


def test_a_named_day_still_ranks_before_the_broad_hints() -> None:
    words = pd.Series(0.0, index=_DAYS)
    words[_DAYS.year == 2025] += 1.0  # "so far in 2025"
    words[_DAYS.month == 10] += 0.5  # a figure out in October
    on = pd.Timestamp("2025-10-14")
    words.loc[on : on + pd.Timedelta(days=1)] += 2.5  # a dateline
    named = day_words(words)
    assert named.idxmax() == on and float(named.loc[on]) == pytest.approx(2.5)
    assert float(named.loc["2025-10-20"]) == 0.0 and float(named.loc["2025-12-31"]) == 0.0
    weekdays = pd.Series([0.5 if d.weekday() in (1, 2) else 0.0 for d in _DAYS], index=_DAYS)
    assert float(day_words(weekdays).loc["2025-10-14"]) == 0.5  # "on Tuesday": a named day


def _twice() -> Market:
    silver = pd.Series(70.0, index=_DAYS)
    silver.loc["2025-09-08":"2025-09-12"] = 90.0
    silver.loc["2026-01-12":"2026-01-16"] = 90.0
    return Market({"silver": silver})


@pytest.mark.parametrize(
    "text",
    [
        "Silver traded at $90 an ounce.",
        "Silver was changing hands at $90 per ounce in London.",
        "The white metal sits at $90 an ounce, its price chart shows.",
    ],
)
def test_an_unseparated_date_is_reported_as_a_tie(text: str) -> None:
    dated = infer_date(extract_claims(text), _twice())
    assert dated.how == "tied", dated.reasoning
    assert any("nothing in the text separates" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("LONDON, Jan 14 (Wire) - ", "2026-01-14"),
        ("January 14 (Wire) \u2013 ", "2026-01-14"),  # a copy that drops the place
        ("Published: 14/01/2026 09:15 GMT\n", "2026-01-14"),
        ("Wednesday, January 14, 2026\n", "2026-01-14"),
        ("14 January 2026 | Metals\n", "2026-01-14"),
    ],
)
def test_a_printed_date_settles_the_tie(head: str, day: str) -> None:
    dated = infer_date(extract_claims(head + "Silver traded at $90 an ounce."), _twice())
    assert str(dated.date.date()) == day and dated.how != "tied", dated.reasoning


@pytest.mark.parametrize(
    "head",
    [
        "NEW YORK, Jan. 14 (Wire) -- ",
        "SINGAPORE, January 14 - ",
        "Frankfurt, 14 January (agency) - ",
        "Metals rally\nST. LOUIS, Jan 14th \u2014 ",
        "Metals rally\n14 January (agency) - ",
    ],
)
def test_a_wire_dateline_without_a_year_names_the_day(head: str) -> None:
    dated = infer_date(extract_claims(head + "Silver traded at $90 an ounce."), _twice())
    assert dated.date in (pd.Timestamp("2026-01-14"), pd.Timestamp("2026-01-15"))
    assert any("wire dateline" in r for r in dated.reasoning), dated.reasoning


@pytest.mark.parametrize(
    "text",
    [
        "Prices, Jan 14 - silver traded at $90 an ounce.",  # no place of filing
        "Silver traded at $90 an ounce, up from Jan 14 - a quiet day.",
        "Jan 14 - silver traded at $90 an ounce.",  # no place, no agency
        "Silver fell on January 14 (Wire) - and rose at $90 an ounce.",  # not at a line's start
    ],
)
def test_a_day_in_the_running_text_is_no_wire_dateline(text: str) -> None:
    dated = infer_date(extract_claims(text), _twice())
    assert not any("wire dateline" in r for r in dated.reasoning), dated.reasoning


def _spring() -> Market:
    """Silver at $90 in late March 2025 and again in late February 2026 only."""
    days = pd.date_range("2024-06-01", "2026-06-30")
    silver = pd.Series(70.0, index=days)
    silver.loc["2025-03-24":"2025-03-28"] = 90.0
    silver.loc["2026-02-23":"2026-02-27"] = 90.0
    return Market({"silver": silver})


@pytest.mark.parametrize(
    "sentence",
    [
        "Beijing faces higher duties if no deal is reached by March 4.",
        "Importers fear the levy unless talks succeed by March 4.",
        "Washington threatened new tariffs by March 4 at the latest.",
        "The duties, starting March 4, are weighing on sentiment.",
        "Beginning March 4, importers will pay a 25% levy.",
        "The new margin rules take effect on March 4.",
        "A fresh round of levies kicks in on March 4.",
        "The export ban comes into force on March 4.",
    ],
)
def test_a_day_set_ahead_dates_the_article_before_it(sentence: str) -> None:
    dated = infer_date(extract_claims("Silver traded at $90 an ounce. " + sentence), _spring())
    assert pd.Timestamp("2026-02-23") <= dated.date <= pd.Timestamp("2026-03-01"), dated.reasoning
    assert any("is ahead" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    "sentence",
    [
        "Starting March 4, silver rallied for a week.",
        "Silver fell 5% by March 4.",
    ],
)
def test_a_past_day_is_not_set_ahead(sentence: str) -> None:
    dated = infer_date(extract_claims("Silver traded at $90 an ounce. " + sentence), _spring())
    assert not any("is ahead" in r for r in dated.reasoning), dated.reasoning


def _weeks() -> Market:
    """Silver at $90 from a Tuesday to the Thursday of one week in 2025 and again in 2026."""
    silver = pd.Series(70.0, index=_DAYS)
    silver.loc["2025-07-29":"2025-07-31"] = 90.0  # Tuesday .. Thursday
    silver.loc["2026-01-13":"2026-01-15"] = 90.0  # Tuesday .. Thursday
    return Market({"silver": silver})


@pytest.mark.parametrize(
    "sentence",
    [
        "Traders expect the Fed to hold rates later on Wednesday.",
        "The central bank announces its decision later Wednesday.",
        "Markets turn to the policy statement later in the day on Wednesday.",
        "Payroll figures are due later on Wednesday.",
    ],
)
def test_an_event_later_on_a_weekday_dates_the_article_that_day(sentence: str) -> None:
    dated = infer_date(extract_claims("Silver traded at $90 an ounce. " + sentence), _weeks())
    assert dated.date.weekday() == 2, dated.reasoning
    assert any("still to come that day" in r for r in dated.reasoning)


@pytest.mark.parametrize(
    "sentence",
    ["The Fed held rates on Wednesday.", "Lawmakers will debate the bill into Wednesday morning."],
)
def test_a_past_or_overnight_weekday_is_not_later(sentence: str) -> None:
    dated = infer_date(extract_claims("Silver traded at $90 an ounce. " + sentence), _weeks())
    assert not any("still to come" in r for r in dated.reasoning), dated.reasoning


@pytest.mark.parametrize("end", ["2025-11-30", "2025-12-20", "2026-01-10"])
def test_a_day_just_past_a_broad_hint_keeps_its_weekday(end: str) -> None:
    """A weekday named is a named day also within the fortnight after a broad hint ends
    ("after its October peak": the 90 days after October), where the hint fills half of
    the 31 days centred on it; inside the hint the weekday counts alike."""
    stop = pd.Timestamp(end)
    words = pd.Series(0.5 * (stop >= _DAYS), index=_DAYS)
    words[_DAYS.day_of_week.isin([2, 3])] += 0.5  # "on Wednesday": Wednesday or Thursday
    named = day_words(words)
    after = next(d for d in _DAYS if d > stop + pd.Timedelta(days=4) and d.day_of_week == 3)
    inside = next(d for d in _DAYS[::-1] if d < stop - pd.Timedelta(days=20) and d.day_of_week == 3)
    assert float(named.loc[after]) == float(named.loc[inside]) == 0.5
    friday = after + pd.Timedelta(days=1)  # no weekday named: nothing
    assert float(named.loc[friday]) == 0.0
