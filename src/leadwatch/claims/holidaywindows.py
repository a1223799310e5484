"""Windows that start at a named holiday or its week ("since Thanksgiving week") (pure).

A move "down 2% since Thanksgiving week" runs from the last close before that week, not
over the year or the session another clause names. :func:`holiday_windows` finds such
"since" phrases (a holiday, optionally with ``week``, ``weekend`` or ``holiday``; or any
capitalised name ending in "Day") as ``since:WORDS`` windows, and :func:`holiday_since`
resolves them against the article date: the last occurrence of the holiday before it (a
week starts on its Monday, a weekend on the Saturday after the holiday). A named day the
table does not know resolves to ``None``, so its move is left not checkable with the
window named rather than graded over a guessed span.

Examples
--------
>>> holiday_windows("The dollar is down 2% since Thanksgiving week.")
[(22, 'since:Thanksgiving week')]
>>> start, _ = holiday_since("Thanksgiving week", pd.Timestamp("2025-12-15"))
>>> str(start.date())
'2025-11-23'
>>> start, _ = holiday_since("Christmas", pd.Timestamp("2026-03-02"))
>>> str(start.date())
'2025-12-24'
>>> holiday_since("Founders Day", pd.Timestamp("2026-03-02")) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

__all__ = ["holiday_since", "holiday_windows", "since_windows"]


def _nth(month: int, weekday: int, n: int) -> Callable[[int], pd.Timestamp]:
    """The ``n``-th ``weekday`` of ``month`` (``n = -1``: the last one)."""

    def day(year: int) -> pd.Timestamp:
        if n > 0:
            first = pd.Timestamp(year=year, month=month, day=1)
            return first + pd.Timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0)
        return pd.Timestamp(last - pd.Timedelta(days=(last.weekday() - weekday) % 7))

    return day


def _fixed(month: int, dom: int) -> Callable[[int], pd.Timestamp]:
    """The same calendar day every year."""
    return lambda year: pd.Timestamp(year=year, month=month, day=dom)


#: Holidays by a lowercase key of their name: the day they fall on in a year.
_HOLIDAYS: dict[str, Callable[[int], pd.Timestamp]] = {
    "thanksgiving": _nth(11, 3, 4),
    "black friday": lambda y: _nth(11, 3, 4)(y) + pd.Timedelta(days=1),
    "christmas": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "new year": _fixed(1, 1),
    "new years eve": _fixed(12, 31),
    "independence day": _fixed(7, 4),
    "july 4": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4),
    "juneteenth": _fixed(6, 19),
    "halloween": _fixed(10, 31),
    "labor day": _nth(9, 0, 1),
    "memorial day": _nth(5, 0, -1),
    "presidents day": _nth(2, 0, 3),
    "martin luther king day": _nth(1, 0, 3),
    "mlk day": _nth(1, 0, 3),
    "columbus day": _nth(10, 0, 2),
    "veterans day": _fixed(11, 11),
}
#: One-off named days (the year they fell in is fixed).
_ONCE = {"liberation day": pd.Timestamp("2025-04-02")}

_NAMES = (
    r"Thanksgiving|Black Friday|Christmas(?: Eve)?|Boxing Day|New Year['\u2019]?s?(?: Day| Eve)?"
    r"|Independence Day|July 4(?:th)?|the Fourth of July|Juneteenth|Halloween"
    r"|(?:[A-Z][\w'\u2019.-]+ ){1,3}Day"  # Labor Day, Memorial Day, Liberation Day, ...
)
_HOLIDAY_RE = re.compile(
    rf"\bsince (?P<words>(?:the )?(?:{_NAMES})(?:['\u2019]s)?"
    r"(?: (?P<span>week|weekend|holiday|break|day))?)(?![\w-])"
)
# "the highest since Christmas", "the highest since the election": a record's span, read by
# the record checks
_SUPERLATIVE = re.compile(
    r"\b(?:highest|lowest|best|worst|biggest|largest|strongest|weakest|first time)\b[^,;%]*$",
    re.IGNORECASE,
)


def since_windows(
    sentence: str, pattern: re.Pattern[str], keep: Callable[[str], object] = bool
) -> list[tuple[int, str]]:
    """``(position, "since:WORDS")`` of every "since" phrase ``pattern`` finds in ``sentence``
    (its ``words`` group the start), bar those after a superlative ("the highest since
    Christmas": a record's span).

    Parameters
    ----------
    sentence : str
        The sentence searched.
    pattern : re.Pattern[str]
        A "since" phrase (of a holiday, of a market event) with a ``words`` group.
    keep : Callable[[str], object]
        Whether the phrase's words name a start this reader knows (truthy: kept).

    Returns
    -------
    list[tuple[int, str]]
        The windows in the order of the sentence.
    """
    return [
        (m.start(), f"since:{m.group('words')}")
        for m in pattern.finditer(sentence)
        if keep(m.group("words"))
        and not _SUPERLATIVE.search(sentence[max(0, m.start() - 60) : m.start()])
    ]


def holiday_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, "since:WORDS")`` of every "since <holiday>" phrase of ``sentence``."""
    return since_windows(sentence, _HOLIDAY_RE)


def _key(words: str) -> tuple[str, str]:
    """The table key of the holiday in ``words`` and its span word ("" for the day)."""
    text = re.sub(r"['\u2019]s?\b(?= (?:week|weekend|holiday|break|day)$)|(?<=\d)th\b", "", words)
    text = re.sub(r"\s+", " ", re.sub("['\u2019]", "", text)).strip().lower()
    if text.startswith("new year"):  # "New Year's", "New Years Day": the 1st ("Eve": the 31st)
        text = "new years eve" if text.endswith("eve") else re.sub(r"^new years?", "new year", text)
    span = re.search(r" (week|weekend|holiday|break|day)$", text)
    if span and text not in _HOLIDAYS and text not in _ONCE:
        return text[: span.start()], span.group(1)
    return text, ""


def holiday_since(words: str, day: pd.Timestamp) -> tuple[pd.Timestamp, str] | None:
    """The window start of "since WORDS" for a holiday (the last close before it, or before
    its week's Monday) and its label; ``None`` when ``words`` name no holiday known here."""
    key, span = _key(words)
    key = key.removeprefix("the ") if key.removeprefix("the ") in _HOLIDAYS else key
    if key in _ONCE:
        when = _ONCE[key]
    elif key in _HOLIDAYS:
        when = _HOLIDAYS[key](day.year)
        when = when if when < day else _HOLIDAYS[key](day.year - 1)
    else:
        return None
    if span == "week":  # from the close before its Monday
        when = pd.Timestamp(when - pd.Timedelta(days=when.weekday()))
    elif span == "weekend":  # from the last close before the weekend after it
        when = pd.Timestamp(when + pd.Timedelta(days=(5 - when.weekday()) % 7))
    if when >= day:
        return None
    return when - pd.Timedelta(days=1), f"since {when.date()} ({words.strip()!r})"
