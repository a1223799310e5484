"""A printed date stamped on the article's figures ("as of November 9, 2025"), for dating.

A full date that "as of" or "as at" introduces ("trading near $102,400 as of November 9,
2025", "As at 9 Nov 2025, gold ...", "quotes as of the market close on June 2, 2025", "data
accurate as of Tuesday, 4 March 2025") tells the reader which day the quotes are of: the
article's own day, as strong as a dateline. A date the running text merely names ("set a
record on March 3, 2025") is a day looked back to and keeps its smaller weight.

Examples
--------
>>> cases = [
...     ("Bitcoin traded near $102,400 as of November 9, 2025.", "November"),
...     ("Data accurate as of Tuesday, 4 March 2025.", "4 March"),
...     ("Bitcoin set a record on November 9, 2025.", "November"),
... ]
>>> [stamped_as_of(text, text.find(date)) for text, date in cases]
[True, True, False]
"""

from __future__ import annotations

import re

__all__ = ["STAMP_VOTE", "stamped_as_of"]

#: The vote for the day an "as of" stamp names (a dateline's weight).
STAMP_VOTE = 2.5
#: "as of", "as at", with a few words between the stamp and the date: "as of market close
#: on", "as at the close of", "as of writing on", "as of press time,", a weekday "Tuesday,".
_AS_OF = re.compile(
    r"\bas\s+(?:of|at)\s+"
    r"(?:(?:the\s+)?(?:market\s+)?(?:close|closing|writing|press\s+time|publication|today)"
    r"(?:\s+(?:on|of))?[,:]?\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\(?$",
    re.IGNORECASE,
)


def stamped_as_of(text: str, start: int) -> bool:
    """Whether the printed date at ``start`` of ``text`` is an "as of" stamp (module docstring).

    Parameters
    ----------
    text
        The article text.
    start
        Where the printed date begins.

    Returns
    -------
    bool
        True when "as of" / "as at" (with at most a close, writing or weekday word) stands
        right before the date.
    """
    return bool(_AS_OF.search(text[max(0, start - 60) : start]))
