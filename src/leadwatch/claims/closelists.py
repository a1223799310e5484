"""Closes listed day by day with arrows or dashes ("81,427 -> 80,010 -> 80,187") (pure).

A run of three or more prices joined by arrows (``->``, ``→``, ``=>``, ``⟶``) or by dashes
with spaces around them states the closes of consecutive trading days ending at the day
the sentence names (else the article's day): the last one is a level of that day, each one
before it a level ``k`` closes earlier (window ``back:K``), graded on that close
(:func:`grade_back`). The asset is the one the sentence names last before the run, else
the asset named last in the sentences before it (a list under a heading: "Daily closes: ...").

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> found = close_lists(split_sentences("Bitcoin closes: 81,427 -> 80,010 -> 80,187."), [])
>>> [(c.asset, c.level, c.window) for c in found]
[('btc', 81427.0, 'back:2'), ('btc', 80010.0, 'back:1'), ('btc', 80187.0, None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from leadwatch.claims.assets import find_assets
from leadwatch.claims.market import TOLERANCE, Market, level_days
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import Sentence, find_when

__all__ = ["close_lists", "grade_back"]

_PRICE = r"(?:US)?\$?\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?[kK]?"
_STEP = r"\s*(?:->|=>|\u2192|\u27f6|\u21d2)\s*|\s+[-\u2013\u2014]\s+"
_RUN = re.compile(rf"(?<![\w.,$])(?:{_PRICE})(?:(?:{_STEP})(?:{_PRICE})){{2,}}(?![\w%.]\d)")
_ONE = re.compile(_PRICE)
_NOT_PRICE = re.compile(r"(?i)%|\b(?:bps?|points?|pts)\b")


def _value(words: str) -> float:
    digits = re.sub(r"[^\d.]", "", words)
    return float(digits) * (1000.0 if words.lower().endswith("k") else 1.0)


def _asset(sentences: Sequence[Sentence], sent: Sentence, pos: int) -> str | None:
    """The asset named last before ``pos``, else in the nearest sentence before naming one."""
    texts = [sent.text[:pos], *[x.text for x in reversed(sentences[: sent.index])][:5]]
    for text in texts:
        named = [m.asset for m in find_assets(text) if m.asset not in GROUPS]
        if named:
            return named[-1]
    return None


def close_lists(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with a level for each close of every arrow or dash run of closes (a
    sentence's other claims on such a run are dropped: its figures are the list's)."""
    out = list(claims)
    for sent in sentences:
        if sent.boilerplate:
            continue
        for run in _RUN.finditer(sent.text):
            tail = sent.text[run.end() : run.end() + 12]
            if _NOT_PRICE.match(tail.strip()) or tail.lstrip().startswith("%"):
                continue
            asset = _asset(sentences, sent, run.start())
            if asset is None:
                continue
            items = list(_ONE.finditer(run.group(0)))
            when = find_when(sent.text)
            start, end = run.start(), run.end()
            out = [
                c
                for c in out
                if c.sentence != sent.index or not _inside(sent.text, c.words, start, end)
            ]
            for k, item in enumerate(items):
                back = len(items) - 1 - k
                out.append(
                    Claim(
                        sent.index,
                        "level",
                        asset,
                        item.group(0).strip(),
                        "at",
                        _value(item.group(0)),
                        when=when,
                        window=f"back:{back}" if back else None,
                    )
                )
    return out


def _inside(s: str, words: str, start: int, end: int) -> bool:
    at = s.find(words)
    return at >= 0 and at < end and at + len(words) > start


def grade_back(c: Claim, on: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """A close listed ``k`` closes before the one of ``on`` (window ``back:K``): that close
    within the tolerance of ``at`` (the list's last price is ``on``'s own, or the latest
    quote)."""
    assert c.asset is not None and c.level is not None
    back = int((c.window or "back:0")[5:])
    closes = market.close(c.asset).loc[:on]
    if len(closes) <= back:
        return "not checkable", f"not enough {c.asset} closes before {on.date()}", {}
    day = pd.Timestamp(closes.index[-1 - back])
    held = bool(level_days(market, c.asset, "at", c.level).get(day, False))
    close = float(closes.iloc[-1 - back])
    text = (
        f"{market.source(c.asset)} closed at {close:,.2f} on {day.date()}, the close {back} "
        f"before {closes.index[-1].date()} ({close / c.level - 1:+.1%} from {c.level:,.2f}) "
        f"[{TOLERANCE['at']}]"
    )
    return ("confirmed" if held else "contradicted"), text, {"on": day.date().isoformat()}
