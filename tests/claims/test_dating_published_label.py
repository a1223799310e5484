"""Dating round 25: a date the page labels as its publication ("Published 4 March 2026",
"Posted on: 4 Mar 2026") is the dateline, before an unlabelled date higher in the header
(a site banner showing the day it is viewed); with no such label the first date stays."""

from __future__ import annotations

import pytest

from leadwatch.claims import extract_claims
from leadwatch.claims.textdates import first_dateline

_BODY = "\n\nSilver slides as the dollar firms\n\n{label}\n\nSilver fell 3% to $71.40 on Wednesday."


@pytest.mark.parametrize(
    ("banner", "label", "iso"),
    [
        ("Friday 20/03/2026", "Published 4 March 2026", "2026-03-04"),
        ("Tue, 17 Mar 2026", "Posted on: 4 Mar 2026", "2026-03-04"),
        ("March 19, 2026", "Date: March 4, 2026", "2026-03-04"),
    ],
)
def test_a_labelled_publication_date_outranks_a_header_banner(
    banner: str, label: str, iso: str
) -> None:
    found = first_dateline(extract_claims(banner + _BODY.format(label=label)))
    assert found is not None and found.iso == iso


def test_an_update_label_does_not_outrank_the_first_date() -> None:
    text = "March 4, 2026" + _BODY.format(label="Updated March 9, 2026")
    found = first_dateline(extract_claims(text))
    assert found is not None and found.iso == "2026-03-04"
