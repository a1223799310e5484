"""Windows that start at a market event: "since the election", "since the halving" (pure).

A move "up 48% since the U.S. presidential election" runs from the last close before the
event took effect. :func:`event_windows` finds such "since" phrases (US presidential
elections and inaugurations, bitcoin halvings, the US spot bitcoin ETFs' approval or
launch, the Fed's rate cuts and hikes) as ``since:WORDS`` windows next to the holiday
ones; :func:`named_since`
resolves a ``since:`` phrase of either kind against the article date. The latest event
before the article is meant unless the words name a year (or, for a rate decision, a
month). The Fed's decisions are read from the fed funds rate the caller passes (a step of
0.2 points or more; the decision was taken the day before the new rate shows), not from
a list. The base close:

- an election or the ETF approval: that day's close (the news came after the close);
- an inauguration, a halving, the ETF launch, a rate decision: the close before that day.

Examples
--------
>>> [w for _, w in event_windows("Bitcoin is up 48% since the U.S. presidential election.")]
['since:the U.S. presidential election']
>>> named_since("the halving", pd.Timestamp("2025-03-02"))[0].date()
datetime.date(2024, 4, 19)
>>> named_since("the 2016 election", pd.Timestamp("2025-03-02"))[0].date()
datetime.date(2016, 11, 8)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

from leadwatch.claims.fomcholds import FOMC_DECISION_DAYS
from leadwatch.claims.holidaywindows import holiday_since, holiday_windows, since_windows
from leadwatch.claims.vocabulary import MONTH_RE, month_number

if TYPE_CHECKING:
    from leadwatch.claims.market import Market

__all__ = [
    "after_span",
    "event_windows",
    "fed_decisions",
    "fed_rates",
    "named_since",
    "named_windows",
    "since_days",
    "upto_span",
]

#: US presidential election days.
ELECTIONS = [pd.Timestamp(d) for d in ("2012-11-06", "2016-11-08", "2020-11-03", "2024-11-05")]
#: Bitcoin block-reward halvings.
HALVINGS = [pd.Timestamp(d) for d in ("2012-11-28", "2016-07-09", "2020-05-11", "2024-04-20")]
#: US presidential inaugurations (noon, 20 January) and who took office.
INAUGURATIONS = {
    pd.Timestamp(d): who
    for d, who in (
        *(("2009-01-20", "obama"), ("2013-01-20", "obama"), ("2017-01-20", "trump")),
        *(("2021-01-20", "biden"), ("2025-01-20", "trump")),
    )
}
#: US spot bitcoin ETFs: approved (after the close) and first traded.
ETF_APPROVED, ETF_LAUNCHED = pd.Timestamp("2024-01-10"), pd.Timestamp("2024-01-11")

_AP = r"['\u2019]s?"
_FED = rf"(?:the )?(?:U\.?S\.? )?(?:Fed(?:eral Reserve)?|FOMC|central bank)(?:{_AP})?"
_RATE_WORDS = (
    r"(?:(?:first|initial|last|latest|most recent|recent|final|previous|jumbo|surprise|"
    r"(?:\d+|half|quarter)[- ](?:basis[- ]point|bps?|percentage[- ]point|point)|"
    rf"(?:{MONTH_RE})\.? [0-3]?\d(?:st|nd|rd|th)?|{MONTH_RE}|20\d\d"
    r"|(?:first|last) (?:interest )?rate)[- ]?)"
)
_PRESIDENT = (  # "Trump", "President Trump", "the United States President Donald Trump"
    r"(?:(?:(?:the )?(?:United States |U\.S\. |US |former )?President |Donald |Joe |Barack ){0,3}"
    r"(?:Trump|Biden|Obama))"
)
_EVENT = (
    # inaugurations: "Trump's inauguration", "Inauguration Day", "Trump took office", "the
    # start of Trump's second term" (before the elections: "Trump's ..." is an election too)
    rf"(?:{_PRESIDENT}{_AP} |the |(?:January|20\d\d)['\u2019]?s? )?(?:(?:second|first|20\d\d"
    r"|January|presidential) )*[Ii]nauguration(?: [Dd]ay)?"
    rf"|{_PRESIDENT} (?:took|assumed|returned to|re-?entered) (?:office|the White House|power)"
    rf"|the (?:start|beginning) of {_PRESIDENT}{_AP} (?:second |first )?(?:term|presidency)|"
    # elections: "the U.S. presidential election", "Election Day", "Trump's victory"
    r"(?:the |last |this |November['\u2019]s )?(?:(?:20\d\d|U\.S\.|US|American|presidential"
    r"|general|November) )*(?:[Ee]lection(?: [Dd]ay| night| win| victory| results?| outcome)?"
    r"(?: (?:19|20)\d\d)?)|the (?:20\d\d |U\.S\. |US |presidential )+vote"
    rf"|(?:President |Donald )*Trump{_AP} (?:(?:20\d\d |November )?(?:election |electoral "
    r"|re-?election )?(?:win|victory|triumph|election)|re-?election)|(?:President |Donald )*"
    r"Trump (?:won|was (?:re-?)?elected)(?: the (?:election|presidency|White House))?"
    r"|the (?:re-?)?election (?:win |victory )?of (?:former )?(?:President |Donald )*Trump"
    # halvings: "the halving", "April's halving", "the 2024 halving", "bitcoin's last halving"
    rf"|(?:the |[Bb]itcoin{_AP} |April{_AP} )?(?:(?:20\d\d|April|latest|last|most recent|recent"
    r"|fourth|third|previous) )*(?:halving|halvening)(?: event)?"
    # spot bitcoin ETFs: "the ETFs were approved", "the approval of spot bitcoin ETFs"
    r"|(?:the )?(?:(?:SEC|U\.S\.|US|spot|[Bb]itcoin|BTC|exchange-traded)['\u2019]?s? ){0,4}"
    r"(?:ETFs?|funds)['\u2019]? (?:were |was |got |first )?(?:approved|approval|launched"
    r"|launch|debut(?:ed)?|started trading|began trading|went live|hit the market)"
    r"|the (?:SEC['\u2019]s )?(?:approval|launch|debut|green light) (?:of|for) (?:the )?"
    r"(?:(?:U\.S\.|US|spot|[Bb]itcoin|BTC) ){0,3}(?:ETFs?|exchange-traded funds)"
    # the Fed: "the Fed lowered its key rate by a quarter point in June" (the tail dates it)
    rf"|{_FED} (?:first |last |finally )?(?:cut|lowered|reduced|slashed|trimmed|raised|hiked"
    r"|increased|lifted)"
    r" (?:its |short-term |benchmark |key |policy |interest |overnight |borrowing |lending )*"
    r"rates?(?: by (?:\d+|half|a quarter|a half)[- ](?:basis[- ]points?|bps?|percentage[- ]"
    rf"points?|points?))?(?: in (?:{MONTH_RE})(?: 20\d\d)?)?"
    # the Fed: "the Fed's first rate cut", "the September cut", "the Fed began cutting"
    rf"|(?:{_FED} |the )(?:{_RATE_WORDS} ?)*(?:(?:interest[- ]|policy )?rate )?(?:cut|hike"
    r"|reduction|increase|rise)s?(?! in)"
    # a decision of a meeting, whatever it was: "the Fed's Dec. 18 rate decision"
    rf"|{_FED} (?:{_RATE_WORDS} ?)*(?:(?:interest[- ]|policy )?rate |policy )?(?:decision|meeting)"
    rf"|{_FED} (?:first |last |began |started |finally )?(?:cutting|hiking|raising|lowering"
    r"|cut|hiked|raised|lowered|easing|tightening)(?: (?:interest )?rates)?"
)
_EVENT_RE = re.compile(rf"\b[Ss]ince (?P<words>{_EVENT})(?![\w-])")
_COUNT = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_COUNTS = dict(one=1, two=2, three=3, four=4, five=5, six=6, seven=7, eight=8, nine=9, ten=10)
_COUNTS |= dict(eleven=11, twelve=12)
# "in the 90 days after the 2016 election", "over the 12 months that followed the halving"
_AFTER_RE = re.compile(
    rf"\b(?:(?:in|over|during|within|for|across) )?(?:the )?(?:first )?(?P<n>{_COUNT})[- ]"
    r"(?P<unit>day|week|month|year)s?(?: period| stretch| span| window)?"
    r"(?: (?:that|which))?(?: immediately)? (?:following|after|since|followed|succeeding)"
    rf" (?P<words>{_EVENT})(?![\w-])",
    re.IGNORECASE,
)
# "its post-election rally of 40%", "post-halving gains topping 30%": a move since the event
_POST_RE = re.compile(
    r"\bpost-(?P<words>(?:(?:U\.S\.|US|presidential|20\d\d) )*election|(?:20\d\d )?halving)"
    r"(?= (?:gains?|rall(?:y|ies)|surge|run|run-up|advance|climb|rise|jump|pop|bounce|losses"
    r"|slump|decline|drop|sell-?off|performance|move)\b)",
    re.IGNORECASE,
)
# "in the two months leading up to a vote", "over the 30 days before the halving"
# (a span: not "two days before the election", a point in time)
_UPTO_RE = re.compile(
    rf"\b(?:(?:in|over|during|within|for|across) (?:the )?|the )(?:final |last )?(?P<n>{_COUNT})"
    r"[- ](?P<unit>day|week|month|year)s?(?: period| stretch| span| window)?(?: (?:that|which))?"
    r" (?:(?:leading|running|building) up to|before|ahead of|preceding|prior to|into)"
    rf" (?P<words>{_EVENT})(?![\w-])",
    re.IGNORECASE,
)
#: The events an after-phrase ("in the 90 days after the election") is read for.
_AFTER_KINDS = ("election", "halving", "etf")


def event_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, "since:WORDS")`` of every "since <market event>" phrase of ``sentence``
    (and of every "post-election" gain or rally; "upto:N:UNIT:WORDS" for a span before one)."""
    after = (m for m in _AFTER_RE.finditer(sentence) if _kind(m.group("words")) in _AFTER_KINDS)
    post = since_windows(sentence, _POST_RE, _kind)
    upto = (m for m in _UPTO_RE.finditer(sentence) if _kind(m.group("words")) in _AFTER_KINDS)
    post += [(m.start(), f"upto:{_count(m['n'])}:{m['unit'].lower()}:{m['words']}") for m in upto]
    return (
        [w for m in after for w in _after_codes(sentence, m)]
        + post
        + since_windows(sentence, _EVENT_RE, _kind)
    )


# "the 2012, 2016 and 2020 elections": years listed for figures listed in the same order
_YEARS = re.compile(r"\b(?:19|20)\d\d(?:(?:,? and|,|;) (?:19|20)\d\d)+\b")
_FIGURES = re.compile(r"[-+]?\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)")
_LISTED = re.compile(r"(?:,? and|,|;) (?:about |roughly |around |nearly |some )?")


def _after_codes(sentence: str, m: re.Match[str]) -> list[tuple[int, str]]:
    """The "after:N:UNIT:YEAR:WORDS" windows of an after-phrase: one at the phrase, or, where
    the event names no year and the sentence lists as many years as figures, one at each
    figure for its year ("in 2016 and 2020, up 44% and 150% in the 90 days after the vote")."""
    head = f"after:{_count(m.group('n'))}:{m.group('unit').lower()}"
    words = m.group("words")
    years = _YEARS.search(sentence)
    if years is None or re.search(r"\b(?:19|20)\d\d\b", words):
        return [(m.start(), f"{head}::{words}")]
    listed = re.findall(r"(?:19|20)\d\d", years.group(0))
    runs: list[list[re.Match[str]]] = []
    for f in _FIGURES.finditer(sentence):
        joined = runs and _LISTED.fullmatch(sentence[runs[-1][-1].end() : f.start()])
        runs[-1:] = [[*runs[-1], f]] if joined else [*runs[-1:], [f]]
    run = next((r for r in runs if len(r) == len(listed)), None)
    if run is None:
        return [(m.start(), f"{head}::{words}")]
    return [(f.start(), f"{head}:{y}:{words}") for f, y in zip(run, listed, strict=True)]


def named_windows(sentence: str) -> list[tuple[int, str]]:
    """The "since" windows named by an event or a holiday (an event first where both are)."""
    events = event_windows(sentence)
    taken = {p for p, _ in events}
    return events + [w for w in holiday_windows(sentence) if w[0] not in taken]


def _kind(words: str) -> str:
    """Which event ``words`` name: ``election``, ``halving``, ``etf``, ``cut``, ``hike``,
    ``decision`` (a meeting's, whatever it was), ""."""
    low = words.lower()
    if re.search(r"inaugur|\b(?:took|assumed|returned to|re-?entered) |\bterm\b|presidency", low):
        return "inauguration"
    if re.search(r"halv", low):
        return "halving"
    if re.search(r"elect|trump|\bvote\b", low):
        return "election"
    if re.search(r"\betfs?\b|exchange-traded|\bfunds\b", low):
        return "" if re.search(r"ether|\beth\b", low) else "etf"
    if re.search(r"\bcut|reduction|lower|easing|slash|trimm", low):
        return "cut"
    if re.search(r"hike|increase|rise|rais|tightening|lift", low):
        return "hike"
    return "decision" if re.search(r"\b(?:decision|meeting)\b", low) else ""


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def after_span(code: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """ "after:90:day::the 2016 election": from the event's base close over that many days
    (weeks, ...); the latest such event (of the year given after the unit, if any) whose
    span has ended by ``day``."""
    _, n, unit, year, words = code.split(":", 4)
    size = {"day": pd.DateOffset(days=int(n)), "week": pd.DateOffset(weeks=int(n))}
    span = size.get(unit, pd.DateOffset(months=int(n)) if unit == "month" else None)
    span = span or pd.DateOffset(years=int(n))
    by = min(day, pd.Timestamp(year=int(year) + 1, month=1, day=1)) if year else day
    for _ in range(8):  # back to the latest event whose span lies before the article
        found = named_since(words, by)
        if found is None:
            return None
        base = found[0]
        if base + span <= day and (not year or base.year == int(year)):
            end = pd.Timestamp(base + span)
            return (
                base,
                end,
                f"the {n} {unit}s after {words.strip()!r} (from the {base.date()} close)",
            )
        by = base
    return None


def upto_span(code: str, day: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, str] | None:
    """ "upto:3:month:the election": the span of that length that ends at the base close of
    the latest such event before ``day`` ("over the two months leading up to a vote")."""
    _, n, unit, words = code.split(":", 3)
    found = named_since(words, day)
    if found is None:
        return None
    end = found[0]
    size = {"day": pd.DateOffset(days=int(n)), "week": pd.DateOffset(weeks=int(n))}
    span = size.get(unit, pd.DateOffset(months=int(n)) if unit == "month" else None)
    start = pd.Timestamp(end - (span or pd.DateOffset(years=int(n))))
    return start, end, f"the {n} {unit}s up to {words.strip()!r} (to the {end.date()} close)"


def fed_rates(market: Market) -> pd.Series | None:
    """The fed funds rate of ``market`` (``None``: it has none), which dates rate decisions."""
    return market.close("fed_funds") if market.has("fed_funds") else None


def fed_decisions(rates: pd.Series) -> pd.Series:
    """The Fed's rate steps by decision day: changes of 0.2 points or more in the fed funds
    rate, dated the day before the new rate shows."""
    rates = rates.dropna().sort_index()
    step = rates.diff()
    big = step[step.abs() >= 0.2]
    before = pd.Series(rates.index, index=rates.index).shift(1)  # the day before each
    days = [before.loc[d] for d in big.index]
    return pd.Series(big.to_numpy(), index=pd.DatetimeIndex(days))


def _fed_day(words: str, day: pd.Timestamp, rates: pd.Series | None) -> pd.Timestamp | None:
    """The decision day of the cut or hike ``words`` name, before ``day``."""
    kind = _kind(words)
    if rates is None or kind not in ("cut", "hike"):
        return None
    steps = fed_decisions(rates)
    steps = steps[steps.index < day]
    same = steps[steps < 0] if kind == "cut" else steps[steps > 0]
    year = re.search(r"\b(20\d\d)\b", words)
    month = re.search(rf"\b({MONTH_RE})\b", words)
    if year:
        same = same[pd.DatetimeIndex(same.index).year == int(year.group(1))]
    if month:
        same = same[pd.DatetimeIndex(same.index).month == month_number(month.group(1))]
    size = re.search(r"\b(\d+|half|quarter)[- ](?:basis|bps?|percentage|point)", words)
    if size:  # "the 50-basis-point cut", "the half-point cut": a step of that size
        bp = {"half": 50, "quarter": 25}.get(size.group(1)) or int(size.group(1))
        same = same[(same.abs() - bp / 100).abs() < 0.1]
    if same.empty:
        return None
    last = same.index[-1]
    if re.search(r"\b(?:first|initial|began|started)\b", words, re.IGNORECASE) and not month:
        earlier = steps[steps.index <= last]  # back to the first of this run of like steps
        for d, s in reversed(list(earlier.items())):
            if (s < 0) != (kind == "cut"):
                break
            last = pd.Timestamp(d)
    return pd.Timestamp(last)


def _fomc_day(words: str, day: pd.Timestamp) -> pd.Timestamp | None:
    """The last FOMC decision day before ``day`` (of the month, and day, ``words`` name)."""
    days = FOMC_DECISION_DAYS[day > FOMC_DECISION_DAYS]
    named = re.search(rf"\b({MONTH_RE})\.?(?: ([0-3]?\d)\b)?", words)
    if named:
        days = days[days.month == month_number(named.group(1))]
        days = days[days.day == int(named.group(2))] if named.group(2) else days
    return pd.Timestamp(days[-1]) if len(days) else None


def _latest(days: list[pd.Timestamp], words: str, day: pd.Timestamp) -> pd.Timestamp | None:
    """The latest of ``days`` before ``day`` (in the year ``words`` name, if any)."""
    year = re.search(r"\b((?:19|20)\d\d)\b", words)
    fits = [d for d in days if d < day and (not year or d.year == int(year.group(1)))]
    return max(fits) if fits else None


def since_days(windows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``windows`` (position, code) less a day named right after a "since" phrase, which is
    the event's ("since the Fed's rate cut on Wednesday": the cut's day, not the move's).

    >>> since_days([(6, "since:the Fed's rate cut"), (31, "day")])
    [(6, "since:the Fed's rate cut")]
    """
    ends = [pos + len("since ") + len(code[6:]) for pos, code in windows if code[:6] == "since:"]
    return [w for w in windows if not (w[1] == "day" and any(0 <= w[0] - e <= 2 for e in ends))]


def named_since(
    words: str, day: pd.Timestamp, rates: pd.Series | None = None
) -> tuple[pd.Timestamp, str] | None:
    """The base close of "since WORDS" for a market event or a holiday, and its label;
    ``None`` when ``words`` name neither (or an event not before ``day``).

    >>> [named_since(w, pd.Timestamp("2026-01-26"))[0].date().isoformat()
    ...  for w in ("Trump's inauguration", "the start of Biden's term")]
    ['2025-01-19', '2021-01-19']
    """
    kind = _kind(words) if _EVENT_RE.fullmatch(f"since {words}") else ""
    if not kind:
        return holiday_since(words, day)
    base: pd.Timestamp | None
    if kind == "election":
        trump = "trump" in words.lower()
        base = _latest([d for d in ELECTIONS if not trump or d.year in (2016, 2024)], words, day)
    elif kind == "inauguration":  # the close before noon on 20 January
        who = next((w for w in ("trump", "biden", "obama") if w in words.lower()), "")
        days = [d for d, w in INAUGURATIONS.items() if w == who or not who]
        days = [d for d in days if "second" not in words.lower() or d.year == 2025]
        found = _latest(days, words, day)
        base = None if found is None else found - pd.Timedelta(days=1)
    elif kind == "halving":
        found = _latest(HALVINGS, words, day)
        base = None if found is None else found - pd.Timedelta(days=1)
    elif kind == "etf":
        launch = re.search(r"launch|debut|trading|live|market", words, re.IGNORECASE)
        base = ETF_LAUNCHED - pd.Timedelta(days=1) if launch else ETF_APPROVED
    else:
        found = _fomc_day(words, day) if kind == "decision" else _fed_day(words, day, rates)
        base = None if found is None else found - pd.Timedelta(days=1)
    if base is None or base >= day:
        return None
    return base, f"since {words.strip()!r} (from the {base.date()} close)"
