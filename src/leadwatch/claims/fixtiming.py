"""A metal's one-session move the London fix contradicts, read on the futures session (pure).

The London fix is taken at noon (gold also at 3 p.m.): a quote (:func:`quoted`: "spot",
a live price, a moment of the session, a clock time) taken at another hour of the
session ("spot silver was down 2.5% in Asian trade", "up 3% intraday") measures a move
the fix cannot see, or sees a day late. A bare "silver rose 3% on the day" keeps the
fix. Where the store holds the futures for that session, their close-to-close move is
the nearer record of such a quote: a move contradicted on the fix is graded again on
them, and confirmed only where the futures' session of that very day fits it (never an
earlier one: :func:`on_futures_session`).

Examples
--------
>>> import pandas as pd
>>> from leadwatch.claims.market import Market
>>> from leadwatch.claims.model import Claim
>>> days = pd.bdate_range("2025-03-03", periods=3)
>>> fix = pd.Series([30.0, 30.3, 30.6], index=days)  # the fix, before the drop, is up
>>> fut = pd.Series([30.0, 30.3, 29.5], index=days)  # the session ends 2.6% lower
>>> c = Claim(0, kind="percent", asset="silver", op="down", pct=2.5, words="2.5%")
>>> m = Market({"silver": fix, "silver_fut": fut})
>>> on_futures_session(c, "Spot silver fell 2.5%.", days[-1], m)[0]
'confirmed'
>>> on_futures_session(c, "Silver fell 2.5%.", days[-1], m) is None  # the fix's grade
True
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from leadwatch.claims.clauses import fits_stated
from leadwatch.claims.dating import event_day
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim

__all__ = ["on_futures_session", "quoted"]

# A market quote, not the benchmark: "spot", a live price ("trading at $81"), a moment of
# the session ("intraday", "in early Asian trade"), a clock time ("at 0415 GMT").
_QUOTED = re.compile(
    r"\bspot\b|\bintra-?day\b|\b(?:trading|traded|changing hands|was last) (?:at|near|around)\b"
    r"|\bin (?:early |late |thin |morning )?(?:Asian|European|London|New York|US|U\.S\.|early"
    r"|late|overnight|morning) (?:\w+ )?(?:trade|trading|deals|session|hours)\b"
    r"|\b\d{1,2}:?\d{2} ?(?:GMT|UTC|ET|EST|EDT|BST|SGT|IST)\b",
    re.IGNORECASE,
)

_DAY_WHENS = ("today", "weekday", "yesterday", "date")
_NOTE = " (the noon London fix is taken at another hour than the quote: read on the futures)"


def quoted(sentence: str) -> bool:
    """Whether ``sentence`` tells a market quote (spot, a live price, a moment, a clock).

    >>> quoted("Spot gold was flat at 0300 GMT"), quoted("Gold fell 1% on the day")
    (True, False)
    """
    return bool(_QUOTED.search(sentence))


def on_futures_session(
    c: Claim, sentence: str, day: pd.Timestamp, market: Market
) -> tuple[str, str, dict[str, Any]] | None:
    """The futures' grade of a one-session move ``c`` of a metal, said of a market quote
    in ``sentence``, where they confirm it, else ``None`` (the grade on the fix stands)."""
    if c.asset not in FUTURES or not market.has(FUTURES[c.asset]) or not quoted(sentence):
        return None
    if c.kind != "percent" or c.pct is None or c.window not in (None, "day"):
        return None
    if c.when is not None and c.when[0] not in _DAY_WHENS:
        return None  # "rose 3% in October": a month's move, not a session's
    fut = FUTURES[c.asset]
    on = event_day(c.when, day)
    closes = market.close(fut).loc[:on]
    if len(closes) < 2 or closes.index[-1] != on:
        return None  # the futures did not trade that day: the fix's grade stands
    v0, v1 = float(closes.iloc[-2]), float(closes.iloc[-1])
    ch, stated = v1 / v0 - 1.0, c.pct / 100 * (1 if c.op == "up" else -1)
    if not fits_stated(ch, stated, c.qualifiers):
        return None
    text = (
        f"{market.source(fut)} {v0:,.2f} on {closes.index[-2].date()} -> {v1:,.2f} on "
        f"{on.date()} (the close): {ch:+.1%} against the stated {stated:+.1%} over the "
        f"session{_NOTE}"
    )
    return "confirmed", text, {"change": ch, "stated": stated}
