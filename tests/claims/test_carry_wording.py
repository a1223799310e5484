"""Assets carried by 'the contract'/'futures'; comparatives after the figure; latest quotes;
forecasts pushed by a verb; 'for the first time in its history'."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _claims(text: str) -> list[tuple[str, str | None, str | None, float | None]]:
    ex = extract_claims(text)
    return [(c.kind, c.asset, c.op, c.pct if c.pct is not None else c.level) for c in ex.claims]


@pytest.mark.parametrize(
    "second",
    [
        "Futures contracts for May delivery gained 2.2% to $33.40.",
        "The most-active contract settled 2.2% higher at $33.40.",
        "Front-month contracts were up 2.2% at $33.40.",
        "Futures for May delivery rose 2.2% to $33.40.",
    ],
)
def test_a_contract_is_the_asset_of_the_sentence_before(second: str) -> None:
    got = _claims("Silver extended its rally on Wednesday. " + second)
    assert ("percent", "silver", "up", 2.2) in got
    assert ("level", "silver", "at", 33.4) in got


@pytest.mark.parametrize(
    ("text", "op"),
    [
        ("Bitcoin shrugged off an early slide and was 3.1% higher at $97,000.", "up"),
        ("Gold rallied at first but closed the session 0.9% lower.", "down"),
        ("Despite a rebound, the dollar index ended 0.4% weaker.", "down"),
    ],
)
def test_a_comparative_after_the_figure_gives_its_direction(text: str, op: str) -> None:
    assert [c[2] for c in _claims(text) if c[0] == "percent"] == [op]


def test_a_latest_quote_is_of_now_not_of_an_earlier_day() -> None:
    ex = extract_claims(
        "Silver bounced back from a steep drop on Friday and was last trading 2.4% higher."
    )
    moves = [c for c in ex.claims if c.kind == "percent"]
    assert [(c.op, c.when) for c in moves] == [("up", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Further inflows could push bitcoin sharply higher.",
        "Rate cuts may send silver lower.",
    ],
)
def test_a_forecast_push_is_no_move(text: str) -> None:
    assert not [c for c in _claims(text) if c[0] == "move"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Copper has climbed above $12,000 for the first time in its history.", "high"),
        ("Ether slid below $900 for the first time in its entire existence.", "low"),
        ("Silver broke $60 for the first time on record.", "high"),
    ],
)
def test_first_time_in_its_history_is_a_record(text: str, side: str) -> None:
    assert [c[2] for c in _claims(text) if c[0] == "record"] == [side]


def test_the_month_may_is_no_hedge() -> None:
    got = _claims("Copper futures for May delivery rose 1.5% to $5.10 a pound.")
    assert ("percent", "copper", "up", 1.5) in got
    assert not [c for c in _claims("Copper may rise 1.5% to $5.10.") if c[0] == "percent"]


@pytest.mark.parametrize(
    ("text", "op", "level"),
    [
        ("Platinum changed hands in excess of $1,600 on Thursday.", "above", 1600.0),
        ("Ether held north of $3,800 through the session.", "above", 3800.0),
        ("Bitcoin slipped south of $60,000 overnight.", "below", 60000.0),
        ("Silver set a record, exceeding $54.20 an ounce.", "above", 54.2),
    ],
)
def test_bound_wordings_are_levels(text: str, op: str, level: float) -> None:
    assert [(c[2], c[3]) for c in _claims(text) if c[0] == "level"] == [(op, level)]
