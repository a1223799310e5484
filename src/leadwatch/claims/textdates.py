"""What the words of an article say about its date (pure): its dateline, the dates it looks
back to, the days of the month and the weekdays it names, the months it places claims in.

Each piece is a vote added to the day scores of :func:`leadwatch.claims.dating.infer_date`:

- the dateline (:mod:`leadwatch.claims.printed`): weight 2.5 on that day and the next
  (only on the Friday for a numbered trading week, "trading week 20/2025"; over a span of
  days, "May 20-24, 2025", and 0.5 more on its last weekday, when a recap is written),
  more than any one price claim (a dateline is the publication date unless the claims
  all disagree);
- a date in a photo caption ("in Cairo, Egypt, on March 9, 2026. REUTERS/Name"): 1.0 over
  the 3 days from it (a news photo is of the days just before publication), never the
  dateline;
- a full date in the running text: the article is on or after it (0.5 over the 13 months
  after it; -1.5 on each day before the latest); one after "by", "until", "next" ... is
  ahead, no evidence, unless "by" closes a past move ("fell 5% by November 20");
- with no dateline, the latest full date the text prints is also the likeliest day of
  writing (1.0 on it, 0.5 on the next day, when a report of it may be written: "as of
  April 4, 2025, gold ...", "at noon on Tuesday, May 6, 2025", a caption "Week in Review -
  April 18th, 2025"): a date looked back to ("since", "from", "after") or that of a
  record or a peak ("a record high set on October 6, 2025", "on October 6, 2025, it hit
  an all-time high") or that of a data release or event it cites ("the Philly Fed index
  printed 8.1 on June 19, 2025": :mod:`leadwatch.claims.eventdates`) is no such day;
- a day of the month with no year ("on June 25"): 0.5 on it and the day after, in any
  year; one looked back to ("since January 2", a record's day: "its high came on January
  29"): 0.25 over the 120 days after it; the day of an event it cites ("CPI data released
  on May 13"): 0.25 on it and the 120 days after;
- an extreme of a month named without its year ("its October peak"): :mod:`.monthextremes`;
  a quarter reported on ("Q1 gains"): :mod:`leadwatch.claims.quarterhints`;
- the weekdays named (:mod:`leadwatch.claims.datehints`): 0.5 on such a day and the next;
- a day of the month named with its weekday ("on Friday, January 24"): 0.5 more in the
  years it fits (:mod:`leadwatch.claims.weekdaydates`);
- a month named with its year ("in January 2026"): 0.5 over it and the month after; "the
  beginning of 2026": 0.5 over its first quarter;
- a month named as a past record's time ("the high witnessed in late October 2024"):
  0.5 over the year from its start (:mod:`leadwatch.claims.pastmonths`), not on it;
- an event set in a month named without its year ("a record set in early October"): 0.5
  over the 90 days from that month's start, in any year;
- a month the text says is over ("finished February", "closed out January"): 1.0 over
  the 10 days after its end, in any year; a year ("ended 2025 in the red"): 0.5 over the
  next year;
- a month the text says is ending now ("ending May with a loss", "as May draws to a
  close"): 1.0 over its last days (:mod:`leadwatch.claims.monthends`); a year or month
  starting now ("starts 2026 lower"): 1.0 over its first days (:mod:`.periodstarts`);
- a monthly figure named by its month ("January payrolls", "the December CPI report",
  "Feb core CPI"): 0.5 over the month after, when it comes out;
- a year the text calls the current one ("so far in 2026", "a new 2026 low", "2026 to
  date", "erased its gains for 2025", "extending its 2026 losses"): 1.0 over that year;
- any year it names as its own ("in 2026", "2026's rally", "a cut expected in 2026"):
  :mod:`leadwatch.claims.yearhints`; the latest it looks back to: :mod:`.yearfloors`;
- a week tallied ("this week's 2% advance", "a fourth straight weekly gain"): written at
  its close (:mod:`leadwatch.claims.weekhints`).
- a day named with its weekday in the opening ("a fresh record on Wednesday, January 28"):
  the story's own day, 0.5 more on it (:mod:`leadwatch.claims.ownday`);
- a market holiday ("the post-Juneteenth week"): :mod:`leadwatch.claims.datingholidays`.
- a wire dateline with no year (:mod:`.datingwire`), an event later on a weekday
  (:mod:`.datinglater`); a day set ahead ("starting", "if ... by"): :mod:`.datingahead`.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> days = pd.date_range("2026-01-04", periods=4)
>>> votes, why = text_evidence(extract_claims("NEW YORK, 5th January, 2026 -- Gold rose."), days)
>>> votes.tolist()
[0.0, 2.5, 2.5, 0.0]
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from leadwatch.claims.agendas import agenda_dates
from leadwatch.claims.datehints import named_weekdays, near_day, weekday_days
from leadwatch.claims.datelineweekday import dateline_weekday_votes
from leadwatch.claims.datingago import ago_before, ago_votes, yearless_ago_votes
from leadwatch.claims.datingahead import still_ahead
from leadwatch.claims.datingcontracts import contract_votes
from leadwatch.claims.datingholidays import holiday_votes
from leadwatch.claims.datinglater import later_votes
from leadwatch.claims.datingstamps import STAMP_VOTE, stamped_as_of
from leadwatch.claims.datingwire import wire_votes
from leadwatch.claims.eradates import era_votes
from leadwatch.claims.eventdates import cited_event
from leadwatch.claims.fomcholds import hold_votes
from leadwatch.claims.headlinedays import headline_day_votes
from leadwatch.claims.model import Extraction
from leadwatch.claims.monthdays import dated_weekday, month_days
from leadwatch.claims.monthends import month_end_votes, month_recap_votes
from leadwatch.claims.monthextremes import month_back_votes, month_extreme_votes
from leadwatch.claims.monthnow import month_now_votes
from leadwatch.claims.ordinaldays import ordinal_day_votes
from leadwatch.claims.ownday import OWN_DAY_VOTE, opening_end, own_day, own_printed_day
from leadwatch.claims.pastmonths import looked_back_month, since_year_start
from leadwatch.claims.periodstarts import period_start_votes
from leadwatch.claims.printed import (
    AHEAD,
    EVENT_AHEAD,
    PrintedDate,
    ahead,
    printed_dates,
    published_on,
    said_today,
)
from leadwatch.claims.quarterhints import quarter_votes
from leadwatch.claims.recorddays import RECORD_NOUN_RE, record_day_named
from leadwatch.claims.todayweekday import as_of_weekday, present_weekday_votes
from leadwatch.claims.vocabulary import (
    EXTREME_NOUN_RE,
    LOOKS_AHEAD_RE,
    MONTH_ABBR_RE,
    MONTH_NAME_RE,
    YEAR_RE,
    month_number,
)
from leadwatch.claims.weekdaydates import weekday_date_votes
from leadwatch.claims.weekendstamps import review_day
from leadwatch.claims.weekhints import week_span_votes, week_votes
from leadwatch.claims.yearfloors import year_floor_votes
from leadwatch.claims.yearhints import THIS_YEAR, year_votes

__all__ = ["dated_in_text", "first_dateline", "latest_printed", "past_floor", "text_evidence"]

_DAY, _YEAR, _PAST_SPAN = pd.Timedelta(days=1), pd.Timedelta(days=365), pd.Timedelta(days=396)
#: Weights of the votes (module docstring).
_DATELINE = 2.5
_PAST_DATE, _BEFORE_PAST = 0.5, 1.5  # after a day told as past; before it (a penalty)
_WEEKDAY = 0.5
_CURRENT_YEAR = 1.0
_LATEST, _LATEST_NEXT = 1.0, 0.5  # on it; the day after ("on May 26" still the day before)
_SPAN_END = 0.5
_MONTH_OVER_VOTE, _YEAR_OVER_VOTE = 1.0, 0.5
_RELEASE_VOTE = 0.5
#: A photo caption's date: the article is published within 3 days of it (a Friday picture
#: in a Monday story).
_CAPTION = 1.0
_CAPTION_SPAN = pd.Timedelta(days=3)
#: "since March 3, 2025", "a record of 7.5 set on March 3, 2025": looked back to on purpose.
_LOOKED_BACK = re.compile(
    rf"(?:\b(?:since|from|after|between)\s*$|\b{EXTREME_NOUN_RE}s?\b(?:[^.;:!?]|\.(?=\d)){{0,40}}$)",
    re.IGNORECASE,
)
#: "the deal will lapse on December 31, 2026": a date in a clause that looks forward.
_AHEAD_CLAUSE = re.compile(LOOKS_AHEAD_RE, re.IGNORECASE)
#: "On October 6, 2025, bitcoin reached an all-time high": the day of a record, looked back to.
_RECORD_AFTER = re.compile(rf"[^.;:!?]{{0,50}}\b(?:{RECORD_NOUN_RE})\b", re.IGNORECASE)
#: "finished February at $65,000", "closed out January", "ended March 12% lower": a month
#: the text says is over; a recap of it is written in the days after its end.
_MONTH_OVER = re.compile(
    r"\b(?:finish(?:ed|es)|end(?:ed|s)|clos(?:ed|es) out|wrapp?(?:ed|s) up|rounded off)"
    rf" (?:(?P<month>{MONTH_NAME_RE})\b(?!,? {YEAR_RE}| [0-3]?\d(?:st|nd|rd|th)?(?![\d.%]| per))"
    rf"|(?P<year>{YEAR_RE})\b(?! (?:with|at|as)? ?(?:a |an )?(?:target|forecast|outlook)))"
)
_MONTH_OVER_DAYS = 10
#: A monthly figure named by its month ("January payrolls", "the December CPI report",
#: "March retail sales"): it comes out in the month after, when the text is written.
_RELEASE = re.compile(
    rf"\b(?P<month>{MONTH_NAME_RE}|{MONTH_ABBR_RE}\.?)(?:['\u2019]s)? (?:(?:U\.S\.|US) )?"
    r"(?:nonfarm |non-farm |core |headline |flash |preliminary )?"
    r"(?:payrolls|jobs (?:report|data|numbers)|employment (?:report|data)|CPI|PPI"
    r"|inflation (?:data|figures|report|numbers|reading)|consumer price (?:index|data)"
    r"|retail sales|PCE)\b"
)
#: A day ahead of the article ("the July 24 rate decision") lies at most this far after it.
_AHEAD_SPAN = pd.Timedelta(days=30)
#: A day the text looks back to ("since January 2") lies at most this far behind the article.
_LOOKBACK = pd.Timedelta(days=120)


def _body_dates(extraction: Extraction) -> list[PrintedDate]:
    """Printed dates inside the article proper (page furniture after it left out)."""
    spans = [(s.start, s.end) for s in extraction.sentences if not s.boilerplate]
    return [d for d in printed_dates(extraction.text) if any(a <= d.start < b for a, b in spans)]


def first_dateline(extraction: Extraction) -> PrintedDate | None:
    """The article's dateline (the first date in its opening lines), if it prints one."""
    datelines = [d for d in _body_dates(extraction) if d.role == "dateline"]
    today = [d for d in datelines if said_today(extraction.text, d.start)]
    # a date labelled "Published" before a header's unlabelled one (a banner of today's date)
    published = [d for d in datelines if published_on(extraction.text, d.start)]
    first = next(iter(today + published + datelines), None)
    return None if first is None else review_day(first, datelines)


def dated_in_text(extraction: Extraction) -> list[PrintedDate]:
    """The full dates the article prints that are not ahead of it: its dateline first."""
    found = [d for d in _body_dates(extraction) if d.role not in ("ahead", "caption")]
    first = first_dateline(extraction)
    return sorted(found, key=lambda d: (d != first, d.role != "dateline"))


def latest_printed(extraction: Extraction) -> PrintedDate | None:
    """With no dateline, the latest full date the body prints that is not looked back to
    on purpose (module docstring); else ``None``.

    >>> from leadwatch.claims import extract_claims
    >>> text = "As of April 4, 2025, gold fell. It rose on March 3, 2025."
    >>> latest_printed(extract_claims(text)).iso
    '2025-04-04'
    """
    if first_dateline(extraction) is not None:
        return None
    text = extraction.text
    found = [
        d
        for d in _body_dates(extraction)
        if d.role == "past"
        and not _AHEAD_CLAUSE.search(_clause_before(text, d.start))
        and not cited_event(text, d.start)  # "the index printed 8.1 on June 19, 2025"
        and ago_before(text, d.start) is None  # "two months ago, on May 2, 2025"
        and (own_printed_day(text, extraction.sentences, d.start) or not _record_day(text, d))
    ]
    floor = past_floor(extraction)  # ("hit a record on 26-Jan" after "$100 on 23-Jan")
    found = [d for d in found if d.iso >= floor]
    return max(found, key=lambda d: d.iso) if found else None


def past_floor(extraction: Extraction) -> str:
    """The latest full date (ISO) the text tells as past, not ahead: the day of writing is
    on or after it ("" for none)."""
    text = extraction.text
    past = (d for d in _body_dates(extraction) if d.role == "past")
    told = [d.iso for d in past if not _AHEAD_CLAUSE.search(_clause_before(text, d.start))]
    return max(told, default="")


def _record_day(text: str, d: PrintedDate) -> bool:
    """Whether ``d`` is a record's day looked back to ("a record, as recorded on Oct. 5")."""
    return bool(
        _LOOKED_BACK.search(text[max(0, d.start - 60) : d.start])
        or _RECORD_AFTER.match(text, d.start + len(d.words))
        or record_day_named(text, d.start)
    )


def _clause_before(text: str, pos: int) -> str:
    """The words of ``pos``'s sentence before it (at most 120 characters)."""
    return re.split(r"[.;!?]\s", text[max(0, pos - 120) : pos])[-1]


def text_evidence(
    extraction: Extraction, calendar: pd.DatetimeIndex
) -> tuple[np.ndarray, list[str]]:
    """Votes per calendar day from the words of the article, and the reasons in words."""
    votes = np.zeros(len(calendar))
    why: list[str] = []
    dateline = first_dateline(extraction)
    for d in _body_dates(extraction):
        at = pd.Timestamp(d.last if d.role == "past" else d.iso)  # "May 20-24": after the 24th
        if d == dateline:
            votes += _DATELINE * ((calendar >= at) & (calendar <= at + d.after * _DAY))
            why.append(f"the dateline reads {d.words!r} (weight {_DATELINE})")
            if d.after > 1:  # "May 20-24, 2025": a recap of days, written on the last weekday
                end = pd.bdate_range(at, at + d.after * _DAY)[-1]
                votes += _SPAN_END * (calendar == end)
                why.append(f"a recap of {d.words!r} is written on its last weekday ({_SPAN_END})")
        elif d.role == "caption":  # a news photo is of the days before publication
            votes += _CAPTION * ((calendar >= at) & (calendar <= at + _CAPTION_SPAN))
            why.append(
                f"a photo caption is dated {d.words!r}: published within 3 days ({_CAPTION})"
            )
        elif d.role == "past":
            votes += _PAST_DATE * ((calendar >= at) & (calendar <= at + _PAST_SPAN))
            why.append(f"the text looks back to {d.words!r}: dated on or after it")
    if floor := past_floor(extraction):  # a day told as past: none of the days before it
        votes -= _BEFORE_PAST * (calendar < pd.Timestamp(floor))
        why.append(f"the text tells {floor} as past: days before it lose {_BEFORE_PAST}")
    latest = latest_printed(extraction)
    if latest is not None:
        at = pd.Timestamp(latest.last)  # a span of days: its last
        w = STAMP_VOTE if stamped_as_of(extraction.text, latest.start) else _LATEST
        votes += w * (calendar == at) + _LATEST_NEXT * (calendar == at + _DAY)
        why.append(f"{latest.words!r} is the latest date printed: likely the day ({w})")
    gone = [(d.iso, d.start) for d in _body_dates(extraction) if d.role == "past"]
    ago, ago_why = ago_votes(extraction.text, gone, calendar)  # "a month ago, on May 2, 2025"
    yearless, yearless_why = yearless_ago_votes(extraction.text, calendar)  # "a week ago on May 2"
    votes, why = votes + ago + yearless, why + ago_why + yearless_why
    opening = [s.text for s in extraction.sentences if not s.boilerplate]
    body, lead_end = " ".join(opening), opening_end(opening)
    ordinal, ordinal_why = ordinal_day_votes(body, calendar)  # "On the 15th (local time)"
    votes, why = votes + ordinal, why + ordinal_why
    agenda, later_items = agenda_dates(extraction.text)  # "- May 12: upgrade": coming
    named = sorted({(m, d) for m, d, _, _ in month_days(body)})  # "Nov. 5 ... Nov. 11": on or
    top = named[-1] if named and named[-1][0] - named[0][0] <= 2 else None  # after the last
    for month, dom, words, past in month_days(body):
        pos = body.find(words)
        past = past or (top is not None and (month, dom) < top)
        if words in later_items or words == agenda:  # written on or just before its first
            first_item = words == agenda and words not in later_items
            votes += 0.5 * first_item * near_day(calendar, month, dom, -_DAY, 0 * _DAY)
            kind = "its first: on it or the day before (0.5)" if first_item else "ahead (0)"
            why.append(f"{words!r} heads an item of a list of coming events, {kind}")
            later_items += (words,)  # one vote
            continue
        own = own_day(body, pos, lead_end)  # "a fresh record on Wednesday, January 28": today
        later = ahead(body, pos) or still_ahead(body, pos)  # "by"; "if ... by", "starting"
        if later or (EVENT_AHEAD.match(body, pos + len(words)) and not past):
            votes += 0.25 * near_day(calendar, month, dom, -_AHEAD_SPAN, -_DAY)
            why.append(f"{words!r} is ahead (a deadline, an event): dated before it (0.25)")
            continue
        record_day = not own and _LOOKED_BACK.search(_clause_before(body, pos)[-60:])
        if past or record_day or AHEAD.search(body[max(0, pos - 25) : pos]):  # "fell 5% by"
            first = _DAY if past or not record_day else 0 * _DAY  # a record: news on its day
            votes += 0.25 * near_day(calendar, month, dom, first, _LOOKBACK)
            rel = "after" if first else "on or after"
            why.append(f"the text looks back to {words!r}: dated {rel} it (weight 0.25)")
            continue
        if cited_event(body, pos):  # "CPI data released on May 13": reported on it or after
            votes += 0.25 * near_day(calendar, month, dom, 0 * _DAY, _LOOKBACK)
            why.append(f"{words!r} is the day of an event it cites: dated on or after it (0.25)")
            continue
        on = (calendar.month == month) & (calendar.day == dom) & dated_weekday(body, pos, calendar)
        votes += 0.5 * (on | np.roll(on, 1)) + OWN_DAY_VOTE * own * on
        why.append(f"the text names {words!r} without a year (evidence, weight 0.5)")
        if own:
            why.append(
                f"the opening names {words!r} with its weekday: its own day ({OWN_DAY_VOTE})"
            )
    weekdays = named_weekdays(body)
    if weekdays:
        votes += _WEEKDAY * weekday_days(calendar, weekdays)
        names = ", ".join(pd.Timestamp(2024, 1, 1 + d).day_name() for d in weekdays)
        why.append(f"the text names {names}: written on such a day or the next ({_WEEKDAY})")
    for year in sorted({int(next(y for y in m.groups() if y)) for m in THIS_YEAR.finditer(body)}):
        votes += _CURRENT_YEAR * (calendar.year == year)
        why.append(f"the text speaks of {year} as the current year ({_CURRENT_YEAR})")
    for m in _MONTH_OVER.finditer(body):  # "finished February": a recap written after it
        if m.group("year"):  # "ended 2025 in the red": written in a later year, likely the next
            votes += _YEAR_OVER_VOTE * (calendar.year == int(m.group("year")) + 1)
            why.append(f"{m.group(0)!r}: the year is over ({_YEAR_OVER_VOTE} over the next)")
            continue
        month = month_number(m.group("month"))
        for y in set(calendar.year):
            end = pd.Timestamp(y, month, 1) + pd.offsets.MonthEnd(0)
            votes += _MONTH_OVER_VOTE * (
                (calendar > end) & (calendar <= end + _MONTH_OVER_DAYS * _DAY)
            )
        why.append(
            f"{m.group(0)!r}: the month is over, a recap written after it ({_MONTH_OVER_VOTE})"
        )
    kinds = [
        month_extreme_votes,
        month_back_votes,
        month_end_votes,
        month_recap_votes,
        quarter_votes,
        year_votes,
        hold_votes,
    ]
    lines = "\n".join(opening)  # a wire dateline may follow a byline with no full stop
    kinds += [weekday_date_votes, week_span_votes]  # "its October peak", "Aug 5 through 9"
    kinds.append(lambda body, calendar: present_weekday_votes(lines, calendar))  # by line
    kinds.append(lambda body, calendar: dateline_weekday_votes(lines, calendar))  # the year
    kinds.append(lambda body, calendar: headline_day_votes(extraction.text, calendar))
    kinds += [holiday_votes, contract_votes, lambda body, calendar: wire_votes(lines, calendar)]
    kinds += [later_votes, period_start_votes, month_now_votes, year_floor_votes, era_votes]
    if (not set(weekdays) - {4, 5, 6} or 4 in weekdays) and as_of_weekday(body) is None:
        kinds.append(week_votes)  # a Mon..Thu named, "as of Thursday": no recap of the week
    for more in kinds:
        extra_votes, extra_why = more(body, calendar)
        votes += extra_votes
        why += extra_why
    released: set[int] = set()  # "Feb CPI ... Feb core CPI": one month's figures, one vote
    for m in _RELEASE.finditer(body):  # "January payrolls": reported the month after
        after = month_number(m.group("month")) % 12 + 1
        if after in released:
            continue
        released.add(after)
        votes += _RELEASE_VOTE * (calendar.month == after)
        why.append(f"{m.group(0)!r} comes out the month after: {after:02d} ({_RELEASE_VOTE})")
    for sentence, when in extraction.periods:
        text = extraction.sentences[sentence].text  # "a record set in October 2024"
        period = _period(when, text)
        if period is not None and when[0] == "month" and looked_back_month(text, *when[1]):
            votes += 0.5 * ((calendar >= period[0]) & (calendar <= period[0] + _YEAR))
            why.append(f"{period[2]} as a past record's time: dated on or after it")
        elif period is not None:
            start, end, words = period
            votes += 0.5 * ((calendar >= start) & (calendar <= end))
            why.append(f"{words} (sentence {sentence + 1}): {start.date()}..{end.date()}")
    return votes, why


def _period(when: tuple[str, Any], text: str) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    if when[0] == "month":
        year, month = when[1]
        if not year:
            return None
        start = pd.Timestamp(year=year, month=month, day=1)
        end = start + pd.offsets.MonthEnd(0) + pd.DateOffset(months=1)
        return start, pd.Timestamp(end), f"{start:%B %Y} is named"
    if when[0] == "year_start" and int(when[1]) and not since_year_start(text, int(when[1])):
        year = int(when[1])
        start = pd.Timestamp(year=year, month=1, day=1)
        return start, pd.Timestamp(year=year, month=3, day=31), f"the beginning of {year}"
    return None
