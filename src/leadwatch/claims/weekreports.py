"""Moves of a weekly wrap read over the week its lead sentence closes (pure).

A weekly report opens on the finished week ("Stocks slipped this past week", "Bitcoin
ended the week up 5%") and goes on with bare moves ("The S&P 500 lost 2.6%", "Ether
gained 11%"): each is the week's change, not one session's. A move with no window and
no day of its own, in a sentence at most two after one that closes a week, takes the
week, unless a move between them states another window or a day (the text turned to
another period); in the closing sentence itself only when no figure there owns the week
("off 1.1% at $3,243 by midday, a 3% loss for the week": the 1.1% is the session's).

Examples
--------
>>> from leadwatch.claims.text import Sentence
>>> from leadwatch.claims.model import Claim
>>> texts = ["Copper ended the week 3% higher.", "Zinc added 4%."]
>>> ss = [Sentence(i, t, 0, 0, False) for i, t in enumerate(texts)]
>>> cs = [Claim(0, "percent", "copper", "3%", "up", pct=3.0, window="week"),
...       Claim(1, "percent", "zinc", "4%", "up", pct=4.0)]
>>> [c.window for c in weekly_windows(cs, ss)]
['week', 'week']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import any_of

__all__ = ["weekly_windows"]

#: A sentence closing a finished week: "ended the week", "this past week", "week over week".
_CLOSED = r"(?:end|finish|clos|settl|wrapp?)(?:ed|es|ing|s)? (?:out )?the (?:[\w-]+ ){0,2}?week"
_WEEK_ON_WEEK = r"week[- ](?:over|on)[- ]week"
_CLOSES_WEEK = any_of(_CLOSED, "this past week", _WEEK_ON_WEEK, "(?:for|on|over) the week")


def weekly_windows(claims: Iterable[Claim], sentences: Sequence[Sentence]) -> list[Claim]:
    """``claims`` in order, each bare move (a percent with no window, day or swing) within
    two sentences after one that closes a week read over ``week``; a move with another
    window or a day of its own in between ends the lending."""
    closing = {s.index for s in sentences if _CLOSES_WEEK.search(s.text)}
    claims = list(claims)
    # "off 1.1% at $3,243 by midday, a 3% loss on the week": the week's
    # words are the 3%'s; the sentence's bare move stays the session's
    owned = {c.sentence for c in claims if c.kind == "percent" and c.window in ("week", "wtd")}
    out: list[Claim] = []
    left = -1  # the last sentence with a move of another window or a day: the week ends there
    for c in claims:
        j = max((k for k in closing if k <= c.sentence), default=None)
        if c.kind != "percent" or c.pct is None:
            out.append(c)
            continue
        bare = c.window is None and c.when is None and "swing" not in c.qualifiers
        gap = -1 if j is None else c.sentence - j
        if bare and (0 < gap <= 2 or (gap == 0 and j not in owned)) and left <= (j or 0):
            c = replace(c, window="week")
        elif not bare and c.window not in ("week", "wtd"):
            left = c.sentence  # "... On Tuesday gold rose 1%": the text left the week
        out.append(c)
    return out
