"""A move "since <weekday>" reads every day of the week, the weekend's too ("since Sunday",
"since last Saturday", "since Sunday's open"): from the close before that day (or from
that day's close when it says so), up to the article's day."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims.check import check_claims
from leadwatch.claims.extract import extract_claims
from leadwatch.claims.market import Market
from leadwatch.claims.windows import find_windows, resolve_window

DAY = pd.Timestamp("2025-10-01")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Bitcoin has jumped more than 8% since Sunday.", "2025-09-27"),
        ("BTC is up 8% since Sunday's open, traders said.", "2025-09-27"),
        ("Bitcoin has added 8% since Sunday's close.", "2025-09-28"),
        ("Ether has gained 9% since last Saturday.", "2025-09-26"),
        ("The token, higher by 8% since Saturday, leads the majors.", "2025-09-26"),
        ("Gold has advanced 3% since Monday.", "2025-09-28"),
        ("Silver has slipped 1% since last Friday.", "2025-09-25"),
    ],
)
def test_since_any_weekday_is_read(text: str, start: str) -> None:
    codes = [code for _, code in find_windows(text) if code.startswith("since:")]
    assert codes, text
    found = resolve_window(codes[0], DAY)
    assert found is not None and found[0] == pd.Timestamp(start), found


def test_since_sunday_is_graded_over_those_days(market: Market) -> None:
    text = "Crypto rebounds\n\nBitcoin has spiked more than 7% since Sunday."
    checked = check_claims(extract_claims(text), DAY, market)
    mine = [c for c in checked if c.claim.asset == "btc" and c.claim.kind == "percent"]
    assert mine and mine[0].status == "confirmed", [(c.claim, c.evidence) for c in mine]


@pytest.mark.parametrize(
    "text", ["Bitcoin rose 2% on Sunday.", "Bitcoin has traded near $110,000 on Sunday."]
)
def test_a_day_named_without_since_is_no_window(text: str) -> None:
    assert not [code for _, code in find_windows(text) if code.startswith("since:")]
