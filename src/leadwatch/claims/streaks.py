"""Moves told as a streak: "climbed for a third consecutive session", "up three sessions in
a row", "headed for a second straight weekly gain", "its fourth straight monthly decline"
(pure).

A streak says at least that the latest period moved its way: the claim is a move of that
period (``day``, ``week`` or ``month``) with the streak's direction and no size. It is
left out where the sentence already states a move of the asset over that period, and
where it tells of a period already past ("Last week, gold notched its fourth straight
weekly gain": the windows count back from the article date, not from last week's end).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "The euro slid while the dollar was on course for a third straight weekly rise."
>>> [(c.asset, c.op, c.window) for c in streak_moves(s, 0, find_assets(s), [])]
[('dxy', 'up', 'week')]
"""

from __future__ import annotations

import re
from typing import Any

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.vocabulary import (
    DOWN_NOUN_RE,
    DOWN_VERB_RE,
    IN_A_ROW_RE,
    NUMBER_WORDS,
    ORDINALS,
    UP_NOUN_RE,
    UP_VERB_RE,
)

__all__ = ["streak_moves"]

_ORDINAL = rf"(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))"
_COUNT = rf"(?:{'|'.join(NUMBER_WORDS[2:])}|\d+)"
_UNIT = r"(?P<{}>session|trading day|day|week|month)s?"
# "rose for the third consecutive session", "up three sessions in a row", "has fallen for
# five straight days"
_VERB_STREAK = re.compile(
    rf"\b(?:(?P<up>{UP_VERB_RE})|(?P<down>{DOWN_VERB_RE}))\s+"
    rf"(?:for\s+(?:the|a)\s+{_ORDINAL}\s+(?:{IN_A_ROW_RE}\s+)?{_UNIT.format('unit0')}|(?:(?:for|in)\s+)?"
    rf"(?:(?:the|a|its)\s+{_ORDINAL}\s+{IN_A_ROW_RE}\s+{_UNIT.format('unit')}|{_COUNT}\s+"
    rf"(?:{IN_A_ROW_RE}\s+{_UNIT.format('unit2')}|"
    rf"{_UNIT.format('unit3')}\s+(?:in a row|running))))\b",
    re.IGNORECASE,
)
# "a second consecutive weekly increase", "its fourth straight monthly decline", "a third
# straight daily gain"
_NOUN_STREAK = re.compile(
    rf"\b(?:a|its|the|their)\s+{_ORDINAL}\s+(?:{IN_A_ROW_RE}\s+)?"
    r"(?P<per>daily|session|weekly|monthly|week|month|day)\s+"
    rf"(?:(?P<up>{UP_NOUN_RE})|(?P<down>{DOWN_NOUN_RE}))\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:last|previous|prior|the preceding) (?:week|month|session|day)\b|\byesterday\b", re.I
)
_WINDOW = {
    **dict.fromkeys(("session", "trading day", "day", "daily"), "day"),
    **dict.fromkeys(("week", "weekly"), "week"),
    **dict.fromkeys(("month", "monthly"), "month"),
}


def _owner(mentions: list[AssetMention], pos: int) -> str | None:
    before = [x.asset for x in mentions if x.start < pos and x.asset not in GROUPS]
    return before[-1] if before else None


def _same_span(c: Claim, window: str) -> bool:
    """Whether move ``c`` covers the streak's latest ``window`` ("fell 2% on Friday", "lost
    5% over three straight sessions")."""
    if window != "day":
        return c.window in (window, None)
    told = c.window in ("day", None, "prev") or (c.window or "").startswith("sessions:")
    return told or c.when is not None


def streak_moves(
    s: str,
    index: int,
    mentions: list[AssetMention],
    claims: list[Claim],
    when: tuple[str, Any] | None = None,
) -> list[Claim]:
    """The moves sentence ``s`` (number ``index``) tells as streaks, for the asset named
    last before each, of the sentence's time ``when``; none where ``claims`` already hold a
    move of that asset and period."""
    out: list[Claim] = []
    if _PAST.search(s):
        return out
    for pattern in (_VERB_STREAK, _NOUN_STREAK):
        for m in pattern.finditer(s):
            asset = _owner(mentions, m.start())
            named = [v for k, v in m.groupdict().items() if k.startswith(("unit", "per")) and v]
            period = named[0].lower() if named else ""
            window = _WINDOW.get(period)
            if asset is None or window is None:
                continue
            told = [c for c in claims + out if c.asset == asset and c.kind in ("percent", "move")]
            if any(_same_span(c, window) for c in told):
                continue  # "gold rose 1% for a third straight session": the move is stated
            op = "up" if m.group("up") else "down"
            out.append(Claim(index, "move", asset, m.group(0), op, when=when, window=window))
    return out
