"""Text copied with hard line breaks: the breaks inside a sentence joined (pure).

A page copied from a PDF, an e-mail or a narrow column keeps the line breaks of its
layout: "surged to a new high of $109,350 early" / "Monday, as markets rallied". Every
line break otherwise ends a sentence (headings, dashboard rows and list items stand on
lines of their own), so such a text loses its sentences' days, subjects and figures.

A text counts as hard-wrapped when many of its lines run on into a next line that starts
in lower case (at least three, and a quarter of its line breaks). In such a text a line
break is joined when

- the line does not end a sentence and the next line starts in lower case, or
- the line does not end a sentence, is as long as the wrapped lines are (the layout's
  width, not a short heading), is not a title (most words capitalised) and is not the
  text's first line.

The join puts a space for the break, so every offset into the text stays the same.
:func:`page_prose` also blanks the link notes a copied wire page leaves in its sentences.

Examples
--------
>>> text = ("Silver at a high\\nSilver climbed to a fresh high of $58.20 late\\nTuesday, as buyers"
...         " returned to the"
...         "\\nmarket. The metal has\\ngained 80% this year and\\nanalysts expect more.")
>>> unwrap_lines(text).count("\\n")
1
>>> unwrap_lines("Gold Price Today\\nGold rose 1% to $4,100.\\nsilver fell.") == (
...     "Gold Price Today\\nGold rose 1% to $4,100.\\nsilver fell.")
True
"""

from __future__ import annotations

import re

__all__ = ["page_prose", "unwrap_lines"]

# A link's note left by copying a wire page: "The U.S. dollar (.DXY)\n, opens new tab rose".
_LINK_NOTE = re.compile(r"\s*,\s*opens new tab\b", re.IGNORECASE)

#: A line that ends a sentence (or a heading's colon), closing quotes and brackets allowed.
_ENDS = re.compile(r"[.!?:;\u2026]['\"\u2019\u201d)\]*]*\s*$")
#: A line that ends inside a sentence: a word, a figure, a comma, a dash or a bracket.
_RUNS_ON = re.compile(r"[\w,%$\u2019'\u2014\u2013()-]\s*$")
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
#: The fewest lower-case run-ons (and their share of the line breaks) of a wrapped text.
_MIN_RUN_ONS = 3
_MIN_SHARE = 0.25
#: A line at least this share of the layout's width was cut by the layout, not by a writer.
_WIDTH_SHARE = 0.6


def _runs_on(line: str) -> bool:
    return bool(line.strip()) and not _ENDS.search(line) and bool(_RUNS_ON.search(line))


def _title(line: str) -> bool:
    """Most longer words capitalised: a headline, not a line of prose."""
    words = [w for w in _WORD.findall(line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of a hard-wrapped layout joined (same length).

    Parameters
    ----------
    text
        The article as read.

    Returns
    -------
    str
        The text, with a space for every line break that falls inside a sentence of a
        hard-wrapped text; any other text comes back unchanged.

    Examples
    --------
    >>> unwrap_lines("Bitcoin fell.\\nEther rose.")
    'Bitcoin fell.\\nEther rose.'
    """
    lines = text.split("\n")
    breaks = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    lower = [i for i in breaks if _runs_on(lines[i]) and lines[i + 1].lstrip()[:1].islower()]
    if len(lower) < _MIN_RUN_ONS or len(lower) < _MIN_SHARE * len(breaks):
        return text
    widths = sorted(len(lines[i].rstrip()) for i in lower)
    width = widths[int(0.9 * (len(widths) - 1))]
    joined = set(lower)
    for i in breaks:
        line = lines[i].rstrip()
        if i > 0 and _runs_on(line) and len(line) >= _WIDTH_SHARE * width and not _title(line):
            joined.add(i)
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i < len(lines) - 1:
            out.append(" " if i in joined else "\n")
    if not joined:
        return text
    body = "".join(out)
    return re.sub(r"\r(?= )", " ", body)  # "\r\n" breaks joined: both characters a space


def page_prose(text: str) -> str:
    """``text`` as prose: link notes blanked and a hard-wrapped layout joined (same length).

    Examples
    --------
    >>> page_prose("The dollar (.DXY)\\n, opens new tab rose.")
    'The dollar (.DXY)                 rose.'
    """
    text = _SWISS_GROUPS.sub(lambda m: re.sub("['\u2019]", ",", m.group(0)), text)
    return unwrap_lines(_LINK_NOTE.sub(lambda m: " " * len(m.group(0)), text))


#: Thousands grouped with apostrophes, the Swiss way ("$63'000", "1\u2019250.50"): read as
#: commas (same length). A group is three digits; "the 90's" or "5'10" is none.
_SWISS_GROUPS = re.compile(r"(?<![\w'\u2019.,])\d{1,3}(?:['\u2019]\d{3})+(?![\w'\u2019])")
