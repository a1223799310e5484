"""Lists: the sentence that introduces a bullet list lends its window and asset to the items.

A weekly wrap states its window once ("last week's performance of the major indexes:")
and then lists the moves ("- Gold fell 4.4%", "- VIX fell 3%"); a price column states its
asset once ("gold's change against a week, a month and a year ago:") and then
lists bare figures ("One month ago: +23.9%"). :func:`list_leads` finds, for each list
item, the sentence that introduces its list: an item starts on a line of its own and
either opens with a bullet or number marker (or follows a line holding only a marker), or
follows a lead-in ending with a colon and is a short line with a figure.

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> text = "Last week's moves:\\n- Gold fell 4.4%\\n- Silver rose 1%\\n\\nGold is at $3,200."
>>> list_leads(text, split_sentences(text))
{1: 0, 2: 0}
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.windows import find_windows, window_near

__all__ = ["item_claim", "list_leads", "other_row"]

_MARK = r"(?:[-\u2022*\u2013\u2014\u25aa\u25cf\u25e6]|\d{1,2}[.)])"
_STARTS = re.compile(rf"^\s*{_MARK}\s+")
_ONLY = re.compile(rf"^\s*{_MARK}\s*$")


def _own_line(text: str, sentences: list[Sentence], i: int) -> bool:
    """Whether sentence ``i`` starts a line (the first sentence does)."""
    return i == 0 or "\n" in text[sentences[i - 1].end : sentences[i].start]


def list_leads(text: str, sentences: list[Sentence]) -> dict[int, int]:
    """Index of each list item -> index of the sentence that introduces its list.

    Parameters
    ----------
    text
        The article.
    sentences
        Its sentences, as :func:`leadwatch.claims.text.split_sentences` gives them.
    """
    leads: dict[int, int] = {}
    lead: int | None = None
    colon = False  # the lead ends with a colon: unmarked short lines are items too
    for i, sent in enumerate(sentences):
        if _ONLY.match(sent.text):
            continue
        marked = _STARTS.match(sent.text) is not None or (
            i > 0 and _ONLY.match(sentences[i - 1].text) is not None
        )
        short = (
            colon
            and len(sent.text) <= 80
            and bool(re.search(r"\d", sent.text))
            # "S&P 500: Rose about 14%." a labelled field is an item, its full stop and all
            and (not sent.text.rstrip().endswith(".") or _LABEL.match(sent.text) is not None)
        )
        if lead is not None and _own_line(text, sentences, i) and (marked or short):
            leads[i] = lead
            continue
        if marked and lead is None:
            continue
        lead = i
        colon = sent.text.rstrip().endswith(":")
    return leads


def item_claim(c: Claim, item: str, window: str | None) -> Claim:
    """``c``, a claim of the list item ``item``, over the window of the item or else of its
    lead when it states none; a signed figure of an asset ("One month ago: +23.9%") a move.

    >>> c = Claim(3, "figure", "gold", "+23.9%", pct=23.9)
    >>> d = item_claim(c, "One month ago: +23.9%", "week")
    >>> (d.kind, d.op, d.window)
    ('percent', 'up', 'month')
    """
    own = find_windows(item)
    pos = item.find(c.words)
    near = window_near(item, pos, own) if own and pos >= 0 else None
    window = near or (own[0][1] if own and pos < 0 else window)  # the figure's own, else the lead's
    if c.kind == "figure" and c.asset is not None and window is not None:
        sign = re.match(r"\s*([+\u2212-])", c.words)
        if sign is None:
            return c
        op = "up" if sign.group(1) == "+" else "down"
        return replace(c, kind="percent", op=op, pct=abs(c.pct or 0.0), window=window)
    moves = c.kind in ("percent", "move")
    return replace(c, window=window) if moves and c.window is None and c.when is None else c


# A row's own label before a colon: "- Lean Hogs: $90.10 (-1.2%)", "* Sugar: 18.2 cents".
_LABEL = re.compile(rf"^\s*(?:{_MARK}\s*)?(?P<label>[A-Z][\w&/.'\u2019 -]{{0,40}}?)\s*:\s")


def other_row(item: str) -> bool:
    """Whether the list item ``item`` is labelled with a name of its own that is no time
    ("Lean Hogs: $90.10"), so that it is not the asset its lead names ("Gold and Oil Edge
    Up"); a time label ("One month ago: +23.9%", "YTD: +40%") is a row of the lead's asset.

    >>> other_row("- Lean Hogs: $90.10 (-1.2%)"), other_row("One month ago: +23.9%")
    (True, False)
    """
    m = _LABEL.match(item)
    if m is None:
        return False
    label = m.group("label")
    return not find_windows(label) and not re.search(
        r"\d|\b(?:ago|today|YTD|close|open)\b", label, re.I
    )
