"""Wire-service datelines printed without a year, as evidence of the date (pure).

News agencies open a story with its place and day but no year: "LONDON, Dec 4 (Reuters) -",
"NEW YORK, Jan. 14 (AP) --", "SINGAPORE, March 3 -", "Frankfurt, 4 December (dpa) -". The
day is the story's own (not a date it looks back to), so it is a strong vote, though one
that repeats in every year: :data:`WIRE_VOTE` on that day and half of it on the next (a
story filed late in the day is read the day after), in every year of the calendar; the
prices settle which. A copy that drops the place keeps the agency at the start of a line
("December 18 (Reuters) -"): that counts too, a bare "Jan 14 -" does not.

Examples
--------
>>> days = pd.date_range("2025-12-02", periods=5)
>>> votes, why = wire_votes("LONDON, Dec 4 (Reuters) - Gold rose.", days)
>>> votes.tolist(), why[0]
([0.0, 0.0, 1.0, 0.5, 0.0], "'LONDON, Dec 4 (Reuters) -': a wire dateline without a year (1.0)")
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_NAME_RE, month_number

__all__ = ["WIRE_VOTE", "wire_votes"]

WIRE_VOTE = 1.0
_MONTH = rf"(?:{MONTH_NAME_RE}|{MONTH_ABBR_RE}\.?)"
_DAY_OF = r"(?:(?P<m1>{m})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{m}))(?:st|nd|rd|th)?"
_AGENCY = r"\((?P<agency>[A-Za-z][\w .&'-]{1,30})\)"
#: A place in capitals ("NEW YORK", "ST. LOUIS") or any place followed by an agency; or,
#: at a line's start, no place but an agency ("December 18 (Reuters) -", a copy that drops it).
_WIRE = re.compile(
    r"(?:^|(?<=[\n.!?\"\u201d]\s)|(?<=\n))"
    r"(?:(?P<place>{w}(?:[ /]{w}){{0,3}}),\s+|(?=[A-Z\d]))".format(
        w=r"[A-Z](?:[A-Za-z'\u2019-]*|[A-Za-z]{0,2}\.)"
    )
    + _DAY_OF.format(m=_MONTH)
    + rf"\s*(?:{_AGENCY})?\s*(?:-{{1,2}}|\u2013|\u2014|:)(?=\s)"
)


def wire_votes(body: str, calendar: pd.DatetimeIndex) -> tuple[np.ndarray, list[str]]:
    """Votes over ``calendar`` for the yearless wire datelines of ``body`` (module
    docstring): only one whose place is in capitals or that names its agency counts."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    for m in _WIRE.finditer(body):
        place = m.group("place")
        if m.group("agency") is None and not (place and place.isupper()):
            continue  # "Prices, Jan 14 -": no place of filing; "Jan 14 -": no agency either
        month = month_number(m.group("m1") or m.group("m2"))
        dom = int(m.group("d1") or m.group("d2"))
        on = (calendar.month == month) & (calendar.day == dom)
        votes += WIRE_VOTE * on + WIRE_VOTE / 2 * np.roll(on, 1)  # the day, else the next
        why.append(f"{m.group(0)!r}: a wire dateline without a year ({WIRE_VOTE})")
        break  # the story's one dateline
    return votes, why
