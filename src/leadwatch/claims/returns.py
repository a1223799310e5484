"""A return stated as a percentage is the asset's move over its period (pure).

Fund notes, issuers and index providers write moves as returns: "Bitcoin returned 5.5% in
March", "gold earned 1.4% yesterday", "the index has returned roughly 18% over the past
year", "a 12% return in the first quarter", "posted a total return of 3%". They read as gains
(a negative return as a loss), so the usual move rules take their window and asset;
"returned to $3,000" (came back to a price) is no return.

Examples
--------
>>> plain_returns("Gold has returned roughly 27% this year; silver returned -3.1% in May.")
'Gold has gained roughly 27% this year; silver lost 3.1% in May.'
>>> plain_returns("Silver posted a 12% total return, after it had a return of 4.5% in March.")
'Silver posted a 12% gain, after it had a gain of 4.5% in March.'
>>> plain_returns("Gold returned to $3,000.")
'Gold returned to $3,000.'
"""

from __future__ import annotations

import re

__all__ = ["plain_returns"]

# What may stand between the verb and its figure: "roughly", "about", "more than", "an".
_HEDGE = r"(?:(?:roughly|about|around|nearly|almost|some|just|over|more|less|than|an?)\s+)*"
_FIGURE = r"(?P<sign>[-\u2212+])?\s?(?P<num>\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b))"
# "returned 5.5%", "has returned roughly 18%", "returned -1.2%", "earned 1.4% yesterday"
_RETURNED = re.compile(rf"\b(?:returned|earned)\s+(?P<hedge>{_HEDGE}){_FIGURE}", re.IGNORECASE)
# A return the asset made, after its verb: "posted a 12% return", "delivered a 9% total
# return", "produced a total return of 3%" (a return put first, "Following a return of 1%,
# X ...", may be another's: it stays as it is).
_MADE_VERB = r"(?:(?:post|deliver|record|log|produc|generat|book|notch|clock)\w*|ha[sdv]e?)"
_MADE = rf"\b(?P<lead>{_MADE_VERB}\s+an?\s+"
_KIND = r"(?:(?:total|annual(?:ized)?|price)\s+)?"
_NOUN_AFTER = re.compile(
    rf"{_MADE}{_HEDGE}[-+]?\s?\d+(?:\.\d+)?\s?(?:%|percent|per cent))\s+{_KIND}return\b", re.I
)
# "delivered an impressive year-to-date return of 17%": up to two words before "return"
_NOUN_BEFORE = re.compile(rf"{_MADE}(?:[\w-]+\s+){{0,2}}?){_KIND}return\s+of\b", re.IGNORECASE)


def _verb(m: re.Match[str]) -> str:
    down = m.group("sign") in ("-", "\u2212")
    return f"{'lost' if down else 'gained'} {m.group('hedge')}{m.group('num')}"


def plain_returns(sentence: str) -> str:
    """``sentence`` with its stated returns written as gains or losses.

    Parameters
    ----------
    sentence
        One sentence.

    Returns
    -------
    str
        The sentence with "returned N%" (or "earned N%") as "gained N%" ("lost" for a
        negative return), "posted a N% return" as "posted a N% gain", "had a return of
        N%" as "had a gain of N%".
    """
    out = _RETURNED.sub(_verb, sentence)
    out = _NOUN_AFTER.sub(lambda m: f"{m.group('lead')} gain", out)
    return _NOUN_BEFORE.sub(lambda m: f"{m.group('lead')}gain of", out)
