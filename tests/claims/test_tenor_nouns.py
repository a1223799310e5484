"""A maturity used as a noun ("the 30-year topped 5.1%") is that Treasury yield: its
figure is never the 10-year's nor the previous sentence's asset (hand-written phrasings)."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims


@pytest.mark.parametrize(
    ("text", "tenor"),
    [
        ("Gold rose 1.2% to $3,300. The long end led as the 30-year rose past 5.08%.", "yield_30y"),
        ("Silver fell 2%. Meanwhile the 2-year touched 3.85% after the data.", "yield_2y"),
        ("Bitcoin was flat. The 30-year breached 5% for the first time since 2007.", "yield_30y"),
        ("Gold slipped 0.5%. The 2-year surged 12 basis points.", "yield_2y"),
        ("Gold gained 1%. Long bonds sold off and the 30-year crossed 5.2%.", "yield_30y"),
        ("Silver hit $40. At the front end, the 2-year hovered near 3.9%.", "yield_2y"),
    ],
)
def test_a_maturity_noun_keeps_its_own_figure(text: str, tenor: str) -> None:
    claims = extract_claims(text).claims
    second = [c for c in claims if c.sentence == 1]
    assert second
    assert {c.asset for c in second} == {tenor}
