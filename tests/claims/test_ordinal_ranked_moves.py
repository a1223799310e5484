"""A session's move ranked below the top ("its second-biggest leap ever", "the 3rd-largest
daily drop since 2022"): a record of the move carrying ``rank:N``, graded as having exactly
``N - 1`` sessions of the span that moved further; ranked weeks or levels stay unread."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.extremes import check_move_record
from leadwatch.claims.market import Market


def _ranked(text: str) -> list[tuple[str | None, str | None, str | None, tuple[str, ...]]]:
    claims = extract_claims(text).claims
    return [(c.asset, c.op, c.window, c.qualifiers) for c in claims if c.kind == "record"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "That was the VIX's second-biggest leap ever.",
            ("vix", "best:D", "ever", ("rank:2",)),
        ),
        (
            "The VIX rose 60% on Wednesday, its second-largest one-day jump on record.",
            ("vix", "best:D", "ever", ("rank:2",)),
        ),
        (
            "Bitcoin slid 9% on Monday, the 3rd-largest daily drop since 2022.",
            ("btc", "worst:D", "since:2022", ("rank:3",)),
        ),
        (
            "Gold's second-sharpest single-day fall in five years came on Friday.",
            ("gold", "worst:D", "last:5:year", ("rank:2",)),
        ),
        (
            "Ether tumbled 11% -- the fourth-steepest plunge since 2021.",
            ("eth", "worst:D", "since:2021", ("rank:4",)),
        ),
        (
            "Silver Posts 2nd-Largest Daily Gain on Record",
            ("silver", "best:D", "ever", ("rank:2",)),
        ),
        (  # the top itself, with a new noun of a move up
            "Silver jumped 7%, its biggest daily spike since 2020.",
            ("silver", "best:D", "since:2020", ()),
        ),
    ],
)
def test_an_ordinal_ranked_move_is_a_record_with_its_rank(
    text: str, expected: tuple[str, str, str, tuple[str, ...]]
) -> None:
    assert _ranked(text) == [expected]


def test_a_ranked_level_stays_unread() -> None:
    assert _ranked("Bitcoin had its second-highest close ever on Sunday.") == []


def test_a_ranked_week_carries_its_rank() -> None:
    assert [c[-1] for c in _ranked("Ether posted its second-best week since March.")] == [
        ("rank:2",)
    ]


_DAYS = pd.bdate_range("2020-01-01", "2024-12-18")


def _vix(last: float) -> Market:
    """A calm index with one +90% and one +50% session, and a move of ``last`` on the last day."""
    steps = [0.002 * (1 if i % 2 else -1) for i in range(len(_DAYS))]
    steps[300], steps[900], steps[-1] = 0.9, 0.5, last
    return Market({"vix": 15 * pd.Series(steps, index=_DAYS).add(1).cumprod()})


@pytest.mark.parametrize(
    ("last", "rank", "status"),
    [
        (0.7, 2, "confirmed"),  # between the two: second
        (0.95, 2, "contradicted"),  # the biggest, not the second
        (0.3, 2, "contradicted"),  # third
        (0.3, 3, "confirmed"),
        (0.95, 1, "confirmed"),  # no rank: the top, as before
    ],
)
def test_an_ordinal_rank_is_graded_by_how_many_moved_further(
    last: float, rank: int, status: str
) -> None:
    quals = (f"rank:{rank}",) if rank > 1 else ()
    text = "The VIX's biggest one-day jump ever."
    claim = next(c for c in extract_claims(text).claims if c.kind == "record")
    claim = replace(claim, qualifiers=quals)
    got, why, _ = check_move_record(claim, _DAYS[-1], _vix(last))
    assert got == status, why
