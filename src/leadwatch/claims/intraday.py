"""Words that make a stated move an extreme reached within the session (pure).

"Silver fell as much as 34%", "was at one point down 9%", "at one stage the metal was
12% lower", "slid up to 12% intraday", "down 6% at its lowest point": the figure is the
day's extreme, graded on the day's low (high) where the series has a range, not on the
close. The marker stands before the figure, with nothing between but other figures ("as
much as 3% and 5%") or a short stretch of words that ends with a move word ("at one point
down", "at one stage silver was down"); or the marker follows the figure ("12% intraday").
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import any_of, words_re

__all__ = ["extreme_stated"]

_EXTREME = any_of(
    *("as much as", "at one point", "at one stage", "at one time", "intraday", "up to"),
    "at (?:its|the) (?:session |intraday |day's )?(?:low|high|lowest|highest|worst|best)"
    r"(?: (?:point|level|moment))?",
    "at (?:the|its) (?:low|high) of the (?:day|session)",
)
_MOVE_WORDS = (
    *("down", "up", "lower", "higher", "off", "fell", "dropped", "slid", "sank", "plunged"),
    *("tumbled", "lost", "shed", "rose", "jumped", "gained", "climbed", "surged", "soared"),
    "rallied",
)
_CLAUSE_WORDS = ("but", "before", "after", "then", "while", "although", "though")
# Between the marker and the figure: other figures only ("as much as 3% and 5%"), or up
# to four words of one clause, the last a move word ("at one stage it was down").
_LISTED = r"(?:\s|,|and|or|\d|[.%]|per ?cent|bps?)*"
_WORD = rf"[\s,]*(?!{words_re(_CLAUSE_WORDS)}\b)[\w'\u2019&-]+"
_GAP = re.compile(rf"{_LISTED}|(?:{_WORD}){{0,4}}?[\s,]+{words_re(_MOVE_WORDS)}(?: by)?\s*", re.I)
_AFTER = re.compile(r"\s*(?:intraday|at one point|at one stage|in intraday trad\w+)\b", re.I)


def extreme_stated(before: str, after: str) -> bool:
    """Whether a figure with ``before`` (up to 60 characters) ahead of it and ``after``
    following it is stated as the session's extreme.

    >>> cases = [("Silver was at one point down ", " on Friday."), ("fell up to ", " intraday")]
    >>> [extreme_stated(b, a) for b, a in cases]
    [True, True]
    >>> extreme_stated("At one point gold rallied, but silver fell ", ".")
    False
    """
    marks = list(_EXTREME.finditer(before))
    if _AFTER.match(after):
        return True
    return bool(marks) and _GAP.fullmatch(before[marks[-1].end() :]) is not None
