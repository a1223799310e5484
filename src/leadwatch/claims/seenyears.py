"""A year told as the time something was observed ("a pattern observed at the start of 2025",
"levels last seen in early 2021") is past, even in a sentence that looks ahead elsewhere
("..., which may mean more losses"): not a forecast's year (pure).

Not a passive still ahead ("to be observed in 2027", "being recorded in 2026"), nor a bare
"seen" (an analyst's view: "gold seen in 2026 near $5,000"); "last seen", "as seen",
"was seen" count.

Examples
--------
>>> seen_before("a setup last seen in early ")
True
>>> seen_before("gains likely to be observed in ")
False
>>> seen_before("prices seen in ")
False
"""

from __future__ import annotations

from leadwatch.claims.vocabulary import ending

__all__ = ["PROJECTING", "seen_before"]

#: Verbs of a projection ("expects", "pencilled in three cuts for 2027", "charts a path
#: to"): a sentence with one looks ahead, and the years it names may be still to come.
PROJECTING = (  # not a done thing's "as expected", "widely expected", "than expected"
    r"(?<!widely )(?<!as )(?<!than )expect\w*",
    *(r"forecast\w*", r"project\w*", r"predict\w*", r"target\w*", r"signal\w*"),
    *(r"pencil\w*", r"anticipat\w*", r"envisag\w*", r"foresee\w*", r"chart\w* a (?:course|path)"),
)
_SEEN_BEFORE = ending(
    r"(?<!\bbe )(?<!\bbeing )(?:observed|witnessed|recorded|registered"
    r"|(?:(?<=\blast )|(?<=\bnot )|(?<=\bnever )|(?<=\bbeen )|(?<=\bwas )|(?<=\bwere )"
    r"|(?<=\bas ))seen)",
    gap=r"\s+(?:(?:at|in|during|around)\s+)?(?:the\s+)?"
    r"(?:(?:early|mid|late|(?:beginning|start|end|middle)\s+of)[- ]\s*)?$",
)


def seen_before(before: str) -> bool:
    """Whether ``before`` (the text up to a year) ends with a participle of something seen
    then, with its preposition: the year that follows is past."""
    return bool(_SEEN_BEFORE.search(before[-40:]))
