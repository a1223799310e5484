"""A weekly review that names its week at the top ("during the week of March 9-13") grades
the later figures that refer back to it ("over the week", "over the same period", "a
low of") over that week, not over the seven days to the article's date."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.anchorgrade import anchor_span
from leadwatch.claims.spans import resolve_span
from leadwatch.claims.textdates import text_evidence


def _windows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.kind, c.asset, c.window) for c in extract_claims(text).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Crypto traders had a rough ride during the week of March 9-13, 2026. Over the "
            "week, bitcoin lost 5%.",
            [("percent", "btc", "weekof:March 9")],
        ),
        (
            "This note reviews the week of June 2. Gold climbed 3% during the period. Its "
            "range was wide, with a low of $3,300 and a high of $3,420.",
            [
                ("percent", "gold", "weekof:June 2"),
                ("level", "gold", "ext::wk:June 2"),
                ("level", "gold", "ext::wk:June 2"),
            ],
        ),
        (  # a later sentence comes back to the article's day: no longer the named week
            "Silver was volatile in the week of May 11. Silver rose 4% over the same period. "
            "Today silver is 2% lower.",
            [("percent", "silver", "weekof:May 11"), ("percent", "silver", "day")],
        ),
    ],
)
def test_named_week_carries(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = _windows(text)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(
    "text",
    [
        # no week named at the top: "over the week" stays the week to the article date
        "Bitcoin dropped again. Over the week, bitcoin lost 5%.",
        # "this week" is the article's own week, even after a named one
        "Flows rose in the week of March 2. Bitcoin is down 5% this week.",
    ],
)
def test_no_named_week(text: str) -> None:
    assert all(not (w or "").startswith(("weekof:", "ext::wk:")) for *_, w in _windows(text))


def test_week_spans() -> None:
    day = pd.Timestamp("2026-03-21")
    span = resolve_span("weekof:March 9", day)
    assert span is not None and (str(span[0].date()), str(span[1].date())) == (
        "2026-03-08",
        "2026-03-13",
    )
    days = anchor_span("wk:March 9", day)
    assert days is not None and str(days[0].date()) == "2026-03-09"


_CAL = pd.date_range("2026-03-01", "2026-03-31")


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("Bitcoin slid during the week of March 9-13, 2026. It lost 5%.", "2026-03-13"),
        ("Between March 16-20, 2026 gold gave back 2% as yields rose.", "2026-03-20"),
        ("Silver hit a record on March 12, 2026, then eased.", "2026-03-12"),  # one day
    ],
)
def test_a_past_span_of_days_dates_after_its_end(text: str, latest: str) -> None:
    votes, _ = text_evidence(extract_claims(text), _CAL)
    best = _CAL[votes == votes.max()]
    assert str(best[0].date()) == latest
