"""An earlier price quoted beside a level ("against $2,890 the previous day", "up from 106.9
the day before", "and $2,170 a year earlier") is a level of the same asset on that earlier
day: the day before the first level's day, or that far back from the article's day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market


def _gold() -> Market:
    """Gold at 2,170 in the first half of 2024, 2,600 after, 2,890 on 6 March 2025 and
    2,912 from 7 March 2025."""
    close = pd.Series(2_170.0, index=pd.bdate_range("2024-01-01", "2025-03-10"))
    close.loc["2024-07-01":] = 2_600.0
    close.loc["2025-03-06"] = 2_890.0
    close.loc["2025-03-07":] = 2_912.0
    return Market({"gold": close})


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        (
            "Gold was quoted at $2,912 on 7 March, against $2,890 the previous day and "
            "$2,170 a year earlier.",
            ["confirmed"] * 3,
        ),
        (
            "A feed lists gold at 2,912.40 USD for 7 March, compared with 2,889.50 USD a day "
            "earlier.",
            ["confirmed"] * 2,
        ),
        (
            "Gold was quoted at $2,912 on 7 March, against $2,700 the previous day.",
            ["confirmed", "contradicted"],
        ),
    ],
)
def test_earlier_quotes_are_levels_of_their_days(text: str, statuses: list[str]) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-10"), _gold())
    assert [c.status for c in checked] == statuses, [c.evidence for c in checked]


def test_a_figure_of_a_named_weekday_is_a_level_of_that_day() -> None:
    ex = extract_claims("Gold was at $2,912 on Friday, against $2,890 on Thursday.")
    levels = [(c.level, c.when) for c in ex.claims if c.kind == "level"]
    assert levels == [(2912.0, ("weekday", 4)), (2890.0, ("weekday", 3))]
    dollars = "Gold climbed to 2,912.40 dollars an ounce against 2,889.50 dollars on Thursday."
    assert [(c.level, c.when) for c in extract_claims(dollars).claims][-1] == (
        2889.5,
        ("weekday", 3),
    )


def test_the_first_level_keeps_its_own_day() -> None:
    ex = extract_claims("The dollar index stood at 107.4, up from 106.9 the day before.")
    assert [(c.level, c.when) for c in ex.claims] == [(107.4, None), (106.9, ("yesterday", 1))]
