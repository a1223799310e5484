"""A weekday on a line of its own heads the paragraph below it: the paragraph's figures
are that day's, not the article day's."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims

#: How day-by-day recaps set their days (plain, markdown, dashes, a full stop).
HEADINGS = ["Tuesday:", "Tuesday -", "**Tuesday**", "**Tuesday:**", "Tuesday.", "## Tuesday"]


@pytest.mark.parametrize("heading", HEADINGS)
def test_a_weekday_heading_dates_its_paragraph(heading: str) -> None:
    text = (
        f"Markets swung all week.\n{heading}\n"
        "The S&P 500 ended the session down 1.5%. Gold slipped to $3,020."
    )
    ex = extract_claims(text)
    dated = [(c.asset, c.when) for c in ex.claims if c.kind in ("percent", "level")]
    assert dated == [("spx", ("weekday", 1)), ("gold", ("weekday", 1))], ex.claims


def test_the_heading_governs_one_paragraph() -> None:
    text = "Wednesday:\nSilver rose 3% to $33.\n\nBitcoin is at $84,000."
    ex = extract_claims(text)
    later = [c for c in ex.claims if c.asset == "btc"]
    assert later and all(c.when is None for c in later), ex.claims
