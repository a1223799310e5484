"""A coin's halving named with a possessive is an event; "the digital token" is the last
coin; a ", driven by ..." aside keeps its time to itself; "broke through its 2021 record"
is a record of the day, not restated by a later sentence on the old record's month.

Every text here is written for the test; the markets are synthetic with a planted answer.
"""

from __future__ import annotations

from leadwatch.claims import extract_claims


def test_a_possessive_halving_is_an_event_not_a_fall_of_half() -> None:
    text = "Ether traders eyed the network's halving in May as bitcoin rose 2%."
    assert [c.pct for c in extract_claims(text).claims if c.pct is not None] == [2.0]


def test_the_digital_token_is_the_last_coin_named() -> None:
    text = "Ether rose on Monday. Year to date, the digital token is up 41.2 per cent."
    found = [(c.asset, c.window) for c in extract_claims(text).claims if c.pct == 41.2]
    assert found == [("eth", "ytd")]


def test_a_time_in_a_participle_aside_stays_there() -> None:
    text = (
        "Ether set a record high after climbing past $4,900 on Friday, driven by steady buying "
        "of listed funds and worry (FOMO) about the network upgrade in June."
    )
    record = next(c for c in extract_claims(text).claims if c.kind == "record")
    assert record.when is None  # not June's: the upgrade's month, in the aside


def test_breaking_through_a_past_years_record_is_a_record_of_the_day() -> None:
    text = (
        "Ether has at last broken through its 2021 record high after climbing past $4,900.\n"
        "The coin reached $4,950, above a record high of $4,870 set in November 2021."
    )
    records = [(c.sentence, c.when) for c in extract_claims(text).claims if c.kind == "record"]
    assert (0, None) in records
