"""Windows of a period still running, said of where it is heading (pure).

"on course to end the year 6% lower", "set for a weekly gain of 3%", "headed for its
best month since 2020, up 9%", "poised to end the week 4% higher": the figure is the
period's change so far (``ytd``, ``mtd``), never one session's (a week's, "set for a
weekly gain", is the week to the date: :mod:`leadwatch.claims.windows`). A phrase that
looks at a later period ("set to rise 10% next year") is a forecast and names no window.

Examples
--------
>>> [w for _, _, w in pace_windows("Ether was on course to end the year some 6% lower")]
['ytd']
>>> [w for _, _, w in pace_windows("Gold is headed for its biggest monthly gain since 2020")]
['mtd']
>>> pace_windows("Gold is set to rise 10% next year")
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.weekof import week_windows

__all__ = ["eyed_pace", "pace_windows", "with_pace"]

_CODES = {"month": "mtd", "year": "ytd"}  # (a week's: :mod:`leadwatch.claims.windows`)
_UNIT = {"monthly": "month", "annual": "year", "yearly": "year"}
# "on track", "set", "poised", "headed", "on pace", "en route", "heading", "bound"
_HEADING = r"(?:on (?:track|course|pace)|set|poised|head(?:ed|ing)|bound|en route|looking)"
# the verbs that close or book a period: "to finish", "to end", "to post", "to log"
_CLOSE = (
    r"(?:finish|end|close|wrap(?: up)?|round (?:off|out)|post|log|record|notch|book|seal"
    r"|chalk up|register|deliver|secure|cap|mark)"
)
_WORD = r"(?!(?:next|coming|following|new)\b)[\w%.,$+-]+"  # a later period is a forecast
_PACE = re.compile(
    rf"\b{_HEADING}\s+(?:to\s+{_CLOSE}\s+|for\s+)(?:(?:the|this|its|their|a|an)\s+)?"
    rf"(?:{_WORD}\s+){{0,4}}?(?P<unit>month|year|monthly|annual|yearly)\b"
    r"(?!\s+(?:ago|earlier|before))",
    re.IGNORECASE,
)


def pace_windows(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` of each phrase of a period on its way to an end."""
    out = []
    for m in _PACE.finditer(sentence):
        unit = m.group("unit").lower()
        out.append((m.start(), m.end(), _CODES[_UNIT.get(unit, unit)]))
    return out


def with_pace(sentence: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``found`` with the windows inside a period-to-date phrase or a named week replaced
    by its own ("to finish the year": the year so far, not one session)."""
    pace = pace_windows(sentence) + week_windows(sentence)  # and "the week of September 2"
    kept = [(p, w) for p, w in found if not any(_inside(sentence, p, a, b) for a, b, _ in pace)]
    return sorted(kept + [(a, code) for a, _, code in pace])


def _inside(sentence: str, p: int, a: int, b: int) -> bool:
    """Whether a window phrase at ``p`` is part of the phrase ``a:b``: it starts inside it or
    a word or two before it ("in the week ending ...", "ended the week of ...")."""
    return a <= p < b or (p < a and re.fullmatch(r"(?:\w+ ){1,2}", sentence[p:a]) is not None)


#: "eyes a 16% weekly loss", "sees its 3% monthly gain": a period's move it is heading for.
_EYED = re.compile(r"\b(?:eyes|eyeing|sees|seeing)\s+(?:a|an|its|their)\s+$", re.IGNORECASE)
_PERIOD_MOVE = re.compile(
    r"^\s*(?:weekly|monthly|quarterly|annual|yearly)\s+(?:gain|loss|drop|decline|rise|advance"
    r"|slide|jump|fall|rally|slump)s?\b",
    re.IGNORECASE,
)


def eyed_pace(s: str, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` is a running period's move an asset "eyes" or
    "sees" ("Silver eyes a 7% weekly gain"): where the period is heading, as with "set for"
    (not a forecast of a level, "eyes $40").

    >>> s = "Silver eyes a 7% weekly gain."
    >>> eyed_pace(s, s.index("7"), s.index("%") + 1), eyed_pace("Silver eyes $40.", 12, 15)
    (True, False)
    """
    return bool(_EYED.search(s[:start]) and _PERIOD_MOVE.match(s[end:]))
