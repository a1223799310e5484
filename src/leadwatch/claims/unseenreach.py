"""A level a move reached inside a session that a closes-only series cannot show (pure).

"The 10-year yield jumped 15 basis points to 4.60%" written at midday, "ether slid to
about $2,300 before recovering some": the level is where the move got to, maybe an
intraday extreme. On a series stored with closes only (the VIX, the S&P 500, Treasury
yields, a coin's recent closes) a close short of it on the move's side does not refute it
when the gap is within what a session commonly adds to its close: twice the mean absolute
session change over the 20 sessions before. Such a contradiction is graded
``inconclusive``, with the reason; a close beyond the level, or far short of it, stays
contradicted.

Examples
--------
>>> s = "The yield jumped 15 basis points to 4.60%."
>>> reached_side(s, "to 4.60%")
'up'
>>> reached_side("The yield was at 4.60%.", "at 4.60%") is None
True
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["reached_side", "unseen_reach"]

_UP = r"climb\w*|r[io]s(?:e|en|es|ing)|jump\w*|surg\w*|spik\w*|soar\w*|rall\w*|advanc\w*"
_DOWN = (
    r"f[ae]ll(?:s|en|ing)?|drop\w*|slid\w*|slipp?\w*|sank|sink\w*|tumbl\w*|plung\w*|dipp?\w*"
    r"|declin\w*|retreat\w*|slump\w*|crash\w*"
)
_MOVED = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b[^.;,!?]{{0,40}}$", re.IGNORECASE)
#: Sessions the usual move is averaged over, and how many such moves the gap may span.
_SESSIONS = 20
_SPAN = 2.0


def reached_side(sentence: str, words: str) -> str | None:
    """ "up" or "down" when ``words`` (a level's, "to 4.60%") is where a move verb before it
    in ``sentence`` took the price, else ``None``."""
    at = sentence.find(words)
    if at < 0 or not words.lower().startswith("to "):
        return None
    m = _MOVED.search(sentence[max(0, at - 60) : at])
    return None if m is None else ("up" if m.group("up") else "down")


def unseen_reach(
    c: Claim,
    sentence: str,
    seen: tuple[pd.Timestamp, float] | None,
    market: Market,
    result: tuple[str, str, dict[str, Any]],
) -> tuple[str, str, dict[str, Any]]:
    """``result``, or ``inconclusive`` for a contradicted level ``c`` a move reached
    (:func:`reached_side`) whose close ``seen`` (day, value) on a series without a range
    that day falls short of it by no more than the usual session's reach."""
    side = reached_side(sentence, c.words)
    if side is None or seen is None or c.level is None or c.asset is None:
        return result
    day, close = seen
    short = c.level - close if side == "up" else close - c.level
    closes = market.close(c.asset).loc[:day].iloc[-_SESSIONS - 1 :]
    usual = float(closes.diff().abs().mean())  # in the level's unit: points, or the price
    if not short > 0 or not usual > 0 or short > _SPAN * usual:
        return result
    note = (
        f"; closes only: a session that {'rose' if side == 'up' else 'fell'} to the level may "
        f"have closed {short:,.2f} short of it (the usual session's move: {usual:,.2f})"
    )
    return "inconclusive", result[1] + note, result[2]
