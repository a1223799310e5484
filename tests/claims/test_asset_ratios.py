"""The ratio of two assets' prices stated as a level ("the gold/silver ratio near 85"):
found as a comparison of the pair and graded on the ratio of their closes (hand-written
phrasings)."""

from __future__ import annotations

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.check import check_claims
from leadwatch.claims.evaluate import score_article
from leadwatch.claims.market import Market


def _ratios(text: str) -> list[tuple[str | None, str | None, str | None, float | None]]:
    return [
        (c.asset, c.other, c.op, c.level)
        for c in extract_claims(text).claims
        if c.kind == "comparison" and (c.op or "").startswith("ratio:")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The gold/silver ratio slipped to 82 on Tuesday.", ("gold", "silver", "ratio:at", 82.0)),
        (
            "Analysts noted the gold-to-silver ratio sitting near 71:1 today.",
            ("gold", "silver", "ratio:at", 71.0),
        ),
        (
            "The ratio of gold to silver prices climbed above 105 this week.",
            ("gold", "silver", "ratio:above", 105.0),
        ),
        ("The ETH/BTC ratio sank below 0.025 on Friday.", ("eth", "btc", "ratio:below", 0.025)),
    ],
)
def test_a_stated_ratio_is_a_comparison_of_the_pair(
    text: str, found: tuple[str, str, str, float]
) -> None:
    assert _ratios(text) == [found]


def test_the_ratio_alone_takes_the_pair_of_the_sentence_before() -> None:
    text = (
        "Silver's surge squeezed the gold-silver ratio this week. "
        "The ratio closed Wednesday at roughly 88:1, down from the 95:1 area of the spring."
    )
    assert _ratios(text) == [("gold", "silver", "ratio:at", 88.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Over the long run, the gold/silver ratio has typically been near 60.",  # a habit
        "The gold/silver ratio once stood at 16-18:1.",  # a span, no level
        "The gold/silver ratio was at 120 in March 2020.",  # a past month
        "The ratio ended the week near 90:1.",  # no pair named nearby
        "Gold rose 2% to $3,100 while silver gained 1%.",  # no ratio at all
    ],
)
def test_no_ratio_of_the_day(text: str) -> None:
    assert _ratios(text) == []


def _market() -> Market:
    days = pd.bdate_range("2025-03-03", "2025-03-14")
    return Market(
        {
            "gold": pd.Series(3000.0, index=days),
            "silver": pd.Series(33.0, index=days),  # a ratio of 90.9
            "btc": pd.Series(80000.0, index=days),
            "eth": pd.Series(1760.0, index=days),  # 0.022
        }
    )


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The gold/silver ratio stood near 91 on Thursday.", "confirmed"),
        ("The gold-to-silver ratio rose above 90 today.", "confirmed"),
        ("The gold-silver ratio is at 80:1 today.", "contradicted"),
        ("The gold/silver ratio fell below 85 on Wednesday.", "contradicted"),
    ],
)
def test_a_ratio_is_graded_on_the_ratio_of_the_closes(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-14"), _market())
    ratios = [c for c in checked if (c.claim.op or "").startswith("ratio:")]
    assert [c.status for c in ratios] == [status]
    assert "gold/silver ratio" in ratios[0].claim.describe()


def test_a_ratio_matches_a_comparison_label_of_either_asset() -> None:
    text = "A note on metals. The gold-silver ratio sat near 91 on Thursday."
    ex = extract_claims(text)
    checked = check_claims(ex, pd.Timestamp("2025-03-14"), _market())
    spans = [(s.start, s.end) for s in ex.sentences]
    quote = "The gold-silver ratio sat near 91 on Thursday."
    for asset in ("gold", "silver"):
        lab = {"sentence": quote, "asset": asset, "kind": "comparison", "status": "confirmed"}
        label = {"file": "a.txt", "published": "2025-03-14", "claims": [lab]}
        score = score_article(label, text, checked, spans, "2025-03-14")
        assert score.matches[0].graded_ok
        assert score.spurious == ()
    level = {"sentence": quote, "asset": "silver", "kind": "level", "status": "confirmed"}
    label = {"file": "a.txt", "published": "2025-03-14", "claims": [level]}
    assert not score_article(label, text, checked, spans, "2025-03-14").matches[0].found


# Ratios named by a pair of tickers or any dash, read either way up and to their written
# precision, with their figures kept off both assets.


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "With ETH/BTC off 30% this year at 0.031, buyers returned.",
            ("eth", "btc", "ratio:at", 0.031),
        ),
        (
            "The silver\u2011to\u2011gold ratio widened to 84.2 on Monday.",
            ("silver", "gold", "ratio:at", 84.2),
        ),
        ("XAU/XAG eased to 76 on Friday.", ("gold", "silver", "ratio:at", 76.0)),
        ("The ETH/BTC ratio slid to approximately 0.031 today.", ("eth", "btc", "ratio:at", 0.031)),
    ],
)
def test_a_pair_of_tickers_or_any_dash_names_a_ratio(
    text: str, found: tuple[str, str, str, float]
) -> None:
    assert _ratios(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "With ETH/BTC off 30% this year at 0.031, buyers returned.",
        "The gold/silver ratio dropped 4% to 81 on Monday.",
    ],
)
def test_a_ratio_s_figures_are_no_move_of_either_asset(text: str) -> None:
    moves = [c for c in extract_claims(text).claims if c.kind in ("percent", "move")]
    assert all(c.asset not in ("eth", "btc", "gold", "silver") for c in moves)


def test_gold_still_moves_beside_a_ratio() -> None:  # the negative: gold's own figure stays
    claims = extract_claims("Gold rose 2% on Monday and the gold/silver ratio hit 81.").claims
    assert [(c.asset, c.pct) for c in claims if c.kind == "percent"] == [("gold", 2.0)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The silver-to-gold ratio stood at 91 on Friday.", "confirmed"),  # gold over silver
        ("With ETH/BTC down sharply this year at 0.02, buyers returned today.", "confirmed"),
        ("With ETH/BTC down sharply this year at 0.030, buyers returned today.", "contradicted"),
        ("The silver-to-gold ratio stood at 80 on Friday.", "contradicted"),
    ],
)
def test_a_ratio_is_read_either_way_up_to_its_written_precision(text: str, status: str) -> None:
    checked = check_claims(extract_claims(text), pd.Timestamp("2025-03-14"), _market())
    ratios = [c for c in checked if (c.claim.op or "").startswith("ratio:")]
    assert [c.status for c in ratios] == [status]
