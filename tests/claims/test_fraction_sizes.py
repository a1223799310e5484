"""Move sizes written as fractions and number words (issue 15, round 8): "lost a third of
its value", "up roughly a fifth", "half a percent", "one and a half percent"."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


def _sizes(text: str) -> list[tuple[str | None, str | None, float | None]]:
    return [(c.asset, c.op, c.pct) for c in extract_claims(text).claims if c.pct is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bitcoin has lost a third of its value since October.", ("btc", "down", 33.3)),
        ("Ether has shed a quarter of its value this year.", ("eth", "down", 25.0)),
        ("Silver is up roughly a fifth this year.", ("silver", "up", 20.0)),
        ("Bitcoin has lost nearly half its value since its peak.", ("btc", "down", 50.0)),
        ("Gold has gained two-thirds since January.", ("gold", "up", 66.7)),
        ("The dollar index fell half a percent on Monday.", ("dxy", "down", 0.5)),
        ("Gold rose one and a half percent on Friday.", ("gold", "up", 1.5)),
    ],
)
def test_a_fraction_after_a_move_word_is_its_percentage(
    text: str, expected: tuple[str, str, float]
) -> None:
    assert _sizes(text) == [expected]


def test_a_bound_on_a_fraction_is_kept() -> None:
    (claim,) = [c for c in extract_claims("Silver fell more than a fifth in May.").claims]
    assert (claim.pct, claim.qualifiers) == (20.0, ("more",))


@pytest.mark.parametrize(
    "text",
    [
        "Gold posted a third straight weekly gain.",
        "Gold fell in the first half of the year.",
        "Silver rose for a third consecutive session.",
        "Bitcoin rose as a quarter of analysts turned bullish.",
    ],
)
def test_a_fraction_that_counts_something_else_is_no_size(text: str) -> None:
    assert _sizes(text) == []


def test_the_scorer_matches_a_label_to_a_later_copy_of_its_sentence() -> None:
    """A summary line repeated in the body: the label quotes it once, and the claim read
    from the body copy (the summary's dropped as a repeat) is the label's, not spurious."""
    from leadwatch.claims.check import CheckedClaim
    from leadwatch.claims.evaluate import score_article
    from leadwatch.claims.model import Claim

    line = "Gold is up by more than a fifth this year."
    text = f"{line}\n\nBody. {line}"
    body = len(text) - len(line)
    claim = Claim(2, "percent", "gold", "20%", "up", pct=20.0, window="ytd")
    checked = [CheckedClaim(claim, line, "confirmed", "up 22%")]
    lab = {
        "sentence": line,
        "asset": "gold",
        "kind": "move",
        "status": "confirmed",
        "claim": "gold +20% year to date",
    }
    article = {"file": "x.txt", "published": "2025-05-19", "claims": [lab]}
    spans = [(0, len(line)), (len(line) + 2, body - 1), (body, len(text))]
    score = score_article(article, text, checked, spans, "2025-05-19")
    assert [m.status for m in score.matches] == ["confirmed"]
    assert score.spurious == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Silver was up a percent in early trade.", [("silver", "up", 1.0)]),
        ("Bitcoin climbed over a full percent on Tuesday.", [("btc", "up", 1.0)]),
        ("Gold fell a percent as the dollar firmed.", [("gold", "down", 1.0)]),
    ],
)
def test_a_percent_after_a_move_word_is_one(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _sizes(text) == expected


def test_a_percent_of_something_is_no_move_size() -> None:
    assert _sizes("Gold demand rose to a percent of world output.") == []
