"""Calendar dates printed in an article, and what each says about the article's date (pure).

Formats: ``2026-03-03``, ``2026/03/03``, ``2026.06.09``, ``10/08/2025`` (month first unless
the first number is over 12), ``18.11.25`` and ``5/3/26`` (a two-digit year, read only in
the page's header or after a label: "Date:", "Published"), ``October 21, 2025``,
``Oct. 6, 2025``, ``Mar 3, 2026``, ``5th January, 2026``, ``13 April 2025``,
``03-Mar-2026`` (``03-Mar-26`` in the header), a numbered week (``trading week 20/2025``,
``week 20 of 2025``: the ISO week, read as its Friday, the close a weekly recap reports); a
date glued to the next word ("November 14, 2025Silver", a headline run into its dateline) is
still read.

Roles:

``dateline``
    A date in the article's opening lines that no preposition introduces ("LONDON, 7th
    February, 2026 (Wire)", "Thu, 12-Feb-2026 09:15"), or one labelled "Published",
    "Updated", "Date:" in the header, a weekday between ("Updated on Tuesday, 3 March
    2026"): the publication date, strong evidence.
    A date the text calls today ("Our markets wrap today for December 26, 2025") is the
    dateline, before any other in the header (a posting-date line "December 27, 2025").
``past``
    A date in the running text ("on October 6, 2025, Bitcoin reached"): an event the
    article looks back to, so the article is dated on or after it.
``caption``
    A date in a photo caption or credit ("in Cairo, Egypt, on March 9, 2026. REUTERS/Name",
    "Photo taken on ...", "File photo ..."; :mod:`leadwatch.claims.captions`): the day of
    the picture, no evidence.
``ahead``
    A date introduced by "by", "until", "before", "ahead of", "due", "next" ...: a deadline
    or a forecast, no evidence.
    So is the day of an event the market still expects ("pricing in a cut on September 17":
    :mod:`leadwatch.claims.eventdates`).

Examples
--------
>>> [(d.iso, d.role) for d in printed_dates("LONDON, 7th February, 2026 (Wire) -- Gold set a "
...     "record on 19th January 2026 and could climb by March 31, 2026.")]
[('2026-02-07', 'dateline'), ('2026-01-19', 'past'), ('2026-03-31', 'ahead')]
>>> full_date("Metals Brief November 14, 2025Silver Posts a Gain")
('2025-11-14', 'November 14, 2025')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from leadwatch.claims.captions import caption_date
from leadwatch.claims.contractdates import names_contract
from leadwatch.claims.dateorder import month_first_order, weekday_order
from leadwatch.claims.datingahead import CLAUSE_END
from leadwatch.claims.eventdates import expected_event
from leadwatch.claims.vocabulary import (
    LOOKS_AHEAD_RE,
    MONTH_ABBR_RE,
    MONTH_NAME_RE,
    MONTH_RE,
    SCHEDULED_RE,
    WEEKDAYS,
    YEAR_RE,
    ending,
    month_number,
    words_re,
)

__all__ = [
    "AHEAD",
    "EVENT_AHEAD",
    "PrintedDate",
    "ahead",
    "date_said_of",
    "full_date",
    "printed_dates",
    "published_on",
    "said_today",
]

#: "JAN 26, 2026", "26 JANUARY 2026": a data-feed page's capitals.
_MON_UPPER = "|".join(m.upper() for m in MONTH_NAME_RE.split("|")) + "|" + MONTH_ABBR_RE.upper()
_MON = rf"(?:{MONTH_RE})\.?|{MONTH_ABBR_RE}\b|(?:{_MON_UPPER})\b\.?"
_ORD = r"(?:st|nd|rd|th)?"
#: "May 6, 20241851 view(s)": a page header's year glued to its count of views or comments
_YEAR = (
    rf"(?:{YEAR_RE}(?!\d)|{YEAR_RE}(?=\d[\d,]*\s?(?:views?|view\(s\)|comments?|reads?|shares?)\b))"
)
_DATE_RE = re.compile(
    # "2026-5-28", "2026/5/8": a month or a day printed without its zero
    rf"(?<!\d)(?P<iso>{YEAR_RE}(?:(?P<sep>[-/.])[01]\d(?P=sep)[0-3]\d"
    r"|-[01]?\d-[0-3]?\d|/[01]?\d/[0-3]?\d))(?!\d)"
    # "May 20-24, 2025": a span of days (a week's calendar), dated on its first day
    # "By Jane DoeMay 1, 2025": a scraped byline glued to its date (a capital after a letter)
    rf"|(?:\b|(?<=[a-z]))(?P<m1>{_MON}) (?P<d1>[0-3]?\d){_ORD}"
    rf"(?:\s?[-\u2013\u2014]\s?(?P<d9>[0-3]?\d){_ORD})?,? "
    rf"(?P<y1>{_YEAR})"
    rf"|\b(?P<d2>[0-3]?\d){_ORD}(?: of)? (?P<m2>{_MON}),? (?P<y2>{_YEAR})"
    # "03-Mar-2026", "8/Jan/2025"; "19-Mar-26" (a two-digit year: only a page's own date)
    rf"|\b(?P<d3>[0-3]?\d)(?P<dsep>[-/])(?P<m3>{_MON})(?P=dsep)(?:(?P<y3>{_YEAR})|(?P<y4>\d\d)(?![\d%]|[.,/-]\d))"
    # "10/08/2025" (month first), "26.01.2026", "26-01-2026" (day first: European)
    rf"|(?<![\d./-])(?P<um>[0-3]?\d)(?P<usep>[/.-])(?P<ud>[0-3]?\d)(?P=usep)(?P<uy>{_YEAR})"
    # "18.11.25", "5/3/26": a two-digit year, read only as a page's own date (its header)
    r"|(?<![\d./-])(?P<sm>[0-3]?\d)(?P<ssep>[/.-])(?P<sd>[0-3]?\d)(?P=ssep)(?P<sy>\d\d)"
    r"(?![\d%]|[.,/-]\d)"
    rf"|\b(?i:(?:trading |calendar )?week) (?P<wk>[1-5]?\d)(?:/|, | of )(?P<wy>{_YEAR})"
)
#: A date this far into the text, with no preposition before it, is a dateline.
_OPENING = 400
#: "Tue 3 Mar 2026": a weekday shortened in a page header.
#: "version 2.3.10", "v1.2.25": a release number, not a two-digit-year date.
_RELEASE_NO = ending("version", "v", "release", "build", "rev", "ver", gap=r"\.?\s*")
_WEEKDAY_ABBR = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_INTRODUCED = ending(
    *("on", "since", "from", "until", "till", "by", "through", "before", "after", "between"),
    *("of", "and", "to", "at", "in", "as of"),
)
#: "on Wednesday, March 18, 2026": a date introduced through its weekday.
_ON_WEEKDAY = re.compile(rf"\bon {words_re(WEEKDAYS)},? $", re.IGNORECASE)
#: Words that put the date after them ahead of the article: a deadline, a forecast.
AHEAD = ending(
    *("by", "until", "till", "before", "ahead of", "due(?: on)?", "deadline(?: of)?", "next"),
    *("expected(?: on)?", "effective(?: from| on)?", "scheduled (?:for|on)", "set for"),
    "slated for",
)
#: "fell about 5% by November 20", "had doubled by mid-March": a past move reached by that day.
_PAST_VERB = r"\b(?:fell|rose|lost|slid|sank|shed|hit|grew|(?:had|was|were) \w+|\w+ed)\b"
#: "a 1.7% advance to $3,402.60 by June 27": a level reached by that day.
_REACHED = r"\bto\s+(?:US)?\$?\d[\d,]*(?:\.\d+)?(?:\s+(?:an?|per)\s+\w+)?\s+by\s*$"
_PAST_BY = re.compile(rf"(?i){_PAST_VERB}(?:[^.;:!?]|(?<=\d)\.(?=\d)){{0,40}}\bby\s*$|{_REACHED}")
#: "the bank's next rate meeting on", "its upcoming rate decision in": an event still ahead.
_NEXT_EVENT = re.compile(
    rf"(?i)\b(?:next|upcoming|coming)\s+(?:[\w-]+\s+){{0,3}}?{SCHEDULED_RE}s?\s+(?:on|in|of)\s*$"
)
#: "plans to leave on", "will step down on", "is set to take office on": a day intended.
_INTENT = re.compile(
    rf"(?i)\b(?:{LOOKS_AHEAD_RE}|(?:is|are) (?:due|expected|scheduled) to)"
    r"\s+(?:[\w-]+\s+){1,3}on\s+$"
)
_MODAL = re.compile(
    r"\b(?:will|could|may|might|would|should|can|expect\w*|forecast\w*|project\w*|target\w*"
    r"|likely|set to|poised to|on track|aim\w*|plan\w*|need\w* to)\b",
    re.IGNORECASE,
)


def ahead(text: str, pos: int) -> bool:
    """Whether the date starting at ``pos`` lies ahead of the article: introduced by "by",
    "until", "next" ..., unless "by" closes a past move ("fell 5% by November 20").

    >>> ahead("Gold could climb 5% by March 31.", 22), ahead("Gold fell 5% by March 31.", 16)
    (True, False)
    >>> ahead("Silver climbed 2.6% to $38.15 by July 11.", 32)
    False
    >>> ahead("Traders see a hike at the next rate meeting on June 10.", 47)
    True
    """
    before = text[max(0, pos - 80) : pos]
    if _NEXT_EVENT.search(before) or expected_event(text, pos):  # "pricing in a cut on"
        return True
    if _INTENT.search(CLAUSE_END.split(before)[-1]):  # "the chair plans to leave on March 3"
        return True
    if not AHEAD.search(before[-25:]):
        return False
    clause = CLAUSE_END.split(before)[-1]
    return not (_PAST_BY.search(clause) and not _MODAL.search(clause))


#: "the ECB's July 24 rate decision": a date naming a scheduled event, no evidence of the day.
EVENT_AHEAD = re.compile(rf"\s*(?:[\w-]+ )?{SCHEDULED_RE}s?\b", re.IGNORECASE)
#: "its October 6, 2025 record": a date used as an adjective names an event, not the day.
_EVENT_AFTER = re.compile(
    r"\s*,?\s*(?:all-time |record |closing )?(?:record|high|peak|low|close|level|crash|rally"
    rf"|session|selloff|sell-off|plunge|surge|{SCHEDULED_RE})s?\b",
    re.IGNORECASE,
)
#: A date labelled as the page's own: the dateline wherever the header puts it.
_LABELS = words_re(("published", "posted", "updated", "last updated", "first published", "dated?"))
_DAY_NAME = rf"(?:(?:{words_re(WEEKDAYS)}|{_WEEKDAY_ABBR})\.?,?\s*)?"
_MARKED = re.compile(rf"(?i)\b{_LABELS}\s*(?:on|at)?\s*:?\s*{_DAY_NAME}$")
#: "Our markets wrap today for December 26, 2025", "Today, March 3, 2026", "today's brief for
#: ...": the day the text itself calls today, the article's own date.
_TODAY_OF = re.compile(
    r"\btoday(?:,|['\u2019]s [\w ]{1,30}?(?: for| on)?| (?:for|on|of))\s*$", re.I
)
#: "Today: Apr 15, 2025" in a page header is the day the page was viewed, not published.
_VIEWED = ending("today", "accessed", "retrieved", "viewed", gap=r"\s*:?\s*")


@dataclass(frozen=True, slots=True)
class PrintedDate:
    """A printed date: ISO form, the words, where it starts, its role (module docstring)."""

    iso: str
    words: str
    start: int
    role: str
    #: Days after ``iso`` a dateline still votes for: the next day for a calendar date (the
    #: source's close time); none for a trading week, which closes on its Friday.
    after: int = 1

    @property
    def last(self) -> str:
        """The last day it names (ISO): a span of days' end ("May 20-24, 2025": the 24th),
        else the date itself."""
        if self.after <= 1:
            return self.iso
        return (date.fromisoformat(self.iso) + timedelta(days=self.after)).isoformat()


def _numbers(m: re.Match[str]) -> tuple[int, int] | None:
    """The two numbers of an all-number date before its year ("04/03/2025": 4, 3)."""
    if not (m.group("um") or m.group("sm")):
        return None
    return int(m.group("um") or m.group("sm")), int(m.group("ud") or m.group("sd"))


#: A weekday right before an all-number date: "Tuesday (10/9/2024)", "Monday, 9/9/2024".
_WEEKDAY_BESIDE = re.compile(rf"\b({words_re(WEEKDAYS)})\W{{1,3}}$", re.IGNORECASE)


def _order(matches: list[re.Match[str]]) -> bool | None:
    """The page's order for its all-number dates (:mod:`leadwatch.claims.dateorder`)."""
    ambiguous, fixed, written = [], [], []
    for m in matches:
        pair = _numbers(m)
        if pair is None:
            iso = _iso(m)
            if iso is not None and not m.group("wk"):
                written.append(iso)
        elif pair[0] <= 12 and pair[1] <= 12 and pair[0] != pair[1]:
            year = int(m.group("uy") or m.group("sy"))
            year += 0 if year > 99 else 2000
            named = _WEEKDAY_BESIDE.search(m.string, max(0, m.start() - 14), m.start())
            said = None if named is None else WEEKDAYS.index(named.group(1).lower())
            if said is not None and (order := weekday_order(*pair, year, said)) is not None:
                return order  # "Tuesday (10/9/2024)": the reading that falls on a Tuesday
            ambiguous.append((*pair, year))
        else:
            fixed.append(pair)
    return month_first_order(ambiguous, fixed, written)


def _iso(m: re.Match[str], order: bool | None = None) -> str | None:
    if m.group("wk"):  # "trading week 20/2025": the ISO week, dated on its Friday close
        try:
            return date.fromisocalendar(int(m.group("wy")), int(m.group("wk")), 5).isoformat()
        except ValueError:  # "week 54/2025": no such week
            return None
    if m.group("iso"):
        year, month, day = (int(x) for x in re.split(r"[-/.]", m.group("iso")))
    elif m.group("um") or m.group("sm"):
        a, b = int(m.group("um") or m.group("sm")), int(m.group("ud") or m.group("sd"))
        month_first = ((m.group("usep") or m.group("ssep")) == "/" and a <= 12) or b > 12
        if order is not None and a <= 12 and b <= 12:
            month_first = order  # the page's own order (:func:`_order`)
        month, day = (a, b) if month_first else (b, a)
        year = int(m.group("uy") or m.group("sy"))
        year += 0 if year > 99 else 2000 if year < 70 else 1900  # "18.11.25": 2025
    else:
        name = m.group("m1") or m.group("m2") or m.group("m3")
        day = int(m.group("d1") or m.group("d2") or m.group("d3"))
        month, year = month_number(name), int(m.group("y1") or m.group("y2") or m.group("y3") or 0)
        year = year or 2000 + int(m.group("y4"))  # "19-Mar-26": this century's
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "February 30, 2025", "31/31/2025": no such day
        return None


def _header_only(before: str, start: int, marked: bool) -> bool:
    """Whether a date with a two-digit year ("18.11.25") is the page's own: labelled
    ("Date:", "Published"), or opening the page with no preposition before it; in the
    running text, or after "version", such figures are too easily something else."""
    opening = start < _OPENING and not _INTRODUCED.search(before)
    return (marked or opening) and not _RELEASE_NO.search(before)


def said_today(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` is the one the text calls today ("wrap today for May 3").

    >>> said_today("Our markets wrap today for December 26, 2025: gold rose.", 27)
    True
    >>> said_today("Today: December 27, 2025", 7)
    False
    """
    return bool(_TODAY_OF.search(text[max(0, pos - 60) : pos]))


#: "Published 2 March 2026", "Posted on: Mon, 2 Mar 2026", "Date: 2026-03-02": the page
#: says when it came out (a date it was updated on, or a banner with the day it is viewed,
#: is no such label).
_PUBLISHED = re.compile(
    rf"(?i)\b{words_re(('published', 'posted', 'first published', 'dated?'))}\s*(?:on|at)?\s*:?"
    rf"\s*{_DAY_NAME}$"
)


def published_on(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` is labelled as the day the page was published.

    >>> text = "Monday 23/03/2026 Gold slips. Published 2 March 2026"
    >>> published_on(text, 8), published_on(text, text.find("2 March"))
    (False, True)
    >>> published_on("Updated 3 March 2026", 8)
    False
    """
    return bool(_PUBLISHED.search(text[max(0, pos - 45) : pos]))


#: A span of days the text looks ahead to: "gold enters the May 4-8 trading week", "heading
#: into the June 1-5 week", "an outlook for March 9-13".
_SPAN_AHEAD = ending(
    *("enter(?:s|ing)?", "head(?:s|ing)? into", "going into", "ahead of"),
    *("preview(?:s|ing)?(?: of)?", "outlook for", "forecast for", "looking ahead to"),
    gap=r"\s+(?:the\s+)?",
)


def _weekday_before(iso: str) -> str:
    """The last weekday before ``iso`` (a week's preview is written after its Friday).

    >>> _weekday_before("2026-06-01")
    '2026-05-29'
    """
    day = date.fromisoformat(iso) - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day.isoformat()


def printed_dates(text: str) -> list[PrintedDate]:
    """Every full date printed in ``text``, in order, with its role."""
    out = []
    matches = list(_DATE_RE.finditer(text))
    order = _order(matches) if any(_numbers(m) for m in matches) else None
    for m in matches:
        iso = _iso(m, order)
        if iso is None:
            continue
        before = text[max(0, m.start() - 25) : m.start()]
        if _VIEWED.search(before):
            continue
        label = _MARKED.search(text[max(0, m.start() - 45) : m.start()])
        marked = label is not None and m.start() < 3 * _OPENING
        if (m.group("sy") or m.group("y4")) and not _header_only(before, m.start(), marked):
            continue
        if said_today(text, m.start()) and m.start() < 3 * _OPENING:
            role = "dateline"
        elif caption_date(text, m.start(), m.end()):
            role = "caption"
        elif marked:
            role = "dateline"  # "Published on March 3, 2026", "Updated: 2026-03-03"
        elif ahead(text, m.start()) or names_contract(text, m.start(), m.end()):
            role = "ahead"  # a deadline, a forecast, a contract's expiry
        elif (
            m.start() < _OPENING
            and not _INTRODUCED.search(before)
            and not _ON_WEEKDAY.search(before)  # "the decision on Wednesday, March 18, 2026"
            and not _EVENT_AFTER.match(text[m.end() : m.end() + 30])
        ):
            role = "dateline"
        elif m.group("d9") and not _INTRODUCED.search(before):
            role = "dateline"  # "Today's highlights: May 20-24, 2025": the article's week
        else:
            role = "past"
        after = 0 if m.group("wk") else 1
        if m.group("d9") and role == "dateline" and _SPAN_AHEAD.search(before):
            iso = _weekday_before(iso)  # a preview of the days: written after the last session
        elif m.group("d9"):
            after = max(1, int(m.group("d9")) - int(m.group("d1")))
        out.append(PrintedDate(iso, m.group(0).strip(), m.start(), role, after))
    return out


def full_date(text: str) -> tuple[str, str] | None:
    """The first full calendar date printed in ``text``: ``(iso, words)``, or ``None``."""
    found = printed_dates(text)
    return (found[0].iso, found[0].words) if found else None


def date_said_of(text: str, pos: int) -> str | None:
    """The full date (ISO) that a figure or record ending at ``pos`` is said of: one opening
    the line as a timeline entry ("March 3, 2008: silver rose to $21"), or one printed within
    25 characters after ``pos`` ("reached $21 on March 3, 2008"); else ``None``.

    >>> date_said_of("March 3, 2008: silver rose to a then-high of $21.", 30)
    '2008-03-03'
    >>> date_said_of("Silver reached $21 on March 3, 2008.", 18)
    '2008-03-03'
    >>> date_said_of("Silver reached $21 today.", 18) is None
    True
    """
    for d in printed_dates(text):
        opening = d.start == 0 and text[d.start + len(d.words) :].lstrip().startswith(":")
        if opening or 0 <= d.start - pos <= 25:
            return d.iso
    return None
