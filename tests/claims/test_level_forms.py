"""Level claims in forms the level rules missed: thousands grouped with apostrophes
("$71'500"), index closes listed in order with no sign ("ended near 6,110 and 19,540"),
the value cell of a headerless key-value row ("| Gold Spot | $3,905.00/oz — ..."), a tilde
for "about" ("at ~4.37%"), a month's move to a price ("April's rally to $3,400") and a past
time a "when" clause tells of ("gains from early 2025, when ether hit $3,900")."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims

Level = tuple[str | None, str | None, float | None]


def _levels(text: str) -> list[Level]:
    return [(c.asset, c.op, c.level) for c in extract_claims(text).claims if c.kind == "level"]


def _windows(text: str) -> list[tuple[str | None, float | None, str | None]]:
    found = extract_claims(text).claims
    return [(c.asset, c.level, c.window) for c in found if c.kind == "level"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin climbed to over $71'500 on Tuesday.", [("btc", "above", 71500.0)]),
        ("Ether traded at $2\u2019480 by the close.", [("eth", "at", 2480.0)]),
        ("Bitcoin hit $1'250'000 in the model.", [("btc", "at", 1250000.0)]),
    ],
)
def test_apostrophe_groups_are_thousands(text: str, expected: list[Level]) -> None:
    assert _levels(text) == expected


def test_an_apostrophe_that_groups_nothing_stays() -> None:
    assert _levels("In the 90's gold was cheap and he stood 5'10 tall.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The S&P 500 and Nasdaq ended the day near 6,110 and 19,540, off 1.8% and 2.1%.",
            [("spx", "near", 6110.0), ("nasdaq", "near", 19540.0)],
        ),
        (
            "The S&P 500 and the Dow finished the week at 6,110 and 44,210.",
            [("spx", "at", 6110.0), ("dow", "at", 44210.0)],
        ),
    ],
)
def test_listed_index_closes_go_in_order(text: str, expected: list[Level]) -> None:
    assert _levels(text) == expected


def test_listed_years_are_no_levels() -> None:
    assert _levels("The S&P 500 and the Dow gained in 2023 and 2024.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("| Gold Spot (XAU/USD) | $3,905.00/oz (down about $41) |", [("gold", "at", 3905.0)]),
        (
            "| 10-Year Treasury Yield | ~4.37% \u2014 firm; a weight on gold |",
            [("yield_10y", "near", 4.37)],
        ),
        ("| DXY (US Dollar Index) | 99.10 \u2014 near a low |", [("dxy", "at", 99.1)]),
    ],
)
def test_a_key_value_row_states_a_level(text: str, expected: list[Level]) -> None:
    assert _levels(text) == expected


def test_a_rate_cell_is_no_move() -> None:
    found = extract_claims("| 10-Year Treasury Yield | ~4.37% \u2014 firm on repricing |")
    assert [c.kind for c in found.claims] == ["level"]


@pytest.mark.parametrize(
    "text",
    [
        "| S&P 500 (SPY) | $610.20 (down $1.10) |",  # the fund's price, not the index's
        "| Gold/Silver Ratio | 81.0:1 \u2014 high |",  # two series
        "| Bitcoin | 12 ETFs approved |",  # a count beside a price series
    ],
)
def test_a_row_quoted_unlike_its_series_states_no_level(text: str) -> None:
    assert _levels(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 10-year yield ended the week at ~4.37%.", [("yield_10y", 4.37, "end:W")]),
        ("Gold traded at ~$3,310 an ounce.", [("gold", 3310.0, None)]),
    ],
)
def test_a_tilde_reads_as_about(text: str, expected: list[tuple[str, float, str | None]]) -> None:
    assert _windows(text) == expected


def test_a_tilde_move_stays_a_move() -> None:
    found = extract_claims("Gold rose ~2% on the day.").claims
    assert [(c.kind, c.pct) for c in found] == [("percent", 2.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Silver is pausing after March's sharp climb to $34.",
            [("silver", 34.0, "ext::mon:3:0:")],
        ),
        (
            "Gold's picture is calm after April's explosive rally to $3,400.",
            [("gold", 3400.0, "ext::mon:4:0:")],
        ),
        (
            "The slump wiped out gains from early 2025, when ether briefly hit $3,900, and more.",
            [("eth", 3900.0, "ext::year:2025:early")],
        ),
        (
            "Silver has held up since late 2024, when it hit $30.",
            [("silver", 30.0, "ext::year:2024:late")],
        ),
    ],
)
def test_a_past_time_before_the_price_dates_it(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _windows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gold's rally to $3,400 was sharp.",  # no month: the article's day
        "April's jobs report showed 120,000 new jobs.",  # no price
    ],
)
def test_no_past_time_no_past_window(text: str) -> None:
    assert all(w is None for _, _, w in _windows(text))


def test_a_part_of_a_year_spans_its_third() -> None:
    import pandas as pd

    from leadwatch.claims.anchorgrade import anchor_span

    span = anchor_span("year:2025:early", pd.Timestamp("2025-09-01"))
    assert span is not None
    assert (span[0], span[1], span[2]) == (
        pd.Timestamp("2025-01-01"),
        pd.Timestamp("2025-04-30"),
        "early 2025",
    )
