"""A level's "last seen" day and a since-anchor at a dated extreme: "a three-month high of
104.6 today, last traded on July 30" is today's level (July 30 is when it was last seen);
"up 4.5% since its recent low on Sept 27" runs from that day, not over Sept 27's session."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.windows import find_windows


def test_a_last_seen_day_is_not_the_levels_day() -> None:
    text = "The dollar index rose to a three-month high today at 104.6, last traded on July 30."
    [level] = [c for c in extract_claims(text).claims if c.kind == "level"]
    assert level.when != ("date", (7, 30))


def test_a_level_on_its_own_day_keeps_it() -> None:
    [level] = [c for c in extract_claims("The dollar traded at 104.6 on July 30.").claims]
    assert level.when == ("date", (7, 30))


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The dollar is up 4.2% since its recent low on Sept. 26.", "its recent low on Sept. 26"),
        (
            "Ether is 9% higher since its most recent low on March 3.",
            "its most recent low on March 3",
        ),
        ("Gold is down 6% since its peak on Oct. 21, 2025.", None),  # "since its peak": the peak
    ],
)
def test_a_dated_extreme_anchors_a_since_window(text: str, anchor: str | None) -> None:
    codes = [code for _, code in find_windows(text)]
    assert (f"since:{anchor}" in codes) if anchor else ("peak" in codes)


def test_the_move_runs_from_that_day() -> None:
    text = "The dollar is up 4.2% since its recent low on Sept. 26."
    [move] = [c for c in extract_claims(text).claims if c.kind == "percent"]
    assert (move.window or "").startswith("since:")
