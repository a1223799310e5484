"""Round-four extraction rules, each tested on several hand-written phrasings of its
class: a move noun after its figure, distances from a past peak, clause-scoped dates."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.anchored import year_anchors, yearless_since_days
from leadwatch.claims.dating import dating_claims, infer_date
from leadwatch.claims.market import Market
from tests.claims.extracted import records as _records


def _moves(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.pct is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spot gold dropped 1.4% to $2,310.20 by midday, after a 3% jump on Tuesday.",
            [("gold", "down", 1.4), ("gold", "up", 3.0)],
        ),
        (
            "Silver slid 2.1% to $31.05, after nearly a 5% surge in the previous session.",
            [("silver", "down", 2.1), ("silver", "up", 5.0)],
        ),
        (
            "Bitcoin climbed 4% on Thursday following a 6% one-day slump on Wednesday.",
            [("btc", "up", 4.0), ("btc", "down", 6.0)],
        ),
        (
            "Gold rose 0.8% in early trade, extending its 2.5% weekly gain.",
            [("gold", "up", 0.8), ("gold", "up", 2.5)],
        ),
        (
            "Ether fell 3% after the 9% rally it posted last week.",
            [("eth", "down", 3.0), ("eth", "up", 9.0)],
        ),
    ],
)
def test_a_move_noun_after_its_figure_gives_that_figure_its_direction(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _moves(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold fell 2% in trading on Friday as gains in the dollar weighed.",
        "Silver dropped 3% to end a run of gains.",
    ],
)
def test_a_noun_that_does_not_follow_the_figure_leaves_the_verb_its_say(text: str) -> None:
    assert [op for _, op, _ in _moves(text)] == ["down"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It is the first time Ether has slipped below the $3,000 level since March 3.",
            [("eth", "low", "since:March 3")],
        ),
        (
            "That marked the first time silver sank under $28 since early May.",
            [("silver", "low", "since:early May")],
        ),
        (
            "It was the first time gold has climbed above $2,500 since the summer of 2024.",
            [("gold", "high", "since:the summer of 2024")],
        ),
        (
            "Bitcoin fell under $90,000 for the first time since April.",
            [("btc", "low", "since:April")],
        ),
    ],
)
def test_first_time_past_a_level_since_a_date_takes_the_side_and_span_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _records(text) == expected


def _btc_two_years() -> Market:
    """Daily closes over 2024-2025: $99,300 through December 2024, $98,000 (1.3% off it) on
    4 November 2025; a peak of $126,210 on 6 October 2025; a dip to $96,000 on 22 June 2025."""
    days = pd.date_range("2024-01-01", "2025-12-31", freq="D")
    close = pd.Series(80_000.0, index=days)
    close["2024-12-01":"2024-12-31"] = 99_300.0
    close["2025-06-22"] = 96_000.0
    close["2025-06-23":"2025-10-31"] = 110_000.0
    close["2025-10-06"] = 126_210.0
    close["2025-11-01":"2025-12-31"] = 105_000.0
    close["2025-11-04"] = 98_000.0
    return Market({"btc": close})


def test_a_price_tied_to_a_day_named_without_a_year_fixes_the_year() -> None:
    text = (
        "Bitcoin traded at $99,300 on Tuesday. Its all-time high of $126,210 was recorded "
        "on Oct. 6."
    )
    day = infer_date(extract_claims(text), _btc_two_years()).date
    assert day.year == 2025  # December 2024 fits the $99,300 better, but Oct. 6 is 2025's


def test_a_record_since_a_day_named_without_a_year_votes_for_the_year() -> None:
    text = "Bitcoin slipped to $99,300. It is the first time it fell below $98,500 since June 22."
    day = infer_date(extract_claims(text), _btc_two_years()).date
    assert day.year == 2025 and day.month == 11


def test_yearless_since_days_needs_the_last_close_beyond_near_the_named_day() -> None:
    held = yearless_since_days(_btc_two_years(), "btc", "low", 6, 22)
    assert bool(held["2025-11-04"])  # lowest since 2025-06-22
    assert not bool(held["2025-11-05"])  # 2025-11-04 was lower: not since June
    assert not held["2024-01-01":"2025-06-22"].any()


def test_a_price_of_a_named_day_is_year_evidence_not_the_article_day() -> None:
    text = "Silver set a record of $71.30 on 14th November. Gold reached $3,400."
    extraction = extract_claims(text)
    anchors = [(c.kind, c.asset, c.level) for c in year_anchors(extraction)]
    assert ("level", "silver", 71.3) in anchors
    assert all(c.asset == "gold" for c in dating_claims(extraction) if c.kind == "level")


def test_a_dateline_wins_over_the_next_day_that_fits_the_prices_a_little_better() -> None:
    days = pd.bdate_range("2026-01-05", "2026-03-31")
    gold = pd.Series(2_500.0, index=days)
    gold["2026-02-10"], gold["2026-02-11"] = 2_960.0, 3_000.0
    text = "Gold prices climb\n\nFeb 10, 2026\n\nSpot gold traded at $3,000 an ounce today."
    dated = infer_date(extract_claims(text), Market({"gold": gold}))
    assert (dated.how, dated.date) == ("printed", pd.Timestamp("2026-02-10"))


@pytest.mark.parametrize(
    ("text", "pct", "level"),
    [
        ("Bitcoin traded about 18 percent lower than its all-time peak of $126,210.", 18.0, 126210),
        ("Gold sits 6% down from its record high of $4,380.", 6.0, 4380.0),
        ("Ether is now 30 per cent lower than its all-time peak.", 30.0, None),
    ],
)
def test_a_sized_distance_below_the_peak_is_a_comparison_with_the_peak(
    text: str, pct: float, level: float | None
) -> None:
    found = [
        (c.op, c.pct, c.level, c.window) for c in extract_claims(text).claims if c.pct is not None
    ]
    assert found == [("below", pct, level, "ref:peak")]


@pytest.mark.parametrize(
    "text",
    [
        "For ether, the drawdown from its record high of $4,950 stands near 45%.",
        "Silver's decline from its record high of $54.40 has been steep.",
    ],
)
def test_the_value_of_a_peak_a_fall_is_measured_from_is_the_record_not_today(text: str) -> None:
    claims = extract_claims(text).claims
    assert not [c for c in claims if c.kind == "level"]  # not today's price
    assert [(c.kind, c.op, c.window) for c in claims if c.level is not None] == [
        ("record", "high", "ever")
    ]


def test_the_evaluator_pairs_a_measurement_whichever_kind_its_label_names() -> None:
    from leadwatch.claims.evaluate import _same_measure
    from leadwatch.claims.model import Claim

    below = Claim(0, "comparison", "btc", "21% below its all-time high", "below", 126.0, 21.0)
    below = replace(below, window="ref:peak")
    assert _same_measure(below, "move") and not _same_measure(below, "level")
    lags = replace(below, window=None, pct=None)  # "bitcoin lags gold": no distance
    assert not _same_measure(lags, "move")
    value = Claim(0, "record", "btc", "all-time high", "high", 126_267.0, window="ever")
    assert _same_measure(value, "level") and not _same_measure(value, "move")
    bare = replace(value, level=None)
    assert not _same_measure(bare, "level")


@pytest.mark.parametrize(
    "tail",
    ["the weakest price so far in 2025.", "a new 2025 low.", "down sharply for 2025 to date."],
)
def test_a_year_the_text_calls_the_current_one_votes_for_that_year(tail: str) -> None:
    text = f"Bitcoin traded at $99,300 on Tuesday, {tail}"
    day = infer_date(extract_claims(text), _btc_two_years()).date
    assert day.year == 2025  # December 2024 fits the price better


@pytest.mark.parametrize(
    ("text", "on"),
    [
        ("Traders await the ECB's July 24 rate decision. Gold rose.", "2025-07-24"),
        ("New tariffs become effective August 1. Gold rose.", "2025-08-01"),
        ("The Fed's June 18 policy meeting looms. Gold rose.", "2025-06-18"),
    ],
)
def test_a_date_naming_a_coming_event_votes_for_the_days_before_it_not_for_it(
    text: str, on: str
) -> None:
    from leadwatch.claims.textdates import text_evidence

    days = pd.date_range("2025-05-01", "2025-08-31")
    votes, _ = text_evidence(extract_claims(text), days)
    score = pd.Series(votes, index=days)
    event = pd.Timestamp(on)
    assert score[event] == 0.0 and score[event + pd.Timedelta(days=1)] == 0.0
    assert score[event - pd.Timedelta(days=3)] > 0.0


def _dated(text: str) -> list[tuple[str, str | None, object, str | None]]:
    return [(c.kind, c.op, c.when, c.window) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Lately, ETH changed hands at $4,310, off 3.1% over the past 24 hours and down by about "
        "6% since climbing above $4,700 after the Fed chair's Friday remarks.",
        "Ether traded at $4,310, down 6% since surging past $4,700 on Friday's jobs data.",
    ],
)
def test_a_day_in_a_since_event_clause_dates_that_event_only(text: str) -> None:
    found = _dated(text)
    assert ("level", "at", None, None) in found  # today's price, not Friday's
    assert [w for k, _, w, _ in found if k == "level"] == [None, ("weekday", 4)]  # the event's
    assert ("percent", "down", None, "peak:since:weekday:4") in found  # from the peak since


@pytest.mark.parametrize(
    "text",
    [
        "Ether is back to its price on the ETF's Dec. 5 launch day, now down more than 15% "
        "since hitting a record high.",
        "Gold touched $2,400 on Monday; it is currently up 3% from last month.",
    ],
)
def test_a_figure_said_of_now_is_not_dated_by_another_clause(text: str) -> None:
    moves = [(c.when, c.window) for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves and all(when is None for when, _ in moves)


def test_a_move_from_the_peak_since_an_event_day_is_measured_from_that_day() -> None:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.records import from_extreme

    days = pd.date_range("2025-08-01", "2025-08-25")
    close = pd.Series(110_000.0, index=days)
    close["2025-08-14"] = 124_000.0  # the record, before the event
    close["2025-08-22"] = 117_000.0  # the event day (a Friday)
    claim = Claim(0, "percent", "btc", "7%", "down", pct=7.0, window="peak:since:weekday:4")
    status, text, _ = from_extreme(claim, pd.Timestamp("2025-08-25"), Market({"btc": close}))
    assert status == "confirmed" and "2025-08-22" in text  # -6.0% from 117,000, not -11%


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Ether changed hands at $3,306 as of 3 p.m. Eastern Time on Wednesday, down 7%.", 1),
        ("Gold was at $2,400 at 9 a.m. ET on Monday, up 1%.", 1),
        ("Gold rose at 10 a.m. The dollar fell 1% later.", 2),  # a real sentence end
    ],
)
def test_a_time_zone_after_a_clock_time_does_not_end_the_sentence(text: str, count: int) -> None:
    from leadwatch.claims.text import split_sentences

    assert len(split_sentences(text)) == count


def test_a_percent_spelled_out_from_24_hours_earlier_after_a_clock_time_is_a_move() -> None:
    text = (
        "Solana aside, ether stood at $2,810 as of 11 a.m. Eastern Standard Time on Friday, off "
        "about 7 percent from 24 hours earlier."
    )
    assert ("eth", "down", 7.0) in _moves(text)


@pytest.mark.parametrize(
    "text",
    [
        "On a year-to-date basis, ether has lost about 15%, while the distance below its "
        "all-time high stands at 45%.",
        "For the year to date, gold is up 12%, while silver's gain since its March low is 20%.",
    ],
)
def test_a_window_phrase_opening_the_sentence_after_a_preposition_is_the_first_figures(
    text: str,
) -> None:
    first = next(c for c in extract_claims(text).claims if c.pct is not None)
    assert first.window == "ytd"


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "In March of 2019, silver was $15. Since then, silver rose to $30, up 100 percent.",
            "since:March 2019",
        ),
        ("Gold hit $1,900 in August 2020. Since then it has gained 40%.", "since:August 2020"),
        (
            "The index bottomed on October 3, 2022. The S&P 500 has added 60% since that day.",
            "since:October 3, 2022",
        ),
        ("Spot bitcoin funds launched in 2024. Since then, bitcoin is up 90%.", "since:2024"),
    ],
)
def test_since_then_windows_a_move_from_the_date_named_before_it(text: str, window: str) -> None:
    (move,) = [c for c in extract_claims(text).claims if c.pct is not None]
    assert move.window == window


@pytest.mark.parametrize(
    "second",
    [
        "At the time of writing, ether is trading just above $3,000, about 6% lower than 24 "
        "hours ago.",
        "Ether is down 6% over the past 24 hours at press time.",
    ],
)
def test_a_sentence_with_its_own_time_takes_no_day_from_the_sentence_before(second: str) -> None:
    text = f"Stocks took a major hit yesterday. {second}"
    assert all(c.when is None for c in extract_claims(text).claims if c.asset == "eth")


def test_a_printed_span_of_days_is_one_date_over_its_days_not_a_yearless_day() -> None:
    from leadwatch.claims.monthdays import month_days
    from leadwatch.claims.printed import printed_dates

    header = "Rates held.\nToday's economic calendar: May 20\u201324, 2025\nRetail sales are due."
    (span,) = printed_dates(header)
    assert (span.iso, span.role, span.after) == ("2025-05-20", "dateline", 4)
    assert month_days(header) == []  # not also "May 20" of any year
    (past,) = printed_dates("Prices swung between May 20-24, 2025 and later.")
    assert past.role == "past"


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Gold hit $2,500 last week.", ("last", "week")),
        ("Silver touched $35 an ounce last month before retreating.", ("last", "month")),
        ("Bitcoin climbed above $100,000 the previous month.", ("last", "month")),
        ("Bitcoin dropped back after it reached $120,000 highs last month.", ("last", "month")),
        ("Bitcoin hit $100,000 levels the previous week.", ("last", "week")),
        ("Silver reached $40 an ounce highs last month.", ("last", "month")),
    ],
)
def test_a_level_of_last_week_or_month_is_placed_there(text: str, when: tuple[str, str]) -> None:
    (level,) = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert level.when == when


def test_a_level_of_last_month_is_graded_on_that_month_not_today() -> None:
    from leadwatch.claims.check import check_claims

    days = pd.bdate_range("2026-01-02", "2026-03-10")
    silver = pd.Series(30.0, index=days)
    silver["2026-02-10"] = 35.2  # touched $35 in February only
    text = "Silver touched $35 last month before retreating to $30."
    march = check_claims(
        extract_claims(text), pd.Timestamp("2026-03-10"), Market({"silver": silver})
    )
    assert [c.status for c in march if c.claim.level == 35.0] == ["confirmed"]
    april = pd.Series(30.0, index=pd.bdate_range("2026-01-02", "2026-04-10"))
    late = check_claims(extract_claims(text), pd.Timestamp("2026-04-10"), Market({"silver": april}))
    assert [c.status for c in late if c.claim.level == 35.0] == ["contradicted"]


@pytest.mark.parametrize(
    "text",
    [
        "January 21, 1980: Gold jumped to a then-high of $850 an ounce.",
        "Gold hit $850 on January 21, 1980, a peak that held for decades.",
    ],
)
def test_a_level_of_a_printed_full_date_is_graded_on_that_date(text: str) -> None:
    from leadwatch.claims.check import check_claims
    from leadwatch.claims.dating import dating_claims

    days = pd.bdate_range("1980-01-02", "1980-03-31").append(
        pd.bdate_range("2025-12-01", "2025-12-22")
    )
    gold = pd.Series(4_400.0, index=days)
    gold["1980-01-02":"1980-03-31"] = 600.0
    gold["1980-01-21"] = 850.0
    extraction = extract_claims(text)
    (level,) = [c for c in extraction.claims if c.kind == "level"]
    assert level.window == "on:1980-01-21"
    assert level not in dating_claims(extraction)  # not the article's day
    checked = check_claims(extraction, pd.Timestamp("2025-12-22"), Market({"gold": gold}))
    assert [c.status for c in checked if c.claim.kind == "level"] == ["confirmed"]


@pytest.mark.parametrize(
    "text",
    [
        "BTC set a record high earlier this week while ETFs gathered $2.4 billion in the week "
        "ending Friday.",
        "Gold funds drew $2 billion in the week to Thursday, while gold hit a record high "
        "this week.",
    ],
)
def test_the_end_day_of_a_named_week_does_not_date_a_claim_of_this_week(text: str) -> None:
    (record,) = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert record.when is None  # checked over the week to the article date


@pytest.mark.parametrize(
    "text",
    [
        "Metals cracked as gold sank close to 10% within a few minutes.",
        "Gold plunged nearly 10% within minutes before recovering.",
    ],
)
def test_a_move_within_minutes_is_the_session_swing_from_high_to_low(text: str) -> None:
    from leadwatch.claims.check import check_claims

    days = pd.bdate_range("2026-01-20", "2026-01-29")
    close = pd.Series(5_300.0, index=days)
    close["2026-01-29"] = 5_400.0  # closed higher: close-to-close says up
    rng = pd.DataFrame({"low": close * 0.995, "high": close * 1.005})
    rng.loc["2026-01-29"] = (5_100.0, 5_590.0)  # -8.8% from the day's high to its low
    market = Market({"gold": close}, ranges={"gold": rng}, fixed=frozenset())
    extraction = extract_claims(text)
    (move,) = [c for c in extraction.claims if c.pct is not None]
    assert "swing" in move.qualifiers
    (checked,) = [c for c in check_claims(extraction, days[-1], market) if c.claim.pct]
    assert checked.status == "confirmed", checked.evidence


def test_an_optional_label_of_one_clause_leaves_the_figure_of_a_required_label_of_another() -> None:
    from leadwatch.claims.check import CheckedClaim
    from leadwatch.claims.evaluate import score_article
    from leadwatch.claims.model import Claim

    text = "Gold bounced back from a steep drop on Monday and was last 1.2% higher at $4,394."
    move = Claim(0, "percent", "gold", "1.2%", "up", pct=1.2)
    checked = [CheckedClaim(move, text, "confirmed", "+1.1% on the session")]
    label = {
        "file": "x.txt",
        "published": "2025-12-30",
        "claims": [  # the optional clause's label first: it must not take the 1.2% move
            {
                "sentence": "Gold bounced back from a steep drop on Monday",
                "asset": "gold",
                "kind": "move",
                "status": "confirmed",
                "claim": "gold sharp fall on 2025-12-29",
                "optional": True,
            },
            {
                "sentence": "was last 1.2% higher at $4,394",
                "asset": "gold",
                "kind": "move",
                "status": "confirmed",
                "claim": "gold +1.2% on 2025-12-30",
            },
        ],
    }
    score = score_article(label, text, checked, [(0, len(text))], "2025-12-30")
    assert [m.status for m in score.matches] == [None, "confirmed"]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "BTC gained as much as 40% on a year-to-date basis by October and then slid.",
            "ytd:to:October",
        ),
        ("Gold was up 30% year to date through September.", "ytd:to:September"),
    ],
)
def test_a_year_to_date_move_by_a_named_month_ends_in_that_month(text: str, window: str) -> None:
    (move,) = [c for c in extract_claims(text).claims if c.pct is not None]
    assert move.window == window


def test_as_much_as_over_a_window_is_its_extreme_not_its_end() -> None:
    from leadwatch.claims.check import check_claims

    days = pd.date_range("2024-12-20", "2025-12-28")
    btc = pd.Series(100_000.0, index=days)
    btc["2025-10-06"] = 139_000.0  # +39% at the October top
    btc["2025-10-07":] = 94_000.0  # and down for the year by December
    text = "BTC gained as much as 40% on a year-to-date basis by October and then slid."
    (checked,) = check_claims(extract_claims(text), days[-1], Market({"btc": btc}))
    assert checked.status == "confirmed" and "2025-10-06" in checked.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Platinum aside, silver skyrocketed 8% to $33 on Friday.", ("silver", "up", 8.0)),
        ("Bitcoin rocketed 6% higher on Monday.", ("btc", "up", 6.0)),
        ("Silver leapt 5% in Tuesday's session.", ("silver", "up", 5.0)),
        ("Ether zoomed 4% on Wednesday.", ("eth", "up", 4.0)),
        ("Ether cratered 9% to $2,100 on Sunday.", ("eth", "down", 9.0)),
        ("Gold sagged 1.2% on Monday.", ("gold", "down", 1.2)),
        ("Bitcoin tanked 7% on Friday.", ("btc", "down", 7.0)),
        ("Gold gave up 1.5% on Tuesday.", ("gold", "down", 1.5)),
        ("Silver skidded 3% on Thursday.", ("silver", "down", 3.0)),
    ],
)
def test_less_common_move_verbs_give_the_move_its_direction(
    text: str, expected: tuple[str, str, float]
) -> None:
    moves = [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves == [expected]


def test_the_scorer_pairs_each_label_with_the_claim_quoting_its_figure() -> None:
    """Two levels of one asset in one sentence, labelled in the other order than found:
    each label takes the claim with its own figure, whichever comes first."""
    from leadwatch.claims.check import CheckedClaim
    from leadwatch.claims.evaluate import score_article
    from leadwatch.claims.model import Claim

    text = "Silver eased to $30 today after touching $35 highs last month."
    today = Claim(0, "level", "silver", "$30", "at", level=30.0)
    past = Claim(0, "level", "silver", "$35", "at", level=35.0)
    checked = [
        CheckedClaim(today, text, "confirmed", "closed at 30.1"),
        CheckedClaim(past, text, "contradicted", "closed at 30.1, not 35"),
    ]

    def label(claim: str, status: str) -> dict[str, str]:
        return {
            "sentence": text,
            "asset": "silver",
            "kind": "level",
            "status": status,
            "claim": claim,
        }

    article = {
        "file": "x.txt",
        "published": "2026-03-10",
        "claims": [
            label("silver ~35 in February", "contradicted"),
            label("silver ~30", "confirmed"),
        ],
    }
    score = score_article(article, text, checked, [(0, len(text))], "2026-03-10")
    assert [m.status for m in score.matches] == ["contradicted", "confirmed"]
    assert all(m.graded_ok for m in score.matches)


@pytest.mark.parametrize(
    "text",
    [
        "Gold eased after touching $3,500 highs last week.",
        "Bitcoin climbed back to the $100,000 area on Tuesday.",
        "Silver hovered at $40 levels for most of the week.",
    ],
)
def test_a_figure_named_as_an_area_is_a_rough_level(text: str) -> None:
    (level,) = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert level.op == "near"
