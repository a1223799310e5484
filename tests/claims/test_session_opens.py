"""A figure said of the open is graded on the day's opening price where the store holds it
(phrasings written for this test)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.market import Market
from leadwatch.claims.opens import said_at_open

DAYS = pd.date_range("2025-01-01", "2025-06-30", freq="D")
DAY = DAYS[-1]


def _market(with_open: bool) -> Market:
    """Bitcoin closes at 100,000 the three days before; the last day opens at 97,000 (-3%) and
    closes at 103,000 (+3%): an open and a close that disagree on the sign."""
    rng = np.random.default_rng(11)
    close = pd.Series(100_000.0 * np.exp(np.cumsum(rng.normal(0, 0.02, len(DAYS)))), index=DAYS)
    close.iloc[-4:-1], close.iloc[-1] = 100_000.0, 103_000.0  # from Friday, a Monday
    frame = pd.DataFrame({"low": close * 0.97, "high": close * 1.03}, index=DAYS)
    frame.loc[DAY, ["low", "high"]] = [96_500.0, 104_000.0]
    if with_open:
        frame["open"] = close.shift(1)
        frame.loc[DAY, "open"] = 97_000.0
    return Market({"btc": close}, {"btc": frame}, {"btc": "Bitcoin, the day's high-low"})


def _graded(text: str, with_open: bool = True) -> list[tuple[str, str]]:
    ex = extract_claims(text)
    checked = check_claims(ex, DAY, _market(with_open))
    return [(c.claim.kind, c.status) for c in checked if c.claim.kind in ("percent", "level")]


@pytest.mark.parametrize(
    "text",
    [
        "Bitcoin opened 3% lower today.",
        "Bitcoin opened the day down 3%.",
        "Bitcoin was down 3% at the open today.",
        "Today bitcoin opened down about 3% before recovering.",
    ],
)
def test_a_move_at_the_open_is_graded_on_the_open(text: str) -> None:
    assert _graded(text) == [("percent", "confirmed")]
    assert _graded(text.replace("lower", "higher").replace("down", "up")) == [
        ("percent", "contradicted")
    ]


def test_a_move_of_the_day_stays_on_the_close() -> None:
    assert _graded("Bitcoin closed 3% higher today after a weak open.") == [
        ("percent", "confirmed")
    ]


@pytest.mark.parametrize(
    "text", ["Bitcoin opened at $97,000 today.", "Today bitcoin opened at around $97,200."]
)
def test_a_price_at_the_open_is_confirmed_on_the_open(text: str) -> None:
    checked = check_claims(extract_claims(text), DAY, _market(True))
    levels = [c for c in checked if c.claim.kind == "level"]
    assert [c.status for c in levels] == ["confirmed"]
    assert "opened at 97,000" in levels[0].evidence


def test_without_an_open_the_moment_is_never_contradicted_on_closes() -> None:
    frame_less = _graded("Bitcoin opened 3% lower today.", with_open=False)
    assert [kind for kind, _ in frame_less] == ["percent"]
    assert all(status != "contradicted" for _, status in frame_less)  # the range allows it


@pytest.mark.parametrize(
    ("sentence", "words", "said"),
    [
        ("Silver opens the week 2% higher", "2% higher", True),
        ("Gold rose 1% at the opening bell", "rose 1%", True),
        ("Gold opened flat but later fell 2%", "fell 2%", False),
        ("The index ended 1% lower", "1% lower", False),
    ],
)
def test_said_at_open(sentence: str, words: str, said: bool) -> None:
    assert said_at_open(sentence, words) is said


def test_a_move_from_a_named_close_to_the_open_is_graded_to_the_open() -> None:
    assert DAY.day_name() == "Monday"
    text = "Bitcoin opened at $97,000 on Monday, down 3% from Friday's close of $100,000."
    ex = extract_claims(text)
    moves = [c for c in ex.claims if c.kind == "percent"]
    assert [c.window[:6] for c in moves if c.window] == ["since:"]
    checked = [c for c in check_claims(ex, DAY, _market(True)) if c.claim.kind == "percent"]
    assert [c.status for c in checked] == ["confirmed"]
    assert "opened at 97,000" in checked[0].evidence
    up = check_claims(extract_claims(text.replace("down 3%", "up 3%")), DAY, _market(True))
    assert [c.status for c in up if c.claim.kind == "percent"] == ["contradicted"]
