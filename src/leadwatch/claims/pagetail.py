"""Where an article ends and the page furniture after it begins (pure, rule-based).

A page pasted whole carries widgets: a share bar and a byline above the body, comments,
"View original" and a disclaimer below it. A widget line such as "Share" or "Comments" ends
the article only when it comes after the body has begun, or when no body follows it: the same
word in the header strip (title, byline, read time, "Share", then the text) must not drop the
whole article.

Examples
--------
>>> tail_start(["Gold at $3,000", "Share", "Gold rose 2% to $3,000. Silver fell 1%."], [1, 1, 2])
>>> tail_start(["Gold rose 2%. Silver fell.", "Comments", "lol gold to $10k"], [2, 1, 1])
1
>>> tail_start(["Gold at $3,000", "Banks wait. Photo: Reuters", "Share", "Gold rose 2%. Fine."],
...            [1, 2, 1, 2]) is None  # a caption is not the body: "Share" heads it
True
>>> lines = ["Gold fell. Silver too.", "Disclaimer: no advice", "Gold: -5%", "Silver: -7%",
...          "Bitcoin: -1.5% to $109,201"]
>>> tail_start(lines, [2, 1, 1, 1, 1]) is None  # a live page's data under its disclaimer
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["FURNITURE_START", "link_line", "tail_start"]

# A line that starts the page furniture after the article: everything after it is boilerplate.
FURNITURE_START = re.compile(
    r"^\s*(?:comments?|view original|reply\d*|share|repost|reward|disclaimer\b.*"
    r"|this page may contain .*|[A-Z]{2,6}\s?[+-]?\d+(?:[.,]\d+)?%)\s*$",
    re.IGNORECASE,
)
# A link to another page inside the body ("Read more: ...", "Related - ...", "Learn more: ...",
# "ADVERTISEMENT"):
# only that line is furniture; its headline is another article's.
_LINK_LINE = re.compile(
    r"^\W*(?:read (?:more|also|next)|also read|related(?: (?:articles?|stories|news|coverage))?"
    r"|see also|recommended|more from [\w ]+|don['\u2019]t miss|sponsored|advertisement"
    r"|trending(?: now)?|editor['\u2019]s picks?|must read|learn more|find out more"
    r"|(?:keep|continue|further) reading|you (?:may|might) also like|more on this(?: story)?)"
    r"\b\s*(?:[:|\-\u2013\u2014>\u00bb]|$)",
    re.IGNORECASE,
)
_PARAGRAPH_WORDS = 40  # a line this long is body text even as one sentence
# A disclaimer set at the top of a live page ("Disclaimer: no part of this is financial
# advice") is followed by the market data: three lines of figures after it keep the page.
_DISCLAIMER = re.compile(r"^\s*disclaimer\b", re.IGNORECASE)
_FIGURE_LINE = re.compile(r"\d\s?%|\$\s?\d|\d\s?(?:per ?cent|points)\b", re.IGNORECASE)
_FIGURES_AFTER = 3
# A photo's caption above the body ("... a safe haven. Photo: Reuters") is not body text: a
# share bar after it is still the header strip.
_CAPTION = re.compile(
    r"(?:\b(?:photo|image|picture|photograph)(?: credit)?s?:\s*[\w .&'/-]{1,60}"
    r"|\bGetty Images|\((?:photo|image|picture)[^)]{0,60}\))\W*$",
    re.IGNORECASE,
)


def _paragraph(line: str, sentences: int) -> bool:
    """A line of body text: two sentences or more, or one long one."""
    return sentences >= 2 or len(line.split()) >= _PARAGRAPH_WORDS


def link_line(line: str) -> bool:
    """Whether ``line`` links to another page ("Read more: Gold tops $3,000").

    Examples
    --------
    >>> link_line("Read more: Gold tops $3,000"), link_line("ALSO READ | Bitcoin ETF flows")
    (True, True)
    >>> link_line("Related stocks rose 2% on Friday.")
    False
    """
    return bool(_LINK_LINE.match(line))


def tail_start(lines: Sequence[str], sentences: Sequence[int]) -> int | None:
    """Index of the line where the page furniture after the article begins, or None.

    Parameters
    ----------
    lines
        The article's lines, without their line ends.
    sentences
        How many sentences each line holds (same length as ``lines``).

    Returns
    -------
    int or None
        The first widget line that follows body text, or that no body text follows.
    """
    begun = False
    for i, line in enumerate(lines):
        if line.strip() and FURNITURE_START.match(line):
            header = not begun and any(
                _paragraph(lines[j], sentences[j]) for j in range(i + 1, len(lines))
            )
            figures = sum(bool(_FIGURE_LINE.search(x)) for x in lines[i + 1 :])
            if _DISCLAIMER.match(line) and figures >= _FIGURES_AFTER:
                continue  # a disclaimer heading a page of data: that line only
            if not header:
                return i
        begun = begun or (_paragraph(line, sentences[i]) and not _CAPTION.search(line))
    return None
