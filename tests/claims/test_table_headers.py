"""Table headers of recap notes: a "Metal"/"Coin" label column, weekly extremes, a weekday close."""

from __future__ import annotations

import pytest

from leadwatch.claims.extract import extract_claims


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Coin  Weekly High  Weekly Low  Friday Close\nBTC $99,100 $94,200 $97,800",
            {("btc at $97,800", None)},
        ),
        (
            "Metal | Monthly High | Monthly Low | Close | Weekly Change\n"
            "Silver | $33.10 | $30.05 | $32.40 | -1.2%",
            {("silver at $32", None), ("silver down 1.2%", "week")},
        ),
        (
            "Metals Weekly High Weekly Low Thursday's Close Weekly Change\n"
            "Gold $2,710 $2,640 $2,695 +0.9%",
            {("gold at $2,695", None), ("gold up 0.9%", "week")},
        ),
    ],
)
def test_a_recap_table_gives_its_close_and_weekly_change(
    text: str, said: set[tuple[str, str | None]]
) -> None:
    assert said <= {(c.describe(), c.window) for c in extract_claims(text).claims}
