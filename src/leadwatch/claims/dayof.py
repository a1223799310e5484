"""The day and window of a move in a sentence that may name several days (pure)."""

from __future__ import annotations

import re
from typing import Any

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.text import find_when, find_when_at
from leadwatch.claims.vocabulary import (
    EXTREME_NOUN_RE,
    IN_SENTENCE_RE,
    PREVIOUS_DAY_RE,
    YEAR_RE,
    any_of,
)

__all__ = [
    "day_named",
    "day_of",
    "extreme_dated",
    "looks_ahead",
    "looks_back",
    "own_window",
    "same_day",
]


#: "the previous session": a day word (yesterday) and a window (the session before the day).
_PREVIOUS = any_of(PREVIOUS_DAY_RE)


#: "up 0.6% from the previous session('s close)": the base of the day's move, not its day.
_FROM_PREVIOUS = any_of(
    r"(?:from|versus|vs\.?|against|compared (?:with|to)|over) (?:the |its )?(?:previous|prior"
    r"|preceding) (?:day|session|trading day|close)(?:['\u2019]s close)?"
)


#: The latest quote, whatever day the rest of the sentence speaks of.
_LATEST = re.compile(
    r"\blast (?:trad\w*|quoted|seen|changing hands|up|down|higher|lower|at|indicated)\b"
    r"[^.;,]{0,25}$",
    re.I,
)


#: A date said of the extreme a distance is measured from: "from its record of $108,000,
#: reached on December 17", "off the high it set on Monday", "below its peak, hit in March".
_EXTREME_DATED = re.compile(
    rf"^{IN_SENTENCE_RE}*?\b{EXTREME_NOUN_RE}s?\b{IN_SENTENCE_RE}{{0,40}}?\b(?:(?:it |they )?"
    r"(?:reached|set|hit|recorded|touched|notched|posted|struck|marked|achieved|seen|printed)"
    r"|(?:which|that) (?:it )?(?:was )?\w+),? (?:on|in|back in|earlier in|last) "
    # "since the peak on January 8", "from a high of $126,000 on October 6"
    rf"|^{IN_SENTENCE_RE}*?\b{EXTREME_NOUN_RE}s? (?:(?:of|at|near) (?:US)?\$?\d[\d,.]*[kK]? )?on ",
    re.I,
)


_YEAR = re.compile(rf"\b{YEAR_RE}\b")


def extreme_dated(s: str, pos: int, window: str | None) -> bool:
    """Whether the time phrase after a distance from an extreme (``window`` ``peak`` or
    ``low``, the figure at ``pos``) dates the extreme, not the distance: the distance then
    runs to the article's date.

    >>> s = "Ether is 30% below its peak of $4,950, reached on August 24."
    >>> extreme_dated(s, s.index("30%"), "peak"), extreme_dated(s, 0, None)
    (True, False)
    """
    return window in ("peak", "low") and bool(_EXTREME_DATED.match(s[pos:]))


def day_of(s: str, pos: int, window: str | None) -> tuple[tuple[str, Any] | None, str | None]:
    """The day and window of the move at ``pos``. A move "in the previous session" is the
    session before another day the sentence names ("rose 2% on Tuesday after falling 1.5%
    in the previous session": Monday's), else yesterday's; never both (that would count
    the session back twice)."""
    at = find_when_at(_FROM_PREVIOUS.sub(lambda m: " " * len(m.group(0)), s), pos)
    if at is not None and extreme_dated(s, pos, window):  # "reached on Dec 17": the peak's
        value: Any = at[1]
        since = "-".join(str(v) for v in value) if at[0] == "date" else value
        dated = at[0] == "weekday" or (at[0] == "date" and not _YEAR.search(s[pos : pos + 120]))
        return None, f"{window}:since:{at[0]}:{since}" if dated else window  # a year: any
    if _LATEST.search(s[max(0, pos - 40) : pos]):
        return None, window  # "recovered from a decline on Monday and was last up 1.2%": now
    if window != "prev" or at is None or at[0] != "yesterday":
        return at, window
    other = find_when_at(_PREVIOUS.sub(lambda m: " " * len(m.group(0)), s), pos)
    return (other, window) if other is not None else (at, None)


#: A day said relative to the story's present ("follows a decline the previous day").
_BACK = any_of(
    "the (?:previous|prior|preceding) (?:day|session|trading day)",
    "a (?:day|session) (?:earlier|before)",
    "the day before",
)


def looks_back(s: str) -> bool:
    """Whether the only day ``s`` names is one before the story's present ("This rally
    follows a drop the previous day"): a glance back, so the next sentence, naming no day,
    is of the present again, not of that day.

    >>> looks_back("The gain follows a drop the previous day."), looks_back("It fell yesterday.")
    (True, False)
    """
    return bool(_BACK.search(s)) and not re.search(r"\byesterday\b", s, re.IGNORECASE)


#: A weekday of an event to come: "expects the Fed to cut on Wednesday", "bets on a cut on
#: Wednesday", "ahead of Friday's payrolls" (an expectation, then the day in its clause).
_AHEAD = re.compile(
    r"\b(?:expect\w*|predict\w*|forecast\w*|anticipat\w*|await\w*|due|scheduled|set to|will"
    r"|chances?|odds|probability|bet(?:s|ting)?|ahead of|next)\b[^,;.]*?"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!.*\b(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day\b)",
    re.IGNORECASE,
)


def looks_ahead(s: str) -> bool:
    """Whether the weekday ``s`` names last is that of an event to come ("Traders see a cut
    on Wednesday"): not the day of the moves the next sentences tell.

    >>> looks_ahead("Dealers expect the bank to cut rates on Thursday.")
    True
    >>> looks_ahead("Silver slid 2% on Thursday, and dealers expect more.")
    False
    """
    return bool(_AHEAD.search(s))


#: Words that send a figure back to the day named before: "on the day", "that session".
_SAME_DAY = any_of(
    r"(?:on|during|in|over) (?:the|that) (?:same )?(?:day|session|trading day)",
    r"that (?:day|session)",
    r"the same day",
    r"in (?:a single|one) (?:trading )?(?:day|session)",  # "fell 12% in a single session"
    # "lost 9%, its worst daily performance since 1980": that day's move
    r"(?:its|their) (?:worst|best|biggest|largest|steepest|sharpest) (?:daily|one-day|day\b)",
    r"(?:end|clos|finish)(?:ed|ing) the (?:day|session)",
)


def same_day(s: str) -> bool:
    """Whether ``s`` speaks of the day named before it ("rose 2.7% on the day", "lost 2.7%
    that day"), even across a paragraph's end.

    >>> same_day("The token rose 2.7% on the day."), same_day("It rose 2% this week.")
    (True, False)
    """
    return bool(_SAME_DAY.search(s))


def day_named(s: str) -> tuple[str, Any] | None:
    """The day ``s`` names for the sentences after it: the weekday, date or "yesterday" named
    last outside its asides, else the first it names ("as recorded on Sunday, October 5").

    >>> day_named("Gold hit a record on Oct. 20."), day_named("Gold rose in March.")
    (('date', (10, 20)), None)
    """
    own = find_when_at(s, len(s)) or find_when(s)
    return own if own is not None and own[0] in ("weekday", "yesterday", "date") else None


_CLAUSE_BREAK = re.compile(r"[,;]|\b(?:while|whereas|but)\b", re.IGNORECASE)


def own_window(
    s: str, move: tuple[str, int], windows: list[tuple[int, str]], mentions: list[AssetMention]
) -> str | None:
    """The sentence's window for the bare move of ``move`` (asset, end of its words), unless
    the window stands in a later clause that another asset heads ("The dollar firmed, and
    gold retreated from its record high": the peak is gold's, not the dollar's).

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "The dollar firmed, and gold retreated from its record high."
    >>> own_window(s, ("dxy", 17), [(s.index("from"), "peak")], find_assets(s)) is None
    True
    >>> s = "Gold and silver rose this week."
    >>> own_window(s, ("gold", 4), [(s.index("this"), "week")], find_assets(s))
    'week'
    """
    if not windows:
        return None
    asset, end = move
    pos, window = windows[0]
    for x in mentions:
        if end <= x.start < pos and x.asset != asset and _CLAUSE_BREAK.search(s, end, x.start):
            return None  # a group heads its clause too: "while precious metals slipped"
    return window
