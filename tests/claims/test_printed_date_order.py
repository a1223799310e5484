"""An all-number date that reads both ways ("04/03/2025") follows the page's own order: an
unambiguous all-number date elsewhere on the page, or a written-out date a few days before
one reading; and a year-first date printed without its zeros ("2026-5-28") is still read."""

from __future__ import annotations

import pytest

from leadwatch.claims.dateorder import month_first_order
from leadwatch.claims.printed import printed_dates


def _dateline(text: str) -> str:
    """The ISO day of the first printed date of ``text``."""
    return printed_dates(text)[0].iso


#: Own phrasings: a header stamp read the other way by a written-out date or by another
#: all-number date of the page (slashes, dots, dashes; headline and body styles).
SETTLED = [
    ("coinwire.example 05/02/2026 - 10:15 AM\n\nBTC outlook for February 5, 2026.", "2026-02-05"),
    ("Posted 06/02/2026\n\nGold jumped on 5 February 2026 after the payrolls data.", "2026-02-06"),
    ("Updated 07/08/2025 10:00 GMT. Last week (29/07/2025) gold rose 2%.", "2025-08-07"),
    ("Date: 11-03-2026. Silver ended at $30 on November 2, 2026, then slid.", "2026-11-03"),
    ("09.10.2025 | Metals desk. Ether closed at $4,300 on Sept. 8, 2025.", "2025-09-10"),
    (
        "02/01/2026 08:40 - the dollar index eased; prices as of 2026-01-02 show DXY 98.",
        "2026-01-02",
    ),
    ("Markets 12.11.2025 - a note dated 11/30/2025 follows; gold at $4,100.", "2025-12-11"),
]

#: Pages whose text does not settle the order (or confirms the default): unchanged.
UNSETTLED = [
    ("Updated 07/08/2025 10:00. Gold rose 1% to $3,400.", "2025-07-08"),
    ("Posted 03/04/2025. Bitcoin traded near $84,000 (as of March 4, 2025).", "2025-03-04"),
    ("Date: 11-03-2026. Silver ended at $31 on March 10, 2026.", "2026-03-11"),
    ("04/06/2025 - gold could reach $3,500 by April 10, 2025.", "2025-04-06"),
]


@pytest.mark.parametrize(("text", "iso"), SETTLED)
def test_page_order_settles_an_ambiguous_date(text: str, iso: str) -> None:
    assert _dateline(text) == iso


@pytest.mark.parametrize(("text", "iso"), UNSETTLED)
def test_default_order_kept_without_a_cue(text: str, iso: str) -> None:
    assert _dateline(text) == iso


def test_conflicting_fixed_dates_settle_nothing() -> None:
    assert month_first_order([(4, 3, 2025)], [(25, 3), (3, 25)], []) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026-5-28 18:09 Ether fell below $2,000.", "2026-05-28"),
        ("Published 2026/5/8 - gold slips 1%.", "2026-05-08"),
        ("2025-11-3 | Bitcoin tops $110,000", "2025-11-03"),
        ("Updated: 2024-9-30 09:00 Silver rises", "2024-09-30"),
    ],
)
def test_year_first_without_zeros(text: str, iso: str) -> None:
    assert _dateline(text) == iso


@pytest.mark.parametrize("text", ["Release 2025.3.1 of the app is out.", "v2026-13-40 build"])
def test_not_a_year_first_date(text: str) -> None:
    assert not [d for d in printed_dates(text) if d.role == "dateline"]
