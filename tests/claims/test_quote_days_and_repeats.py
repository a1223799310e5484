"""Which day a figure is of. A wire story stamped in New York's evening quotes the
exchanges' evening session (the next day's futures bar): its prices hold on that bar when
the closed session's data contradict them, also the figures under the stamp that print no
time of their own. A weekday's extreme ("above Thursday's low") dates that extreme, and a
day after a compared figure that figure, not the sentence's other figures. A relative
record set "recently" or "earlier this week" is read over the days before the article.
Summary bullets keep their claims beside the body's; dating counts them once."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.dating import claim_days
from leadwatch.claims.datingclaims import dating_claims
from leadwatch.claims.datingcontracts import contract_votes
from leadwatch.claims.datingholidays import holiday_votes
from leadwatch.claims.market import Market
from leadwatch.claims.text import find_when_at

_THURSDAY, _FRIDAY = pd.Timestamp("2026-02-05"), pd.Timestamp("2026-02-06")


def _metals() -> Market:
    days = pd.DatetimeIndex([pd.Timestamp("2026-02-04"), _THURSDAY, _FRIDAY])
    gold = pd.Series([4950.0, 4850.0, 4950.0], index=days)  # the noon fixes
    silver = pd.Series([85.0, 78.7, 74.9], index=days)
    gold_bar = pd.DataFrame({"low": [4900.0, 4790.0, 4655.0], "high": [5050.0, 5010.0, 4960.0]})
    silver_bar = pd.DataFrame({"low": [82.0, 71.1, 68.7], "high": [90.0, 88.4, 77.3]})
    return Market(
        {"gold": gold, "silver": silver},
        {"gold": gold_bar.set_axis(days), "silver": silver_bar.set_axis(days)},
    )


def _levels(stamp: str) -> list[str]:
    text = (
        "Metals slide in Asia\n\nKey Points\n\n"
        f"\u2022 Spot gold fell 3% to $4,700 an ounce by {stamp}.\n"
        "\u2022 Spot silver dropped 9% to $69.40 an ounce.\n"
    )
    checked = check_claims(extract_claims(text), _THURSDAY, _metals())
    return [c.status for c in checked if c.claim.kind == "level"]


@pytest.mark.parametrize("stamp", ["19:56 ET (00:56 GMT)", "8:15 p.m. EST", "2110 ET"])
def test_prices_under_an_evening_stamp_hold_on_the_next_bar(stamp: str) -> None:
    assert _levels(stamp) == ["confirmed", "confirmed"]


@pytest.mark.parametrize("stamp", ["1:30 p.m. ET", "0130 GMT"])
def test_prices_of_the_day_session_stay_on_their_day(stamp: str) -> None:
    assert _levels(stamp) == ["contradicted", "contradicted"]


@pytest.mark.parametrize(
    ("sentence", "figure", "when"),
    [
        ("Silver slid 2% to $69.40 and held above Thursday's low near $63.", "$69", None),
        ("Silver slid 2% to $69.40 and held above Thursday's low near $63.", "$63", 3),
        ("Ether sank to $2,010, under Monday's intraday low of $2,050.", "$2,050", 0),
        ("Ether sank to $2,010, under Monday's intraday low of $2,050.", "$2,010", None),
        ("Silver was down 9% in Monday's session.", "9%", 0),  # the session is the sentence's
    ],
)
def test_a_weekdays_extreme_dates_its_own_figure(sentence: str, figure: str, when: int) -> None:
    found = find_when_at(sentence, sentence.index(figure))
    assert found == (None if when is None else ("weekday", when))


_REPEATED = (
    "Ether steadies\n\nHighlights\n\n\u2022 Ether rose 4% to $2,480 on Tuesday.\n"
    "\u2022 Trading volume thinned.\n\nCrypto desks were calm. "
    "Buyers returned on Tuesday, and ether climbed 4% to $2,480.\n"
)


def test_a_bullet_keeps_its_claims_beside_the_bodys() -> None:
    ex = extract_claims(_REPEATED)
    levels = [c.sentence for c in ex.claims if c.kind == "level" and c.level == 2480.0]
    assert len(levels) == 2 and levels[0] < levels[1]


def test_dating_counts_a_bullets_repeat_once() -> None:
    ex = extract_claims(_REPEATED)
    levels = [c for c in dating_claims(ex) if c.kind == "level" and c.level == 2480.0]
    assert len(levels) == 1
    assert levels[0].sentence == max(c.sentence for c in ex.claims if c.level == 2480.0)


@pytest.mark.parametrize(
    ("sentence", "figure", "when"),
    [
        ("Gold jumped to $3,644 an ounce against $3,589 on Friday.", "$3,644", None),
        ("Gold jumped to $3,644 an ounce against $3,589 on Friday.", "$3,589", 4),
        ("Ether rose to $2,480, compared with $2,300 on Monday.", "$2,480", None),
        ("Ether rose to $2,480 on Tuesday, compared with $2,300 a week ago.", "$2,480", 1),
    ],
)
def test_a_day_after_a_compared_figure_is_that_figures(
    sentence: str, figure: str, when: int | None
) -> None:
    found = find_when_at(sentence, sentence.index(figure))
    assert found == (None if when is None else ("weekday", when))


def test_a_relative_record_set_recently_is_read_over_the_days_before() -> None:
    days = pd.bdate_range("2025-06-02", "2026-01-30")
    dxy = pd.Series(100.0, index=days)
    dxy.loc["2026-01-27"] = 95.5  # the low of years, on Tuesday
    dxy.loc["2026-01-28":] = 96.5  # back above it by Friday
    m = Market({"dxy": dxy})
    for text, status in [
        ("The dollar index, which recently sank to a six-month low, firmed.", "confirmed"),
        ("The dollar index hit a six-month low earlier this week.", "confirmed"),
        ("The dollar index hit a six-month low.", "contradicted"),  # said of the day
    ]:
        checked = check_claims(extract_claims(text), pd.Timestamp("2026-01-30"), m)
        assert [c.status for c in checked if c.claim.kind == "record"] == [status], text


def test_the_previous_session_of_an_evening_story_is_the_day_just_closed() -> None:
    text = (
        "Metals slide in Asia\n\nSpot gold fell 3% to $4,700 an ounce by 19:56 ET. "
        "Silver had lost 9% the previous session."
    )
    evening = [c.when for c in extract_claims(text).claims if c.pct == 9.0]
    assert evening == [None]  # the US session of the article's own day
    morning = text.replace("19:56 ET", "09:56 ET")
    assert [c.when for c in extract_claims(morning).claims if c.pct == 9.0] == [("yesterday", 1)]


def test_a_clause_after_a_colon_keeps_its_own_time() -> None:
    s = (
        "Ether's climb to a record $4,950 last week looks to be fading as buyers tire: "
        "It slid 6% on Tuesday."
    )
    claims = extract_claims("Ether is up this year. " + s).claims
    by_figure = {c.level or c.pct: (c.when, "last_week" in c.qualifiers) for c in claims}
    assert by_figure[4950.0] == (("last", "week"), False)  # last week's, not Tuesday's
    assert by_figure[6.0] == (("weekday", 1), False)  # this week's Tuesday


def test_a_holiday_in_a_sentence_naming_a_year_is_that_years() -> None:
    days = pd.date_range("2025-12-15", "2026-01-10")
    old = "In 1979 prices doubled between Christmas Eve and the first session of 1980."
    votes, why = holiday_votes(old, days)
    assert not votes.any(), why
    assert holiday_votes("Dealers went quiet ahead of Christmas.", days)[0].any()


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Bitcoin eased after hitting a new record of nearly $126,000 on Monday.", "near"),
        ("Ether climbed to almost $4,900 before sellers stepped in.", "near"),
        ("Ether climbed to $4,900 before sellers stepped in.", "at"),
    ],
)
def test_a_price_reached_nearly_is_read_near_it(text: str, op: str) -> None:
    assert [c.op for c in extract_claims(text).claims if c.kind == "level"] == [op]


def test_a_record_named_in_a_past_price_is_a_record_of_that_time() -> None:
    text = "Silver reached an all-time high of $54.47 per ounce last month, driven by solar demand."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.window for c in records] == ["past:month"]
    days = pd.date_range("2025-07-01", "2025-11-30")
    silver = pd.Series(40.0, index=days)
    silver.loc["2025-07-01"] = 50.0  # the high to beat
    silver.loc["2025-10-15"] = 54.47  # the record, in October
    silver.loc["2025-10-16":] = 48.0
    m = Market({"silver": silver})
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-11-20"), m)
    assert [c.status for c in checked if c.claim.kind == "record"] == ["confirmed"]
    held = claim_days(records[0], m, days)
    assert held["2025-11-20"] and not held["2025-10-20"] and not held["2025-09-20"]


def test_a_first_time_in_a_markets_session_is_a_first_ever_crossing() -> None:
    text = "Gold surpasses $3,700 an ounce for the first time in US trading."
    records = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [(c.level, "first_ever" in c.qualifiers) for c in records] == [(3700.0, True)]


def test_a_contracts_month_is_no_time_of_its_figures() -> None:
    text = (
        "A silver contract for delivery in May 2026 set a fresh all-time high, "
        "rising to $75.20 an ounce."
    )
    claims = extract_claims(text).claims
    assert {c.when for c in claims} == {None}, claims
    assert extract_claims(text).periods == ()


def test_a_contract_for_delivery_in_a_month_of_a_year_dates_the_months_before() -> None:
    days = pd.to_datetime(["2025-03-10", "2026-03-10", "2026-05-20", "2026-12-10"])
    text = "A copper contract for delivery in May 2026 rose to $5.10."
    votes, why = contract_votes(text, days)
    assert votes.tolist() == [0.0, 0.5, 0.5, 0.0], why


def test_the_digital_currency_carries_the_last_coin() -> None:
    text = "Bitcoin slid again. The digital currency was down 14% on Friday, trading at $62,900."
    assert {c.asset for c in extract_claims(text).claims} == {"btc"}
    mixed = "Bitcoin rose. Gold gained 1%. The digital currency was down 3%."
    assert [(c.asset, c.pct) for c in extract_claims(mixed).claims if c.pct == 3.0] == [
        ("btc", 3.0)
    ]


def test_a_fall_through_a_price_dates_the_days_it_went_through() -> None:
    days = pd.date_range("2026-01-01", "2026-03-31")
    btc = pd.Series(90_000.0, index=days)
    btc.loc["2026-02-01":] = 75_000.0  # through $80,000 on 1 February, below ever since
    m = Market({"btc": btc})
    fell = [c for c in extract_claims("Bitcoin slipped below the $80,000 mark.").claims]
    assert [c.qualifiers for c in fell] == [("crossed_down",)]
    held = claim_days(fell[0], m, days)
    assert held["2026-02-01"] and held["2026-02-05"] and not held["2026-03-10"]
    below = extract_claims("Bitcoin stays below the $80,000 mark.").claims
    assert claim_days(below[0], m, days)["2026-03-10"]  # a level below it: any such day


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Silver futures rose 2% on Tuesday. The March contract is up $0.80 to $71.95 and "
            "the spot price is $72.13.",
            {("silver", 71.95), ("silver", 72.13)},
        ),
        ("Ether rose to $2,480 and the spot price was $2,475.", {("eth", 2480.0), ("eth", 2475.0)}),
        ("Ether rose to $2,480 and the average price is $2,300.", {("eth", 2480.0)}),
    ],
)
def test_a_contract_and_a_later_price_clause_name_the_sentences_asset(
    text: str, levels: set[tuple[str, float]]
) -> None:
    found = {(c.asset, c.level) for c in extract_claims(text).claims if c.kind == "level"}
    assert found == levels


def test_a_rise_after_a_slump_from_records_tells_the_recent_record() -> None:
    text = "Ether and bitcoin climbed after a sharp slide from fresh all-time highs."
    records = sorted((c.asset, c.window) for c in extract_claims(text).claims if c.kind == "record")
    assert records == [("btc", "past:lately"), ("eth", "past:lately")]
    moves = [c.op for c in extract_claims(text).claims if c.kind == "move"]
    assert moves == ["up", "up"]


def test_a_figure_in_spot_gold_for_the_same_period_is_golds_over_that_window() -> None:
    text = (
        "Silver fell 8% in the past three weeks. Spot silver shows a 90% gain for the year, "
        "against about 50% gains posted in spot gold over the same period."
    )
    moves = {c.pct: (c.asset, c.window) for c in extract_claims(text).claims if c.kind == "percent"}
    assert moves[90.0] == ("silver", "ytd")
    assert moves[50.0] == ("gold", "ytd")  # its sentence's window, not the one before
