"""Calendars and as-of joins without look-ahead.

Why this module exists
----------------------
The series in a lead-lag test live on different clocks. Bitcoin trades seven
days a week and its daily close is the price at 00:00 UTC; LBMA silver is fixed
at 12:00 London on London business days; US markets close at 16:00 New York;
FRED publishes Treasury yields the next business day; M2 for a month comes out
weeks after that month ends. A naive join on the date label goes wrong twice:

* forward-filling onto a union calendar carries silver through the weekend (or
  drops weekend Bitcoin next to Friday's silver), which creates fake zero
  returns that dilute every correlation and shift every cross-correlogram;
* matching by label puts a yield dated Friday (public on Monday) or M2 for May
  (public in late June) beside prices set before it was public: a fake lead
  that a lead-lag test will happily "discover".

How it works
------------
Each grid label (a Mon-Fri business day, a Friday, or a calendar month end)
stands for a *decision instant*: 00:00 UTC of the next day, i.e. the end of the
label day in UTC (:func:`grid_instants`). A cell of :class:`AlignedFrame` holds
the latest observation whose ``known_at`` instant
(:meth:`leadwatch.catalog.SeriesSpec.known_at`) is at or before that instant
(inclusive); ``observed`` records which observation that was, and ``fresh``
whether it arrived since the previous grid point. :meth:`AlignedFrame.returns`
is the change between consecutive fresh observations, placed where the new one
first appears, and NaN at stale points. So a London holiday on a New York
business day gives silver a NaN (not a zero) return and the two-day move
accrues to the next fresh day, and Bitcoin's Monday return on the business-day
grid covers the whole weekend. Truncating the inputs at any date never changes
a cell before that date.

The search is vectorised: one ``searchsorted`` per series on its release
instants (made non-decreasing by a running minimum from the right, so the cell
always holds the *latest-dated* value already public).
"""

from leadwatch.align.asof import adhoc_spec, known_asof
from leadwatch.align.frame import AlignedFrame, align
from leadwatch.align.grid import DateLike, Grid, as_date, date_labels, grid_instants, grid_labels

__all__ = [
    "AlignedFrame",
    "DateLike",
    "Grid",
    "adhoc_spec",
    "align",
    "as_date",
    "date_labels",
    "grid_instants",
    "grid_labels",
    "known_asof",
]
