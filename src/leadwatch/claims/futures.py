"""Moves stated of a futures session ("closing the session down 8.7%", "settled 1.2% higher").

A wire that reports futures quotes their settlement: the London fix, taken at noon, can
miss a move made in the US afternoon (or show it a day late). :func:`settled_on_futures`
flags such a move with the qualifier ``futures``, so that it is graded on the futures
closes where the store holds them. The futures are those of the sentence ("Gold futures
settled 1.1% higher") or of the sentence before it ("Silver futures hit a record
overnight. ... the metal ... closing the session down 8.7%"). A move whose clause has the
futures as its subject ("silver futures for May delivery gave up 2%", or over a window,
"Comex silver rose 3% this week") is flagged ``of_futures`` and graded on the futures too,
as is a price quoted of them ("gold futures rose to $2,677.70": maybe a later contract's,
:mod:`~leadwatch.claims.carry`),
where the store holds them: the fix, taken at noon, measures other hours (and skips 31
December); so is a move whose sentence calls the metal by another word ("the metal",
"the precious metal") after a sentence that opened with the futures. A move that settles
at a price ("fell 2% to settle at $4,100") is a settlement, and a clause that restates a
move (", or 0.9%") is the move of the clause before it
(:mod:`leadwatch.claims.settlewords`). A contract named by its delivery month ("August
gold was last up $3.80", "gold for June delivery"), its exchange ("Comex silver",
"Silver (COMEX, oz)") or its feed code ("GC=F", "SI1!": a table row's ticker) is the
futures.

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold futures jumped early on. They settled 1.1% higher.")
>>> [(c.asset, c.pct, c.qualifiers) for c in ex.claims if c.kind == "percent"]
[('gold', 1.1, ('futures',))]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

import pandas as pd

from leadwatch.claims.clauses import clause_start
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.settlewords import restated_start, settles_at_price
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import MONTH_ABBR_RE, MONTH_NAME_RE

__all__ = ["FUTURES", "named_series", "settled_on_futures"]

#: Catalog series of the futures closes of an asset the store may hold.
FUTURES = {"silver": "silver_fut", "gold": "gold_fut"}

_SETTLED = re.compile(
    r"\b(?:settl(?:ed|ing|ement)|clos(?:ed|ing) (?:the|its|their) (?:session|day|trading day)"
    r"|(?:at|by|into) the (?:settle|settlement|close of trading))\b",
    re.IGNORECASE,
)
# A contract named by its delivery month ("August gold", "Dec silver", "gold for June
# delivery"), not a month as a time ("in March gold rose", "since August silver ...").
_TIME_WORDS = ("in", "since", "by", "from", "of", "through", "until", "to", "during", "last")
_CONTRACT_MONTH = "".join(rf"(?<!\b{w} )" for w in (*_TIME_WORDS, "this", "next", "mid", "late"))
_FUTURES = re.compile(
    r"\bfutures\b|\bcontracts?\b|\bCOMEX\b|\bNYMEX\b|\bfront[- ]month\b|\b(?:M?GC|SI)(?:=F\b|1!)"
    rf"|{_CONTRACT_MONTH}(?<!-)\b(?:{MONTH_NAME_RE}|{MONTH_ABBR_RE}\.?) (?:gold|silver)\b"
    r"|\bfor (?:(?:" + MONTH_NAME_RE + r") )?(?:\d{4} )?delivery\b",
    re.IGNORECASE,
)


def settled_on_futures(claims: Iterable[Claim], sentences: Sequence[Sentence]) -> list[Claim]:
    """``claims``, a one-session move of a futures settlement (or its rank, "the biggest
    one-day decline since 2021, closing the session down 8.7%") flagged ``futures``."""
    out = []
    for c in claims:
        text = sentences[c.sentence].text if c.sentence < len(sentences) else ""
        before = sentences[c.sentence - 1].text if 0 < c.sentence <= len(sentences) else ""
        told = c.kind == "percent" or (c.kind == "move" and "usd" in c.qualifiers)  # "$3.80"
        one_session = (told and c.window in (None, "day")) or (
            c.kind == "record" and (c.op or "").endswith(":D")  # "its biggest one-day fall"
        )
        named = bool(_FUTURES.search(text) or _FUTURES.search(before))
        settled = (_SETTLED.search(text) and named) or settles_at_price(text)  # "to settle at $X"
        if one_session and c.asset in FUTURES and settled:
            c = replace(c, qualifiers=(*c.qualifiers, "futures"))
        elif (
            (one_session or told or (c.kind == "level" and c.op in ("at", "near")))
            and c.asset in FUTURES
            and (_of_futures(text, c.words) or _carried_futures(before, text, c.words, c.asset))
        ):
            c = replace(c, qualifiers=(*c.qualifiers, "of_futures"))
        out.append(c)
    return out


def named_series(c: Claim, market: Market, end: pd.Timestamp) -> str:
    """The series a move over a window is graded on: the futures for a move said of them
    ("Silver (COMEX, oz) +11.6%" in a weekly table, "Comex gold rose 3% this month") where
    the store holds them up to ``end``, else the asset's own series."""
    fut = FUTURES.get(c.asset or "", "")
    if "of_futures" not in c.qualifiers or not market.has(fut):
        return c.asset or ""
    return fut if market.close(fut).index[-1] >= end else c.asset or ""


def _of_futures(text: str, words: str) -> bool:
    """Whether the futures are the subject of the figure ``words``: named in its clause
    before it ("silver futures for May delivery gave up 2%", "Comex silver futures
    rose 2%"), not in another clause ("Gold rose 1%, while silver futures fell"); or in
    the label cell of its table row ("Gold (GC=F) | $2,410 | -1.1%": every cell the row's)."""
    pos = text.find(words)
    row = _LABEL_CELL.match(text)
    if row is not None and pos >= row.end() and _FUTURES.search(row.group("label")):
        return True
    text = _PAREN.sub(lambda m: m.group(0).replace(",", " "), text)  # "Silver (COMEX, oz)"
    start = clause_start(text, restated_start(text, pos))  # "lost $21.30, or 0.9%": one move
    return pos > 0 and bool(_FUTURES.search(text, start, pos))


def _carried_futures(before: str, text: str, words: str, asset: str) -> bool:
    """Whether the figure ``words`` is told of futures a sentence ``before`` opened with,
    its own sentence naming the asset only by another word before it ("The March silver
    contract hit a record. As of 01:00 GMT the metal was up 4.9%"): the subject carried is
    the contract. Not where either sentence speaks of spot prices, nor in a table's row."""
    pos = text.find(words)
    if pos <= 0 or "|" in text or _SPOT.search(before) or _SPOT.search(text):
        return False
    head = _FIRST_CLAUSE.match(before)
    named = re.search(rf"\b{re.escape(asset)}\b", text[:pos], re.IGNORECASE)
    return head is not None and bool(_FUTURES.search(head.group(0))) and named is None


_SPOT = re.compile(r"\bspot\b|\bLBMA\b|\bfix(?:ing)?\b", re.IGNORECASE)
_FIRST_CLAUSE = re.compile(r"^[^,;]*?(?=\b(?:while|but|whereas|as|and)\b|[,;]|$)", re.IGNORECASE)
_PAREN = re.compile(r"\([^()]{0,40}\)")
_LABEL_CELL = re.compile(r"^\s*\|?\s*(?P<label>[^|]{1,40})\|")  # a piped row's first cell
