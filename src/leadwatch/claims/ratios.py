"""The ratio of two assets' prices stated as a level ("the gold/silver ratio at about 85",
"the gold-to-silver ratio fell to 78:1", "the ETH/BTC ratio near 0.03"): extraction and grading.

A ratio names its pair before the word ("gold/silver ratio", "gold-silver", "gold-to-silver",
"gold:silver", any dash) or after it ("the ratio of gold to silver"), or is a pair of tickers
with no word ("ETH/BTC at 0.02"); "the ratio" alone takes the pair
named in one of the two sentences before. Its value is the first number after a word that
places it ("at", "near", "to", "of", "around", "above", "below"), written plain or as
"N:1"; a span ("15-20:1") or a sentence of history ("historically") states no level of the
day. The claim is a ``comparison`` with ``op`` ``ratio:at`` (``ratio:above``, ``ratio:below``;
``level`` the stated value, ``pct`` ``None``), of the day its sentence names (or the article's).

Grading: the ratio of the two assets' closes (the London fixes for metals) and, where the
store holds both, of their futures closes, on that day or the trading day before (a ratio
quoted before the day's fix); ``at``/``near`` hold within 2% of one of them (or within
half a unit of the stated value's last digit: "at 0.02" holds from 0.015 to 0.025), ``above``
(``below``) when one of them is at most 0.5% under (over) the stated value or beyond. A
ratio is read either way up, the one nearer the stated value ("the silver-to-gold ratio at 80"
is gold over silver).

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> sents = split_sentences("The gold/silver ratio fell to 78:1 on Tuesday.")
>>> [(c.asset, c.other, c.op, c.level) for c in ratio_claims(sents, [])]
[('gold', 'silver', 'ratio:at', 78.0)]
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from leadwatch.claims.eventday import event_day
from leadwatch.claims.futures import FUTURES
from leadwatch.claims.market import Market
from leadwatch.claims.model import Claim
from leadwatch.claims.narrative import GENERAL_RE
from leadwatch.claims.text import Sentence, find_when
from leadwatch.claims.vocabulary import words_re

__all__ = ["check_ratio", "ratio_claims"]

#: The words that name each asset a ratio may set against another ("bitcoin", "BTC": btc);
#: both the pattern of a name and the asset a name stands for are read from it.
_WORDS = {
    "gold": ("gold", "xau"),
    "silver": ("silver", "xag"),
    "btc": ("bitcoin", "btc"),
    "eth": ("ether", "ethereum", "eth"),
}
_NAMES = {word: asset for asset, words in _WORDS.items() for word in words}
_ASSET = words_re(_NAMES)
_CODES = "ETH|BTC|XAU|XAG"  # the tickers of a pair: "ETH/BTC"
_DASH = "[-\u2010-\u2014]"  # any dash: "silver\u2011to\u2011gold"
_PAIR = re.compile(
    rf"\b(?P<a>{_ASSET})\s*(?:/|:|{_DASH}to{_DASH}|{_DASH}|\s+to\s+)\s*(?P<b>{_ASSET})"
    r"(?:\s+price)?\s+ratio\b"
    rf"|\bratio\s+(?:of|between)\s+(?P<c>{_ASSET})(?:\s+prices?)?\s+(?:to|and)\s+(?P<d>{_ASSET})\b"
    rf"|\b(?P<e>{_CODES})/(?P<f>{_CODES})\b(?!\s*(?:pair|trading)\b)",
    re.IGNORECASE,
)
#: What a sentence stating a ratio holds: the word, or a pair of tickers ("ETH/BTC").
_RATIO_WORDS = re.compile(rf"ratio|\b(?:{_CODES})/(?:{_CODES})\b", re.IGNORECASE)
_BARE = re.compile(r"\b(?:the|that|this)\s+ratio\b", re.IGNORECASE)
#: The words that place the value, and the operator each gives the claim.
_OPS = {
    **dict.fromkeys(("at", "near", "to", "of", "around", "about"), "at"),
    **dict.fromkeys(("above", "over"), "above"),
    **dict.fromkeys(("below", "under"), "below"),
}
#: A word that places the value, then the value ("near 94:1", "to about 78", "of 0.031").
_VALUE = re.compile(
    rf"\b(?P<op>{'|'.join(_OPS)})\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|just|approximately|approx\.)\s+)?"
    r"(?P<num>\d+(?:\.\d+)?)(?::1\b)?(?![\d.,]*\s*(?:[-\u2013]\s*\d|%|percent|\s+(?:per|bps?)\b))",
    re.IGNORECASE,
)
#: Day words a ratio of the day may carry: any other (a month, a year) is a past ratio.
_DAYS = ("today", "yesterday", "weekday", "date")
_TOLERANCE = 0.02
_SLACK = 0.005


def _pair(text: str) -> tuple[str, str] | None:
    m = _PAIR.search(text)
    if m is None:
        return None
    a, b = next((m[x], m[y]) for x, y in ("ab", "cd", "ef") if m[x])
    first, second = _NAMES[a.lower()], _NAMES[b.lower()]
    return None if first == second else (first, second)


def ratio_claims(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with a ratio claim added for each sentence stating the value of a ratio
    of two assets (module doc)."""
    out = list(claims)
    for k, sent in enumerate(sentences):
        s = sent.text
        if sent.boilerplate or not _RATIO_WORDS.search(s) or GENERAL_RE.search(s):
            continue
        named = _PAIR.search(s)
        pair = _pair(s)
        if pair is None and _BARE.search(s):  # "The ratio ended the week near 94:1"
            pair = next(
                (p for j in (k - 1, k - 2) if j >= 0 and (p := _pair(sentences[j].text))), None
            )
        if pair is None:
            continue
        start = named.end() if named is not None else (_BARE.search(s) or named).end()  # type: ignore[union-attr]
        value = _VALUE.search(s, start)
        if value is None or value.start() - start > 60:
            continue
        when = find_when(s)
        if when is not None and when[0] not in _DAYS:
            continue
        op = _OPS.get(value.group("op").lower(), "at")
        out.append(
            Claim(
                sent.index,
                "comparison",
                pair[0],
                s[start - 5 if start >= 5 else 0 : value.end()].strip(),
                op="ratio:" + op,
                level=float(value.group("num")),
                other=pair[1],
                when=when,
            )
        )
    return out


def _ratios(
    market: Market, a: str, b: str, day: pd.Timestamp
) -> list[tuple[str, pd.Timestamp, float]]:
    """The ratio of ``a`` to ``b`` on ``day`` and the trading day before, on their closes
    and their futures closes where the store holds both."""
    found = []
    for label, x, y in (
        ("closes", a, b),
        ("futures closes", FUTURES.get(a, ""), FUTURES.get(b, "")),
    ):
        if not (market.has(x) and market.has(y)):
            continue
        both = pd.concat([market.close(x), market.close(y)], axis=1, join="inner").loc[:day]
        last = both.tail(2)
        for on, num, den in zip(last.index, last.iloc[:, 0], last.iloc[:, 1], strict=True):
            if den:
                found.append((label, pd.Timestamp(on), float(num / den)))
    return found


def _rounding(words: str, stated: float) -> float:
    """The share of ``stated`` that half a unit of its last written digit makes ("0.02":
    0.005, a quarter of it; "80.05": 0.005): a ratio written short is no closer than that.

    >>> _rounding("ETH/BTC at 0.02", 0.02), round(_rounding("ratio at 80.05", 80.05), 6)
    (0.25, 6.2e-05)
    """
    nums = re.findall(r"\d+(?:\.(\d+))?", words)
    if not nums or stated <= 0:
        return 0.0
    return 0.5 * 10.0 ** -len(nums[-1]) / stated


def _oriented(x: float, stated: float) -> float:
    """The ratio ``x`` or its inverse, whichever is nearer ``stated``: "the silver-to-gold
    ratio at 80" quotes gold over silver, as the custom is.

    >>> _oriented(0.0125, 80.0), _oriented(80.0, 78.0)
    (80.0, 80.0)
    """
    if x <= 0 or stated <= 0:
        return x
    return x if abs(math.log(x / stated)) <= abs(math.log(1 / x / stated)) else 1 / x


def check_ratio(c: Claim, day: pd.Timestamp, market: Market) -> tuple[str, str, dict[str, Any]]:
    """Grade a ratio claim (module doc) at article date ``day``."""
    assert c.asset is not None and c.other is not None and c.level is not None
    if not (market.has(c.asset) and market.has(c.other)):
        return "not checkable", f"no data for the {c.asset}/{c.other} ratio", {}
    on = event_day(c.when, day)
    found = [
        (label, d, _oriented(x, c.level)) for label, d, x in _ratios(market, c.asset, c.other, on)
    ]
    if not found or (on - found[-1][1]).days > 4:
        return "not checkable", f"no closes of both {c.asset} and {c.other} near {on.date()}", {}
    op = (c.op or "ratio:at").split(":")[-1]
    stated = c.level

    def holds(x: float) -> bool:
        if op == "above":
            return x >= stated * (1 - _SLACK)
        if op == "below":
            return x <= stated * (1 + _SLACK)
        return abs(x / stated - 1) <= max(_TOLERANCE, _rounding(c.words, stated))

    ok = any(holds(x) for _, _, x in found)
    rule = {"above": "at most 0.5% under it", "below": "at most 0.5% over it"}.get(
        op, "within 2% of it"
    )
    seen = "; ".join(f"{x:,.4g} on {d.date()} ({label})" for label, d, x in found)
    text = (
        f"the {c.asset}/{c.other} ratio was {seen} against the stated {op} {stated:g} "
        f"(holds when one of them is {rule})"
    )
    data = {"ratios": [(label, str(d.date()), x) for label, d, x in found], "stated": stated}
    return ("confirmed" if ok else "contradicted"), text, data
