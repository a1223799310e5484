"""Levels stated plainly and record wordings, each class tested on hand-written phrasings:
copular prices ("Gold is $X"), snapshot bullets ("Gold: $X (+1.2%)"), hedges before a
price ("approximately $X"), a clock time inside a sentence, records broken, records of the
year so far and past ("then-") records."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.records import relative_record
from leadwatch.claims.text import split_sentences
from tests.claims.extracted import records as _records


def _levels(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The price of silver is $33.15 this morning.", [("silver", "at", 33.15)]),
        ("Bitcoin is about $88,400.", [("btc", "at", 88400.0)]),
        ("Meanwhile, platinum was cheap and gold was $1,310 per ounce.", [("gold", "at", 1310.0)]),
        ("The dollar index was 91 in March 2021.", [("dxy", "at", 91.0)]),
        ("Gold prices are now $3,120 an ounce.", [("gold", "at", 3120.0)]),
        ("The 10-year yield was 3.9% on Friday.", [("yield_10y", "at", 3.9)]),
    ],
)
def test_a_price_stated_with_a_copula_is_a_level(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Silver's target is $35.",
        "Its all-time high was $126,000.",
        "The gap between gold and its average is $400.",
        "If bitcoin is $100,000 by June, miners profit.",
    ],
)
def test_a_copula_whose_subject_is_no_asset_gives_no_level(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    ("text", "levels", "moves"),
    [
        ("Gold: $2,650.10 (-0.4%)", [("gold", "at", 2650.1)], [("gold", "down", 0.4)]),
        ("Silver: $30.20 per ounce", [("silver", "at", 30.2)], []),
        (
            "S&P 500: 5,910.30 (+41.20, +0.7%)",
            [("spx", "at", 5910.3)],
            [("spx", "up", 0.7)],
        ),
        ("10-year Treasury yield: 4.21% (+0.05%)", [("yield_10y", "at", 4.21)], []),
    ],
)
def test_a_snapshot_bullet_gives_the_level_and_its_signed_change(
    text: str,
    levels: list[tuple[str, str, float]],
    moves: list[tuple[str, str, float]],
) -> None:
    claims = extract_claims(text).claims
    assert _levels(text) == levels
    percentages = [c for c in claims if c.kind == "percent" and "bp" not in c.qualifiers]
    assert [(c.asset, c.op, c.pct) for c in percentages] == moves
    points = [(c.asset, c.op, c.pct) for c in claims if "bp" in c.qualifiers]
    assert points == ([("yield_10y", "up", 5.0)] if "yield" in text else [])  # a change in points


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ether slid to approximately $2,210 overnight.", ("eth", 2210.0)),
        ("Silver settled at approximately $29.80 on Monday.", ("silver", 29.8)),
        ("Bitcoin traded at some $64,100 late on Friday.", ("btc", 64100.0)),
        ("Gold fell to close to $2,900 on Tuesday.", ("gold", 2900.0)),
    ],
)
def test_a_hedge_word_before_a_price_keeps_the_level(
    text: str, expected: tuple[str, float]
) -> None:
    assert [(a, v) for a, _, v in _levels(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Silver was trading at $31.40 as of 9:15 a.m. EST, up 2.5% on the day.",
        "Gold stood at $2,710 at 10 a.m. ET, up 1.1% from the previous close.",
        "Bitcoin changed hands at $91,200 as of 7 p.m. GMT, down 3% over 24 hours.",
    ],
)
def test_a_clock_time_does_not_end_the_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1
    assert any(c.kind == "percent" and c.asset for c in extract_claims(text).claims)


def test_a_clock_time_before_a_new_sentence_still_ends_it() -> None:
    assert len(split_sentences("Gold rose at 10 a.m. Then it fell back.")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Silver jumped above $40 on Wednesday, breaking prior records.",
        "Gold rallied on Friday, shattering its old highs.",
        "Bitcoin surged overnight, smashing all prior records.",
        "The yellow metal rose 2%, eclipsing previous peaks.",
    ],
)
def test_records_broken_are_a_record_high(text: str) -> None:
    assert [(a, op) for a, op, _ in _records(text)][:1] in (
        [("silver", "high")],
        [("gold", "high")],
        [("btc", "high")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gold could break previous records next year.",
        "Gold rose 2%, setting highs for the session.",
        "Silver climbed, though still short of previous highs.",
        "Copper output topped previous records.",
    ],
)
def test_no_record_broken_without_a_record_said_broken(text: str) -> None:
    assert _records(text) == []


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Ether fell to $1,420, its lowest level so far in 2025.", "since:the start of 2025"),
        ("Silver dropped to its lowest level this year.", "ytd"),
        ("Bitcoin slid to a fresh 2024 low.", "since:the start of 2024"),
        ("Gold touched a year-to-date high on Tuesday.", "ytd"),
        ("The dollar index hit this year's low of 97.1.", "ytd"),
    ],
)
def test_a_record_of_the_year_so_far_is_a_record_since_the_year_started(
    text: str, window: str
) -> None:
    assert [w for _, _, w in _records(text)] == [window]


def test_a_past_year_named_alone_is_no_record_of_this_year() -> None:
    assert all("start of" not in (w or "") for _, _, w in _records("Silver hit its high in 2011."))


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Silver rose to a then-high of $21 on March 3, 2008.", "high"),
        ("In November 2021, bitcoin set a then-record high above $68,000.", "high"),
        ("In March 2020, gold fell to a then-low of $1,470.", "low"),
    ],
)
def test_a_then_record_is_a_record_of_that_past_date(text: str, op: str) -> None:
    found = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.op for c in found] == [op]
    assert found[0].when is not None or (found[0].window or "").startswith("on:")


def test_a_then_record_without_its_date_is_not_read_as_today() -> None:
    text = "Gold later spiked to a then-high of $850."
    assert [c for c in extract_claims(text).claims if c.kind == "record"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold (XAU/USD): $2,650.40", [("gold", "at", 2650.4)]),
        ("Bitcoin \u2013 $97,100 (-1.2%)", [("btc", "at", 97100.0)]),
        ("Silver is worth $31 an ounce.", [("silver", "at", 31.0)]),
        ("Spot gold was at ~$2,650.", [("gold", "at", 2650.0)]),
        ("Silver hit a record-high $50.10.", [("silver", "at", 50.1)]),
    ],
)
def test_more_price_layouts_give_their_level(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _levels(text) == expected


def test_a_clock_time_with_a_named_zone_does_not_end_the_sentence() -> None:
    assert len(split_sentences("Gold was at $2,700 as of 10:15 a.m. Eastern, up 1%.")) == 1


def test_a_record_of_the_year_named_with_of_the_year() -> None:
    text = "Gold posted its highest close of the year on Friday."
    assert [w for _, _, w in _records(text)] == ["ytd"]


@pytest.mark.parametrize(
    "text",
    [
        "Silver was $14 back in 2015.",
        "The price of bitcoin was $69,000 at its 2021 peak.",
        "Bitcoin was some $5,000 below its record.",
        "Gold is $40 above its 50-day average.",
    ],
)
def test_a_copula_figure_of_another_time_or_a_distance_is_no_level_of_today(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "level"] == []


def test_a_copula_figure_of_a_fronted_past_time_is_a_level_of_that_time() -> None:
    """Moved from the test above: the price is no level of today, but of five years back
    (:mod:`tests.claims.test_fronted_anchors`)."""
    found = [c for c in extract_claims("Five years ago, ether was $300.").claims]
    assert [(c.kind, c.level, c.window) for c in found] == [("level", 300.0, "ext::ago:5:year")]


def test_a_copula_level_dated_in_the_sentence_keeps_its_date() -> None:
    found = [c for c in extract_claims("In March 2016, silver was $15.10.").claims]
    assert [(c.kind, c.level, c.when) for c in found] == [("level", 15.1, ("month", (2016, 3)))]


def test_a_copula_in_a_relative_clause_states_the_level() -> None:
    assert _levels("Silver, which is $31 today, rose 1%.") == [("silver", "at", 31.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ether rose to more than $4,000.", [("eth", "above", 4000.0)]),
        ("Bitcoin climbed to upwards of $70,000.", [("btc", "above", 70000.0)]),
        ("Silver traded as high as $33.40 on Monday.", [("silver", "at", 33.4)]),
        ("Gold is worth less than $2,000 an ounce.", [("gold", "below", 2000.0)]),
    ],
)
def test_comparative_amounts_before_a_price_are_levels(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _levels(text) == expected


def test_more_than_before_a_percentage_leaves_the_level_after_it() -> None:
    text = "The VIX has jumped more than 12% to 21 this week."
    assert _levels(text) == [("vix", "at", 21.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold price: $2,650 (\u22120.4%)", ("gold", "down", 0.4)),
        ("Silver: $31.20 | +1.1%", ("silver", "up", 1.1)),
        ("Ether +2.3% at $3,120", ("eth", "up", 2.3)),
    ],
)
def test_a_signed_percentage_is_a_move(text: str, expected: tuple[str, str, float]) -> None:
    moves = [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert moves == [expected]


def test_a_clock_time_before_a_weekday_does_not_end_the_sentence() -> None:
    assert len(split_sentences("Silver was at $31 at 2 p.m. Monday, up 1%.")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Gold eclipsed its previous all-time high on Tuesday.",
        "Silver broke its prior record on Friday.",
    ],
)
def test_a_previous_record_broken_is_a_record(text: str) -> None:
    assert [op for _, op, _ in _records(text)] == ["high"]


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Silver hit its highest-ever price on Monday.", "high"),
        ("Bitcoin fell to its lowest-ever level against gold.", "low"),
        ("Gold entered uncharted territory on Thursday.", "high"),
        ("Palladium climbed to unprecedented levels in early trade.", "high"),
        ("Ether touched never-before-seen heights near $5,000 on Sunday.", "high"),
    ],
)
def test_records_said_without_the_word_record(text: str, op: str) -> None:
    assert [o for _, o, _ in _records(text)] == [op]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin slid to unprecedented levels of volatility.",  # not its price
        "Copper sank to unprecedented levels.",  # a fall: no record high
    ],
)
def test_unprecedented_levels_of_something_else_or_after_a_fall_are_no_record(text: str) -> None:
    assert _records(text) == []


def test_a_price_stated_by_what_an_ounce_costs_is_a_level() -> None:
    assert _levels("An ounce of silver now costs $32.") == [("silver", "at", 32.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver prices on Friday were $31.10.", [("silver", "at", 31.1)]),
        ("Ether's price this morning is $3,050.", [("eth", "at", 3050.0)]),
        ("The gold price as of Thursday was $2,640.", [("gold", "at", 2640.0)]),
        ("Ethereum (ETH) - $3,120", [("eth", "at", 3120.0)]),
        ("Silver: $31.20/oz (-0.8%)", [("silver", "at", 31.2)]),
    ],
)
def test_a_copula_after_a_time_phrase_or_a_bullet_dash_states_the_level(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _levels(text) == expected


def test_a_dash_before_a_distance_is_no_level() -> None:
    assert _levels("Gold - $50 below its record") == []


@pytest.mark.parametrize(
    "text",
    [
        "The record price for platinum is $2,290 an ounce.",
        "The average price of gold in 2023 was $1,940.",
        "Silver gained more than $2 on the week.",
    ],
)
def test_a_copula_after_another_head_noun_or_a_move_in_dollars_is_no_level(text: str) -> None:
    assert _levels(text) == []


def test_a_signed_figure_of_an_indicator_is_no_move() -> None:
    text = "Thursday's GDP (second revision) was cut to +1.4% from +1.9%."
    assert [c for c in extract_claims(text).claims if c.kind == "percent"] == []


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Ether hit a new low for the year on Tuesday.", "ytd"),
        ("Silver set a fresh yearly low.", "ytd"),
        ("Gold touched its weakest level of the year.", "ytd"),
        ("Bitcoin hit a new high for the month.", "mtd"),
    ],
)
def test_a_new_extreme_for_the_year_is_a_record_of_the_year(text: str, window: str) -> None:
    assert [w for _, _, w in _records(text)] == [window]


def test_a_record_high_set_this_year_stays_an_all_time_record() -> None:
    assert [w for _, _, w in _records("Gold hit a record high this year.")] == [None]


def test_a_record_of_the_year_so_far_is_graded_since_the_year_started() -> None:
    days = pd.bdate_range("2024-10-01", "2025-03-31")
    series = pd.Series(100.0, index=days)  # flat last year
    series[series.index >= pd.Timestamp("2025-01-01")] = 90.0
    series.iloc[-1] = 85.0  # this year's low today
    series.loc[pd.Timestamp("2024-11-01")] = 80.0  # lower than today, but last year
    market = Market({"silver": series})
    claim = Claim(0, "record", "silver", "lowest this year", "low", window="ytd")
    assert relative_record(claim, days[-1], market)[0] == "confirmed"
    claim = Claim(0, "record", "silver", "all-time low", "low", window="last:5:year")
    assert relative_record(claim, days[-1], market)[0] == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        "March 3, 2008: Silver rose to a then-high of $21 an ounce.",
        "Silver rose to a then-high of $21 on March 3, 2008.",
    ],
)
def test_a_then_record_of_a_printed_date_is_graded_on_that_date(text: str) -> None:
    days = pd.bdate_range("2007-01-01", "2026-01-30")
    silver = pd.Series(15.0, index=days)
    silver.loc[pd.Timestamp("2008-03-03")] = 21.0  # the record of that day, beaten later
    silver.loc[pd.Timestamp("2011-04-28")] = 48.0
    silver_before = silver.copy()
    silver_before.loc[pd.Timestamp("2008-03-03")] = 14.0  # no record on that day
    found = [c for c in extract_claims(text).claims if c.kind == "record"]
    assert [c.window for c in found] == ["on:2008-03-03"]
    ex = extract_claims(text)
    ok = check_claims(ex, days[-1], Market({"silver": silver}))
    bad = check_claims(ex, days[-1], Market({"silver": silver_before}))
    assert [r.status for r in ok if r.claim.kind == "record"] == ["confirmed"]
    assert [r.status for r in bad if r.claim.kind == "record"] == ["contradicted"]


@pytest.mark.parametrize(
    "text",
    ["Gold: $3,500 in sight", "Ether: $5,000 next?", "Silver - $45 by year-end"],
)
def test_a_headline_target_after_a_colon_is_no_level(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ether slid to its lowest since the start of the year.",
        "Gold is at its highest since the turn of the year.",
        "Silver fell to its weakest since the beginning of this year.",
    ],
)
def test_a_record_since_the_year_started_is_checkable(text: str) -> None:
    assert [w for _, _, w in _records(text)] == ["ytd"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver traded at USD 31.40 per ounce.", [("silver", "at", 31.4)]),
        ("Gold rose to 2,710 USD an ounce.", [("gold", "at", 2710.0)]),
        ("Ether is trading in the region of $3,050.", [("eth", "near", 3050.0)]),
        ("Bitcoin hovered circa $88,000 overnight.", [("btc", "near", 88000.0)]),
        ("Gold: USD 2,650.40", [("gold", "at", 2650.4)]),
    ],
)
def test_prices_in_usd_and_approximate_wordings_are_levels(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    ["The S&P 500 is 2025's best performer.", "The dollar index was 50 years old in 2023."],
)
def test_a_copula_before_a_year_or_an_age_is_no_level(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    ("text", "asset"),
    [
        ("Silver rose as a softer dollar and rate bets drove prices to record highs.", "silver"),
        ("Ether gained while ETF inflows and a weak dollar pushed prices to a record.", "eth"),
    ],
)
def test_prices_a_cause_drives_to_a_record_are_the_topic_s(text: str, asset: str) -> None:
    assert [a for a, _, _ in _records(text)] == [asset]
