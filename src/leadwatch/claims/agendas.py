"""Dates that head the lines of a list of coming events, an agenda, date the article by
their earliest only (pure).

A story that ends with a calendar of what is coming ("• May 12: the exchange upgrades its
chain.", "- May 13 - futures on the token start trading", "May 15: a token unlock") is
written on or just before its first item: the later items are days ahead of the article,
not days it was written on. :data:`MIN_ITEMS` such lines make an agenda; its first (the
earliest) date is what :func:`agenda_dates` names as the article's, the others are left
out of the votes for days named in the text.

Examples
--------
>>> text = "Coins slid.\\n- May 12: upgrade.\\n- May 13: listing.\\n- May 15: unlock.\\n"
>>> agenda_dates(text)
('May 12', ('May 13', 'May 15'))
>>> agenda_dates("Coins slid on May 12.\\nThey rose on May 13.")
(None, ())
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_NAME_RE, month_number

__all__ = ["MIN_ITEMS", "agenda_dates"]

MIN_ITEMS = 3
#: A line opening with a date and a colon or a dash, after an optional bullet.
_ITEM = re.compile(
    rf"(?m)^[ \t]*(?:[-*\u2022\u00b7\u2013\u2014>]+[ \t]*)?"
    rf"(?P<date>(?P<m>{MONTH_NAME_RE}|{MONTH_ABBR_RE})\.?[ \t]+(?P<d>[0-3]?\d))\b"
    r"(?:st|nd|rd|th)?[ \t]*[:\u2013\u2014-]"
)


def agenda_dates(text: str) -> tuple[str | None, tuple[str, ...]]:
    """The first date of the agenda in ``text`` and the later ones, as written.

    Parameters
    ----------
    text
        The article's text, its lines kept.

    Returns
    -------
    tuple[str | None, tuple[str, ...]]
        The words of the earliest item's date (``None`` without an agenda of
        :data:`MIN_ITEMS` lines or more) and those of the other items.
    """
    items = [
        (month_number(m.group("m")), int(m.group("d")), m.group("date"))
        for m in _ITEM.finditer(text)
    ]
    if len({(month, day) for month, day, _ in items}) < MIN_ITEMS:
        return None, ()
    first = min(items)[2]
    return first, tuple(dict.fromkeys(words for *_, words in items if words != first))
