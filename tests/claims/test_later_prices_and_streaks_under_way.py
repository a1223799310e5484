"""Prices told after a weekday's move, streaks still under way, and words that are no move.

- A coin that trades around the clock and is said to reach a price on a weekday "before
  easing back to" another may be at that second price on the next UTC day; so may a record
  set "past Saturday midnight".
- A streak of sessions the text says is under way ("on pace for a fifth day of gains")
  counts the article day's session, whatever weekday the sentence also names.
- "Closing in on" a record stands near it. The block-reward "halving" is an event, not a
  fall of half; "N% behind its record high" is a distance from the record, and a small
  figure whose digits end a larger one ("4%" after "154%") is read where it stands.
- A heading's present-tense verb does not reach a weekday in the paragraph below it."""

from __future__ import annotations

import pandas as pd

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.numbers import figure_at
from leadwatch.claims.streakcheck import check_streak
from leadwatch.claims.textdates import text_evidence

#: Saturday 2026-05-02 .. Friday 2026-05-08, a coin trading every day.
WEEK = pd.date_range("2026-05-02", periods=7)


def _coin(closes: list[float], lows: list[float], highs: list[float]) -> Market:
    frame = pd.DataFrame({"low": lows, "high": highs}, index=WEEK)
    return Market({"eth": pd.Series(closes, index=WEEK)}, ranges={"eth": frame})


def test_a_price_after_a_weekdays_peak_may_be_the_next_utc_day() -> None:
    # Monday (05-04) trades 3,000-3,260; Tuesday (05-05) dips to 2,890.
    market = _coin(
        [3000.0, 3010, 3150, 2950, 2960, 2980, 3000],
        [2980.0, 2990, 3000, 2890, 2940, 2950, 2970],
        [3020.0, 3030, 3260, 3160, 2990, 3000, 3020],
    )
    text = "Ether climbed to $3,250 on Monday before easing back to $2,900."
    checked = check_claims(extract_claims(text), WEEK[3], market)
    levels = {c.claim.level: c for c in checked if c.claim.kind == "level"}
    assert levels[3250.0].status == "confirmed"
    assert levels[2900.0].status == "confirmed"
    assert "next day in UTC" in levels[2900.0].evidence
    same = "Ether climbed to $3,250 on Monday and traded at $2,900."  # no later time told
    status = {c.claim.level: c.status for c in check_claims(extract_claims(same), WEEK[3], market)}
    assert status[2900.0] == "contradicted"


def test_a_record_past_a_weekdays_midnight_is_the_next_utc_days() -> None:
    # The record high is on Sunday (05-03) in UTC, not on Saturday.
    market = _coin(
        [2490.0, 3100, 3050, 3040, 3030, 3020, 3010],
        [2480.0, 2490, 3000, 3000, 3000, 3000, 3000],
        [2495.0, 3300, 3100, 3080, 3060, 3050, 3040],
    )
    history = pd.Series(2500.0, index=pd.date_range("2026-03-01", "2026-05-01"))
    closes = pd.concat([history, market.close("eth")])
    ranges = pd.concat([pd.DataFrame({"low": history, "high": history}), market.ranges["eth"]])
    market = Market({"eth": closes}, ranges={"eth": ranges})
    for when, status in (("past Saturday midnight", "confirmed"), ("on Saturday", "contradicted")):
        text = f"Ether set a new record high {when}."
        checked = check_claims(extract_claims(text), WEEK[2], market)
        assert [c.status for c in checked if c.claim.kind == "record"] == [status], when


def _streak(n: int, qualifiers: tuple[str, ...] = ("todate",)) -> Claim:
    return Claim(0, "move", "eth", "on pace for a gain", "up", window=f"streak:D:{n}",
                 qualifiers=qualifiers, when=("weekday", 6))  # fmt: skip


def test_a_session_streak_under_way_counts_the_article_days_session() -> None:
    days = pd.date_range("2026-04-28", periods=11)  # down to 05-02, then up four days
    closes = [14.0, 13, 12, 11, 10, 11, 12, 13, 14, 13.5, 13]
    market = Market({"eth": pd.Series(closes, index=days)})
    # written on Thursday 05-07: four up sessions to Wednesday, the fifth under way
    status, evidence, _ = check_streak(_streak(5), days[-2], market)
    assert status == "confirmed"
    assert "under way" in evidence
    assert check_streak(_streak(6), days[-2], market)[0] == "contradicted"
    # a streak the text does not call under way needs the five sessions themselves
    assert check_streak(_streak(5, ()), days[-2], market)[0] == "contradicted"


def test_the_halving_event_is_no_fall_of_half() -> None:
    for text in (
        "The bitcoin \u2018halving\u2019 is only weeks away now.",
        'Next month bitcoin will go through a so-called "halving" of its block reward.',
        "Bitcoin's halving reduces the reward paid to miners.",
    ):
        assert not [c for c in extract_claims(text).claims if c.pct == 50.0], text
    moves = extract_claims("Ether was halving in value within the quarter.").claims
    assert [(c.asset, c.op, c.pct) for c in moves if c.pct] == [("eth", "down", 50.0)]


def test_a_distance_behind_a_record_and_a_figure_inside_a_larger_one() -> None:
    text = "Ether has gained 124% this year and now sits 4% behind its all-time high."
    claims = extract_claims(text).claims
    compared = [c for c in claims if c.kind == "comparison"]
    assert [(c.op, c.pct, c.window) for c in compared] == [("below", 4.0, "ref:peak")]
    assert [c.pct for c in claims if c.kind == "percent"] == [124.0]  # no "up 4%"
    assert figure_at(text, "4%") == text.index("4% behind")
    assert figure_at("gold rose 0.4%", "4%") == -1


def test_closing_in_on_a_record_stands_near_it() -> None:
    for words in ("is closing in on", "closes in on", "closed in on"):
        text = f"Ether {words} its all-time high."
        records = [c for c in extract_claims(text).claims if c.kind == "record"]
        assert records, words
        assert all("near" in c.qualifiers for c in records), words


def test_a_headings_verb_does_not_date_the_paragraph_below_it() -> None:
    calendar = pd.date_range("2026-05-01", periods=14)
    heading = "Ether trades near its highs\n\nOn Sunday, ether set a record above $5,000."
    _, why = text_evidence(extract_claims(heading), calendar)
    assert not any("present tense" in w for w in why)
    lead = "Ether trades near its highs on Sunday, after a record above $5,000."
    _, why = text_evidence(extract_claims(lead), calendar)
    assert any("present tense" in w for w in why)
