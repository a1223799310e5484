"""Weekly review tables: a close on a named day ("2024 Close", "Friday Close") is the level
at that close, a feed's futures code names the futures, a glued three-column table is read
with its levels and signed changes told in different decimals, a change stated as a hedged
span is its middle, and a table's rows keep their figures when the prose repeats them
(hand-written phrasings of the class)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims

Read = tuple[str, str | None, float | None, str | None, object]


def _read(text: str) -> list[Read]:
    return [
        (c.kind, c.asset, c.level if c.kind == "level" else c.pct, c.window, c.when)
        for c in extract_claims(text).claims
        if c.kind in ("level", "percent")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Index | 2024 Close | Last | YTD Change\nS&P 500 | 5,881.63 | 5,610.20 | -4.61%\n",
            [
                ("level", "spx", 5881.63, "end:Y:2024", None),
                ("level", "spx", 5610.2, None, None),
                ("percent", "spx", 4.61, "ytd", None),
            ],
        ),
        (
            "Metal | Price | Friday Close | Weekly Change\nSilver | $33.10 | $32.40 | +2.16%\n",
            [
                ("level", "silver", 33.1, None, None),
                ("level", "silver", 32.4, None, ("weekday", 4)),
                ("percent", "silver", 2.16, "week", None),
            ],
        ),
        (  # a yield's close of the year in percent
            "Market | 2023 Close | Latest\n10-year Treasury | 3.88% | 4.02%\n",
            [
                ("level", "yield_10y", 3.88, "end:Y:2023", None),
                ("level", "yield_10y", 4.02, None, None),
            ],
        ),
    ],
)
def test_a_close_on_a_named_day_is_the_level_at_that_close(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative past names no day: a reference column, no claim
            "Index | Prior Week | Last | Weekly Change\nS&P 500 | 5,700.00 | 5,610.20 | -1.58%\n",
            [("level", "spx", 5610.2, None, None), ("percent", "spx", 1.58, "week", None)],
        ),
        (  # a field's "Friday Close" is still the card's level, on its day
            "Gold\nFriday Close: $2,330.50\n",
            [("level", "gold", 2330.5, None, ("weekday", 4))],
        ),
    ],
)
def test_columns_naming_no_day_read_as_before(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


def test_a_rows_futures_code_names_the_futures() -> None:
    text = (
        "Asset | Last | Weekly Change\nGold (GC=F) | $2,410.00 | -1.10%\nSilver | $29.40 | +0.80%\n"
    )
    quals = {c.asset: c.qualifiers for c in extract_claims(text).claims if c.kind == "percent"}
    assert "of_futures" in quals["gold"]
    assert "of_futures" not in quals["silver"]  # no code, no futures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asset/IndexValueYTD\nS&P 5004,980-6.5%\nGold (Spot)$2,390+14.25%\n",
            [
                ("level", "spx", 4980.0, None, None),
                ("percent", "spx", 6.5, "ytd", None),
                ("level", "gold", 2390.0, None, None),
                ("percent", "gold", 14.25, "ytd", None),
            ],
        ),
        (  # one count of decimals throughout: read as ever
            "Market/IndexLastWeekly ChangeYTD Change\nS&P 5005,120.40-0.85%3.10%\n",
            [
                ("level", "spx", 5120.4, None, None),
                ("percent", "spx", 0.85, "week", None),
                ("percent", "spx", 3.1, "ytd", None),
            ],
        ),
    ],
)
def test_a_glued_table_reads_mixed_decimals_by_the_sign(text: str, expected: list[Read]) -> None:
    assert _read(text) == expected


def test_an_unsigned_change_in_other_decimals_is_not_guessed() -> None:
    found = _read("Asset/IndexValueYTD\nS&P 5004,9806.5%\n")  # no sign: no border to cut at
    assert [c for c in found if c[1] == "spx"] == []


def test_a_hedged_span_of_change_is_its_middle() -> None:
    text = (
        "Metal Spot Price Friday Close 1W Change YTD Gain\n"
        "Gold $2,400.00 $2,350.00 +2.13% ~+10-14%\n"
    )
    assert _read(text) == [
        ("level", "gold", 2400.0, None, None),
        ("level", "gold", 2350.0, None, ("weekday", 4)),
        ("percent", "gold", 2.13, "week", None),
        ("percent", "gold", 12.0, "ytd", None),
    ]


def test_a_tables_rows_keep_their_figures_when_the_prose_repeats_them() -> None:
    text = (
        "Stocks Slide While Gold Climbs\n\n"
        "Asset/IndexValueYTD\nS&P 5004,980-6.5%\nGold (Spot)$2,390+14.25%\n\n"
        "The S&P 500 fell 1.2% to 4,980 on the day. Gold rose to $2,390, up 14.25% this year.\n"
    )
    ex = extract_claims(text)
    rows = {ex.sentences[c.sentence].text for c in ex.claims if c.kind in ("level", "percent")}
    assert {"S&P 5004,980-6.5%", "Gold (Spot)$2,390+14.25%"} <= rows
