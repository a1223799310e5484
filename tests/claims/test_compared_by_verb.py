"""A comparison told by a verb ("outpaced the S&P", "lagged silver", "beat gold") gives the
figures said after its object to the sentence's subject, as "better than" does; a figure
the object owns in a clause of its own ("which rose ...") stays the object's."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Nasdaq outpaced the S&P 500 with a 1.84% climb this week.", "nasdaq"),
        ("Palladium outperformed silver with a 3.1% gain in May.", "palladium"),
        ("The Dow lagged the S&P 500 with a 0.4% rise on Friday.", "dow"),
    ],
)
def test_figure_after_the_compared_object_is_the_subjects(text: str, subject: str) -> None:
    claims = extract_claims(text).claims
    assert [c.asset for c in claims if c.kind == "percent"] == [subject], claims


def test_record_after_the_compared_object_is_the_subjects() -> None:
    text = "The Nasdaq beat the S&P 500 with a 2.2% jump, also closing at a new record high."
    claims = extract_claims(text).claims
    assert [c.asset for c in claims if c.kind == "record"] == ["nasdaq"], claims


def test_figure_in_the_objects_own_clause_stays_the_objects() -> None:
    claims = extract_claims("Bitcoin trailed ether, which jumped 6% on the week.").claims
    assert [c.asset for c in claims if c.kind == "percent"] == ["eth"], claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an adverb of degree between the verb and "than"
            "Ether has risen far more steeply than bitcoin this year.",
            ("eth", "outperforms", "btc", "ytd"),
        ),
        ("Silver has fallen more sharply than gold this month.", ("silver", "lags", "gold", "mtd")),
    ],
)
def test_a_move_compared_by_degree(text: str, expected: tuple[str, str, str, str]) -> None:
    got = [(c.asset, c.op, c.other, c.window) for c in extract_claims(text).claims]
    assert [g for g in got if g[1] in ("outperforms", "lags")] == [expected]


def test_a_comparison_in_a_dashed_aside_keeps_its_own_window() -> None:
    # en dashes set off the aside; its year is the comparison's, the day's fall is Friday's
    text = (
        "Metals slid on Friday, with platinum \u2013 which has climbed much more than gold "
        "this year \u2013 losing 9 per cent."
    )
    claims = extract_claims(text).claims
    assert [(c.asset, c.window) for c in claims if c.kind == "comparison"] == [("platinum", "ytd")]
    assert [(c.asset, c.window) for c in claims if c.kind == "percent"] == [("platinum", "day")]


@pytest.mark.parametrize(
    "text",
    [
        "All three major U.S. indexes ended the week with gains of more than 1%.",
        "On Monday, U.S. equity indices fell about 2% before recovering.",
    ],
)
def test_the_major_indexes_together_are_checked_on_the_sp500(text: str) -> None:
    claims = extract_claims(text).claims
    assert [c.asset for c in claims if c.kind == "percent"] == ["spx"]


def test_a_bare_move_of_the_major_indexes_is_scene_setting() -> None:
    claims = extract_claims("The major U.S. indexes drifted lower in late trading.").claims
    assert list(claims) == []
