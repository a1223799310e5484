"""A figureless move told as a noun the asset "saw" ("the 10-year yield saw a sharp spike",
"copper suffered a steep drop on Friday"): the asset's move of that session (pure).

The asset is the subject of a verb of experience (saw, posted, recorded, suffered, ...)
whose object is a move noun, with at most a few adjectives and no figure between; a noun
with a complement of its own ("a spike in volatility", "a drop of 3%") is no move of the
asset's price, and the clause must name the session ("today", "on Friday", "overnight"):
without it the phrase sums up a trend ("the dollar experienced a steep decline").
:func:`moved_after` returns such a phrase's match (groups ``up``/``down``),
or the "with X rising" participle of :func:`~leadwatch.claims.absolutes.with_moving`, for
the extractor to read as it reads "silver plunged".

Examples
--------
>>> s = "The 10-year yield saw a notable spike on Monday."
>>> moved_after(s, 4, 17).group("up")
'spike'
>>> moved_after("Gold saw a sharp drop in demand.", 0, 4) is None
True
>>> moved_after("Gold has seen a steep decline.", 0, 4) is None
True
"""

from __future__ import annotations

import re

from leadwatch.claims.absolutes import with_moving

__all__ = ["moved_after"]

_IN_TRADE = (
    r"in (?:early|late|morning|afternoon|Asian|European|U\.?S\.?|New York) (?:trade|trading|deals)"
)
_ADJ = (
    r"(?:(?:sharp|sharper|steep|notable|noticeable|big|large|strong|significant|marked"
    r"|sudden|swift|fresh|further|major|modest|brief|hefty|dramatic|renewed|massive),? ){0,2}"
)
_NOUN = re.compile(
    r"(?:['\u2019]s)?(?: prices?| futures)?(?: also| just)?"
    r" (?:saw|sees|see|posted|posts|recorded|registered|suffered|experienced|notched)"
    rf" (?:an? |another ){_ADJ}"
    r"(?:(?P<up>spike|jump|surge|rise|rally|climb|gain|advance|run-up)"
    r"|(?P<down>drop|decline|fall|slide|slump|plunge|tumble|sell-?off|retreat|loss))"
    rf"(?![\w-]| (?:in(?! {_IN_TRADE[3:]})|of|for|to|from)\b)",
    re.IGNORECASE,
)


# the session the noun's move is of, in the rest of its clause ("saw a spike on Monday")
_WHEN = re.compile(
    r"^[^,;]{0,40}?\b(?:today|tonight|yesterday|overnight|intraday|(?:this|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|early|late) (?:morning|afternoon|evening|session|trade|trading)"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the day|the session)"
    rf"|{_IN_TRADE})\b",
    re.IGNORECASE,
)


def moved_after(s: str, start: int, end: int) -> re.Match[str] | None:
    """The move phrase after the asset named at ``start:end`` of ``s``: a move noun it "saw"
    in a session the clause names (module doc) or a participle after "with"; else ``None``."""
    noun = _NOUN.match(s, end)
    if noun is not None and _WHEN.search(s[noun.end() :]):
        return noun
    return with_moving(s, start, end)
