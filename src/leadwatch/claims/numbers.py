"""Numbers written as words, and figures that rewriting tools mangled (pure).

>>> plain_figures("up seven.5% in a yr")
'up 7.5% in a year'
"""

from __future__ import annotations

import re

from leadwatch.claims.fractionwords import plain_fractions
from leadwatch.claims.returns import plain_returns
from leadwatch.claims.vocabulary import NUMBER_WORDS

__all__ = ["DIGITS", "SPELLED", "figure_at", "plain_figures", "spelled_number"]

_SPUN_NUMBER = re.compile(rf"\b({'|'.join(NUMBER_WORDS)})\.(?=\d)", re.IGNORECASE)
_ABBREVIATED = {"yr": "year", "yrs": "years", "mth": "month", "mths": "months"}
#: Unicode hyphens (U+2010, the non-breaking U+2011, U+2012 figure dash) read as "-".
_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012", "-"))
#: Synonyms a rewriting tool put for market words, undone where the phrase gives them away:
#: "an all-time excessive of $126,000" (high), "because the starting of 2025" (since the
#: start of), "to this point" (so far), "a ten.59% acquire" (gain), "final month" (last),
#: "astatine $95,000" (at: the element's symbol is "At").
_SPUN_WORDS = tuple(
    (re.compile(pattern, re.IGNORECASE), plain)
    for pattern, plain in (
        (r"\b(all[- ]time|record|new|fresh|multi-year) (?:excessive|precocious)\b", r"\1 high"),
        (r"\bbecause the (?:starting|beginning|begin) of\b", "since the start of"),
        (r"\bto this point\b", "so far"),
        (r"(%|per ?cent) acquire\b", r"\1 gain"),
        (r"(?<!\bthe )\bfinal (week|month|year)\b", r"last \1"),
        (r"\bastatine (?=(?:US)?\$)", "at "),
    )
)
#: A range of percentages written with a hyphen or a dash ("12-15%", "5\u20137%"): the
#: hyphen is no minus sign; it reads as "137 to 140%".
#: Only a rising pair is a range ("2650 -1.2%" in a table is a price and a change).
_PERCENT_RANGE = re.compile(
    r"(?<![\w.,/+-])(?P<low>\d+(?:\.\d+)?)(?:[-\u2013]| [-\u2013] )(?P<high>\d+(?:\.\d+)?)(?=\s?%)"
)
#: A figure set in brackets after its preposition ("fell by (0.3%) to (4051.48) dollars"), as
#: some translated wires print them: the brackets only mark the figure. A bracket after a
#: figure ("down $12 (0.5%)") is left as it is.
#: A decimal written without its leading zero: "-.30%", "up .5%", "(.25 bp)".
_BARE_DECIMAL = re.compile(r"(?<![\w.,])([+\-\u2212]?)\.(?=\d)")
_BRACKETED = re.compile(
    r"\b(by|to|at|from|of|around|near|about|reaching) \((\d[\d,]*(?:\.\d+)?\s?%?)\)",
    re.IGNORECASE,
)
#: A tilde for "about" before a bare figure ("at ~4.48%"), after a space or a cell's pipe;
#: "4~5%" (a range) and "~/" (a path) are none, and "its ~$5,000 peak" keeps its sign.
_TILDE = re.compile(r"(?<=[\s|(])~\s?(?=\d)")
#: "$US4,122" (the Australian order) is US$4,122; "(minus 6 percent)" is -6 percent.
_DOLLAR_US = re.compile(r"\$US(?=\s?\d)")
#: A price with spaces between its thousands ("$51 500", "R971 000", "\u20ac2 450"), as South
#: African and European papers print them: the spaces are its commas.
_SPACED_THOUSANDS = re.compile(
    r"(?P<sign>(?:US)?\$|\u20ac|\u00a3|\bR)\s?(?P<num>\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+)"
    r"(?![\d.,]?\d)"
)
_SIGN_WORD = re.compile(r"(?<=\()(?:(minus)|plus) (?=\d[\d.]*\s?(?:%|percent|per cent))", re.I)
# (not a tenor's row label: "10-yr: 4.52%" is the 10-year yield's row, kept for its name)
_ABBREVIATED_RE = re.compile(rf"\b({'|'.join(_ABBREVIATED)})\b(?!\s*:)", re.IGNORECASE)


def plain_figures(sentence: str) -> str:
    """Undo what rewriting tools do to figures: a number word before decimals ("seven.79%"
    is 7.79%), clipped time words ("for the yr") and typographic hyphens ("two\u2011week").

    >>> plain_figures("a decline of seven.79% for the yr, after ten.59% in two years")
    'a decline of 7.79% for the year, after 10.59% in two years'
    >>> plain_figures("Dow: -.30% | VIX: +.5% | U.S. yields 4.1%.")
    'Dow: -0.30% | VIX: +0.5% | U.S. yields 4.1%.'
    >>> plain_figures("a 13-yr high; 10-yr: 4.52%")  # a tenor's row label keeps its name
    'a 13-year high; 10-yr: 4.52%'
    >>> plain_figures("Spot gold: -5.4% to $US4,122/ounce; ether (minus 6 percent)")
    'Spot gold: -5.4% to US$4,122/ounce; ether (-6 percent)'
    >>> plain_figures("bitcoin at $51 500 (about R971 000), up 3 200 times")
    'bitcoin at $51,500 (about R971,000), up 3 200 times'
    """
    out = sentence.translate(_HYPHENS)  # "a three\u2011year low": a hyphen all the same
    out = out.replace("**", "")  # markdown bold: "GC=F **4,197.8** (-3.21%)"
    out = out.replace("`", "")  # markdown code: "`GC=F`: 4,197.8"
    out = _BRACKETED.sub(r"\1 \2", out)  # "by (0.3%) to (4051.48) dollars"
    out = _TILDE.sub("about ", out)  # "the 10-year at ~4.48%": about 4.48%
    out = _DOLLAR_US.sub("US$", out)  # "to $US4,122/ounce"
    out = _SPACED_THOUSANDS.sub(_commas, out)  # "at $51 500": $51,500
    out = _SIGN_WORD.sub(lambda m: "-" if m.group(1) else "+", out)  # "(minus 6 percent)"
    out = _BARE_DECIMAL.sub(r"\g<1>0.", out)  # "Russell 2000: -.30%" is -0.30%, not 30%
    out = _SPUN_NUMBER.sub(lambda m: f"{NUMBER_WORDS.index(m.group(1).lower())}.", out)
    out = _PERCENT_RANGE.sub(_range, out)  # "up 12-15%": 12 to 15, not minus 15
    out = _ABBREVIATED_RE.sub(lambda m: _ABBREVIATED[m.group(1).lower()], out)
    for pattern, plain in _SPUN_WORDS:
        out = pattern.sub(plain, out)
    return plain_returns(plain_fractions(out))  # "lost a third of its value": 33.3%; "returned 5%"


def _commas(m: re.Match[str]) -> str:
    return m.group("sign") + re.sub(r"[ \u00a0\u2009\u202f]", ",", m.group("num"))


def _range(m: re.Match[str]) -> str:
    low, high = m.group("low"), m.group("high")
    return f"{low} to {high}" if float(low) < float(high) else m.group(0)


_ONE_TO_TEN = NUMBER_WORDS[1:11]
#: Spelled numbers a percentage may be written with ("one percent"), and a count of basis
#: or percentage points ("three basis points", "twelve bps").
SPELLED = (
    r"(?<![\w-])(?:(?:"
    + "|".join(_ONE_TO_TEN)
    + r")(?= per ?cent\b)|(?:"
    + "|".join(NUMBER_WORDS[1:])
    + r")(?= (?:basis points?|bps?|percentage points?)\b))"
)


#: Digits grouped in thousands by commas ("5,428", "1,250.5").
_GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
_THOUSANDS = re.compile(rf"^[+-]?{_GROUPED}$")
#: A figure's digits: grouped in thousands, or with a decimal point or comma ("2,5").
DIGITS = rf"(?:{_GROUPED}|\d+(?:[.,]\d+)?)"


def spelled_number(text: str) -> float:
    """A number as written: digits (a decimal comma allowed, but commas grouping thousands
    are thousands: "5,428" is 5428) or "one" to "twenty".

    >>> spelled_number("one"), spelled_number("2,5"), spelled_number("Twelve")
    (1.0, 2.5, 12.0)
    >>> spelled_number("5,428"), spelled_number("1,250.5")
    (5428.0, 1250.5)
    """
    word = text.lower()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS.index(word))
    if _THOUSANDS.match(text):
        return float(text.replace(",", ""))
    return float(text.replace(",", "."))


def figure_at(s: str, words: str) -> int:
    """Where ``words`` (a figure) stand in ``s``, not inside a longer number; -1 if nowhere.

    >>> figure_at("up 154% this year and 4% below its peak", "4%")
    22
    >>> figure_at("a 0.6% rise", "6%")
    -1
    """
    m = re.search(rf"(?<![\d.,]){re.escape(words)}", s)
    return m.start() if m else -1
