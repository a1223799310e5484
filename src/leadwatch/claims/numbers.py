"""Numbers written as words, and figures that rewriting tools mangled (pure).

>>> NUMBER_WORDS.index("twelve")
12
"""

from __future__ import annotations

import re

__all__ = ["NUMBER_WORDS", "plain_figures"]

NUMBER_WORDS = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
)
_SPUN_NUMBER = re.compile(rf"\b({'|'.join(NUMBER_WORDS)})\.(?=\d)", re.IGNORECASE)
_ABBREVIATED = {"yr": "year", "yrs": "years", "mth": "month", "mths": "months"}
_ABBREVIATED_RE = re.compile(rf"\b({'|'.join(_ABBREVIATED)})\b", re.IGNORECASE)


def plain_figures(sentence: str) -> str:
    """Undo what rewriting tools do to figures: a number word before decimals ("seven.79%"
    is 7.79%) and clipped time words ("for the yr").

    >>> plain_figures("a decline of seven.79% for the yr, after ten.59% in two years")
    'a decline of 7.79% for the year, after 10.59% in two years'
    """
    out = _SPUN_NUMBER.sub(lambda m: f"{NUMBER_WORDS.index(m.group(1).lower())}.", sentence)
    return _ABBREVIATED_RE.sub(lambda m: _ABBREVIATED[m.group(1).lower()], out)
