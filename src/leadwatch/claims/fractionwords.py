"""Move sizes written as fractions: "lost a third of its value", "up roughly a fifth",
"fell half a percent", "one and a half percent", "up a percent" (pure).

A fraction after a move word is rewritten as the percentage it stands for, so that the
percentage readers take it: a third is 33.3%, a quarter 25%, half 50%. A fraction that
counts something else ("a third straight week", "the first half", "a quarter of
analysts") is left as written.

>>> plain_fractions("Bitcoin has lost a third of its value since October.")
'Bitcoin has lost 33.3% since October.'
>>> plain_fractions("Ether has shed nearly one-third of its value this year.")
'Ether has shed nearly 33.3% this year.'
>>> plain_fractions("Gold posted a third straight weekly gain.")
'Gold posted a third straight weekly gain.'
"""

from __future__ import annotations

import re

__all__ = ["plain_fractions"]

_SIZES = {
    "half": 50.0,
    "third": 100 / 3,
    "quarter": 25.0,
    "fifth": 20.0,
    "tenth": 10.0,
    "two thirds": 200 / 3,
    "two-thirds": 200 / 3,
    "three quarters": 75.0,
    "three-quarters": 75.0,
}
_MOVE = (
    r"(?:lost|losing|loses|shed|shedding|sheds|fell|falling|falls|dropped|dropping|drops"
    r"|declined|declining|slid|sliding|slumped|tumbled|plunged|plummeted|sank|gave up|erased"
    r"|wiped out|rose|rising|rises|gained|gaining|gains|added|adding|climbed|climbing|jumped"
    r"|surged|soared|rallied|advanced|up|down|off|higher|lower|by)"
)
_HEDGE = (
    r"(?:(?:nearly|almost|about|around|roughly|some|over|more than|less than|close to"
    r"|just over|just under|well over) )?"
)
_FRACTION_RE = re.compile(
    rf"\b(?P<head>{_MOVE} {_HEDGE})(?:an? |one[- ]|(?=half\b|two[- ]thirds|three[- ]quarters))"
    r"(?P<f>two[- ]thirds|three[- ]quarters|half|third|quarter|fifth|tenth)"
    r"(?: (?:of (?:its|their|the) (?:value|price|market value)|in value))?"
    r"(?![\w-]| (?:(?:of an? )?(?:percentage )?points?\b|straight|consecutive|successive"
    r"|session|day|week|month|year|time|round"
    r"|quarter|of (?!(?:its|their|the) (?:value|price))))",
    re.IGNORECASE,
)
#: The whole parts written as words ("one and a half percent") and their values.
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
#: "one and a half", "2-and-a-half", "half a": a size of a half unit (its whole part ``n``)
_HALF_SIZE = rf"(?:(?P<n>{'|'.join(_UNITS)}|\d+)[- ]and[- ]a[- ]half|half an?)"
_HALF_UNITS = ("per ?cent(?:age points?)?", "percent(?:age points?)?", "basis points?")
_HALF_UNIT_RE = re.compile(rf"\b{_HALF_SIZE} (?P<unit>{'|'.join(_HALF_UNITS)})\b", re.I)
# "was up a percent", "rose over a full percent": a move of one (not "a percent of GDP")
_A_UNIT_RE = re.compile(
    rf"\b(?P<head>{_MOVE} {_HEDGE})an? (?:full |whole )?(?P<unit>per ?cent|percentage point)"
    r"(?![\w-]| of\b)",
    re.IGNORECASE,
)


def _half_unit(m: re.Match[str]) -> str:
    n = m.group("n")
    whole = 0.0 if n is None else float(_UNITS.get(n.lower(), n))
    unit = m.group("unit").lower().replace(" ", "")
    word = "%"
    if unit.startswith("basis"):
        word = " basis points"
    elif "point" in unit:
        word = " percentage points"
    return f"{whole + 0.5:g}{word}"


def plain_fractions(sentence: str) -> str:
    """``sentence`` with fraction sizes written as percentages.

    >>> plain_fractions("The dollar fell half a percent; silver rose one and a half percent.")
    'The dollar fell 0.5%; silver rose 1.5%.'
    >>> plain_fractions("Copper was up a percent; zinc rose over a full percent.")
    'Copper was up 1%; zinc rose over 1%.'
    >>> plain_fractions("Ether is down more than a quarter this year.")
    'Ether is down more than 25% this year.'
    """
    out = _HALF_UNIT_RE.sub(_half_unit, sentence)
    out = _A_UNIT_RE.sub(
        lambda m: m.group("head") + ("1 percentage point" if "point" in m.group("unit") else "1%"),
        out,
    )
    return _FRACTION_RE.sub(lambda m: f"{m.group('head')}{_SIZES[m.group('f').lower()]:.3g}%", out)
