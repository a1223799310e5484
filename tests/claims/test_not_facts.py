"""Figures and moves that are not the asset's price, each class tested on hand-written
phrasings: quantities of an asset (demand, fees, holdings), an economic indicator heading
its figure, an appetite for an asset, a saying quoted as such, a forecast of a record, and
a fall from a top stated as a noun."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _checked(text: str) -> list[tuple[str, str | None, str | None]]:
    """(kind, asset, op) of the claims that would be graded on prices."""
    return [
        (c.kind, c.asset, c.op)
        for c in extract_claims(text).claims
        if c.kind in ("level", "record", "move", "percent")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Total silver demand (including coins) rose 4% y/y in Q2 to a new high.",
        "Gold demand rose 3% last year.",
        "Bitcoin network fees rose 20% this week.",
        "Gold imports to India jumped 30% in May.",
        "Silver supply fell 2% in the first half.",
    ],
)
def test_a_quantity_of_an_asset_is_not_its_price(text: str) -> None:
    assert _checked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Fed's minutes, released July 9, showed 70% odds of a cut, with inflation at 3.1%.",
        "The Fed held rates as unemployment stood at 4.2% and GDP grew 2.1%.",
        "Treasury yields slipped after the Fed meeting, with core PCE running at 2.8%.",
    ],
)
def test_an_indicator_heading_a_figure_owns_it(text: str) -> None:
    assert [c for c in _checked(text) if c[0] in ("level", "percent")] == []


def test_a_move_after_an_indicator_phrase_is_still_the_assets() -> None:
    text = "Gold hit $3,000 on growth fears and rose 2%."
    assert ("percent", "gold", "up") in _checked(text)


@pytest.mark.parametrize(
    "text",
    [
        "The appeal of holding ether over the euro soared.",
        "Interest in silver surged this spring.",
        "Appetite for gold versus the dollar jumped.",
    ],
)
def test_an_appetite_for_an_asset_is_no_move_of_it(text: str) -> None:
    assert _checked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "For decades, pundits would say things like 'ether rises whenever stocks rise'.",
        "As the old saying goes, bitcoin rises when the dollar falls.",
        "Traders like to say that gold is up when stocks are down.",
    ],
)
def test_a_saying_quoted_as_such_states_no_move(text: str) -> None:
    assert _checked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Our central case is that platinum keeps climbing into record territory over the coming"
        " months.",
        "We think platinum and gold will keep setting records in the coming months.",
    ],
)
def test_a_forecast_record_is_no_record(text: str) -> None:
    assert [c for c in _checked(text) if c[0] == "record"] == []


@pytest.mark.parametrize(
    ("text", "pct"),
    [
        ("Bitcoin slid again. Its retreat from the record of $69,000 now amounts to 40%.", 40.0),
        ("Ether's loss from its December peak now amounts to 35%.", 35.0),
        ("Silver's correction from the record is about 12%.", 12.0),
    ],
)
def test_a_fall_from_a_top_stated_as_a_noun_is_a_move_down(text: str, pct: float) -> None:
    moves = [(c.op, c.pct) for c in extract_claims(text).claims if c.kind == "percent"]
    assert ("down", pct) in moves


@pytest.mark.parametrize(
    "text",
    [
        "Silver surged 8% to surpass a record $52.",
        "Gold surpassed the $4,000 mark on Tuesday.",
        "Bitcoin surpassed its previous record.",
    ],
)
def test_surpassing_a_price_or_a_record_is_no_comparison(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "comparison"] == []


def test_surpassing_another_asset_is_still_a_comparison() -> None:
    found = extract_claims("Silver surpassed gold this year.").claims
    assert [(c.kind, c.asset, c.op) for c in found] == [("comparison", "silver", "outperforms")]


@pytest.mark.parametrize(
    "text",
    [
        "Ether is down 9%, and its slide from the all-time high is about 38%.",
        "The decline from its record high now amounts to 20% for silver.",
        "Bitcoin's pullback from its all-time high is about 25%.",
    ],
)
def test_a_fall_measured_from_a_record_is_no_record_today(text: str) -> None:
    assert [c for c in extract_claims(text).claims if c.kind == "record"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The ether market cap rose 6% this week.",
        "Silver mining stocks rose 4% on Friday.",
        "The cost of producing gold is $1,450 an ounce.",
        "Gold's all-in sustaining cost is $1,390 an ounce.",
    ],
)
def test_market_caps_stocks_and_costs_are_not_the_price(text: str) -> None:
    assert _checked(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On average, silver gained 18% in the 12 months after a first rate cut.",
        "In the last four recessions, gold rose 21% on average.",
        "Bitcoin typically falls 12% when the dollar rallies.",
        "Gold has historically risen an average of 9% in election years.",
        "Ether has a long history of average +35% gains in May.",
        "Silver has averaged annual returns of 14% across past bull markets.",
        "Over two decades, gold averaged gains of 11% in January.",
    ],
)
def test_an_average_of_past_episodes_is_no_move(text: str) -> None:
    assert [c for c in _checked(text) if c[0] == "percent"] == []


def test_a_move_of_today_beside_a_statistic_is_kept() -> None:
    assert ("percent", "gold", "up") in _checked("Gold rose 2% today.")


@pytest.mark.parametrize(
    "text",
    [
        "Since 2012 the median year-end silver rally was close to 5\u20116 %.",
        "While March has seen an average loss of 2.1% since 2015, April has seen average "
        "gains of 14% for bitcoin.",
        "The mean annual return of gold is 7 to 9%.",
    ],
)
def test_an_average_move_named_before_its_figure_is_no_move(text: str) -> None:
    assert [c for c in _checked(text) if c[0] == "percent"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Above its 200-day average, gold gained 3% this week.",
        "Silver fell 4% while the average buyer waited.",
    ],
)
def test_a_move_beside_the_word_average_is_kept(text: str) -> None:
    assert [c[0] for c in _checked(text)] == ["percent"]


@pytest.mark.parametrize(
    "text",
    [
        "A 10% rise in silver would lift miners' margins.",
        "Any 5% drop in ether could trigger liquidations.",
        "Another 3% fall in the dollar index would hurt exporters.",
    ],
)
def test_a_move_only_supposed_is_no_move(text: str) -> None:
    assert [c for c in _checked(text) if c[0] == "percent"] == []


def test_a_move_noun_phrase_of_a_past_day_is_a_move() -> None:
    assert ("percent", "gold", "up") in _checked("A 3% rise in gold on Friday lifted miners.")


@pytest.mark.parametrize(
    "text",
    [
        "Strive, a big ether holder, saw its shares slide 9% on the news.",
        "Firms involved in Bitcoin mining, such as Riot and Cipher, fell 9% and 4%, respectively.",
        "Newmont, the largest gold producer, said its stock rose 5%.",
    ],
)
def test_a_companys_shares_are_not_the_asset_it_is_described_by(text: str) -> None:
    assert [c for c in _checked(text) if c[1] in ("btc", "eth", "gold")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Softer jobs data may extend the run, opening the door to new record highs for silver.",
        "Weak data is paving the way for a new record in silver.",
        "Bitcoin is on track for a new all-time high.",
        "Ether is eyeing new record highs.",
    ],
)
def test_a_record_only_in_view_is_no_record(text: str) -> None:
    assert [c for c in _checked(text) if c[0] == "record"] == []


def test_a_record_reached_is_still_a_record() -> None:
    assert ("record", "gold", "high") in _checked("Gold hit a fresh all-time high on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "When the dollar is down, silver is up.",
        "Whenever equities slump, gold rallies.",
        "If ether is up, bitcoin usually rises too.",
    ],
)
def test_a_rule_in_the_present_states_no_move(text: str) -> None:
    assert [c for c in _checked(text) if c[0] == "move"] == []


@pytest.mark.parametrize(
    "text",
    ["When the Fed cut rates on Wednesday, gold rose.", "Gold rallied when the dollar weakened."],
)
def test_a_past_move_with_when_is_still_a_move(text: str) -> None:
    assert ("move", "gold", "up") in _checked(text)
