"""Streaks told without a count ("a multi-session losing streak": at least two sessions)
and a streak matched against a label of kind ``other``, the kind the labels give a run
of up or down periods (a plain move is no match for it)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.evaluate import score_article
from leadwatch.claims.market import Market


@pytest.mark.parametrize(
    ("text", "asset", "op", "window"),
    [
        (
            "Copper aside, gold extended a multi-session losing streak.",
            "gold",
            "down",
            "streak:D:2",
        ),
        ("Silver is riding a multiday winning streak.", "silver", "up", "streak:D:2"),
        ("The dollar index is in a multi-week losing run.", "dxy", "down", "streak:W:2"),
    ],
)
def test_a_multi_period_streak_counts_two(text: str, asset: str, op: str, window: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind == "move"]
    assert [(c.asset, c.op, c.window) for c in moves] == [(asset, op, window)]


def test_a_multi_year_rally_is_no_streak() -> None:
    claims = extract_claims("Bitcoin extended its multi-year bull run.").claims
    assert not [c for c in claims if (c.window or "").startswith("streak:")]


def _market() -> Market:
    days = pd.bdate_range("2025-02-03", periods=10)
    closes = pd.Series([100.0 + i for i in range(10)], index=days)
    return Market({"spx": closes}, {})


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A note. The S&P 500 has gained for four sessions in a row.", True),
        ("A note. The S&P 500 gained on Friday.", False),
    ],
)
def test_a_streak_matches_an_other_label(text: str, found: bool) -> None:
    ex = extract_claims(text)
    checked = check_claims(ex, pd.Timestamp("2025-02-14"), _market())
    spans = [(s.start, s.end) for s in ex.sentences]
    quote = text.removeprefix("A note. ")
    lab = {"sentence": quote, "asset": "spx", "kind": "other", "status": "confirmed"}
    label = {"file": "a.txt", "published": "2025-02-14", "claims": [lab]}
    assert score_article(label, text, checked, spans, "2025-02-14").matches[0].found is found
