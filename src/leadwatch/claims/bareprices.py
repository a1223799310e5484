"""Prices written without "$" next to a named asset ("Ether eased to about 2,415.5").

:func:`bare_levels` reads a number with no currency sign as a level only when all hold:
the asset is named in the same clause before it (no comma, semicolon or "and" between; a
ticker in parentheses right after the name, "gold (GC=F)", is part of the name),
a level verb or preposition comes right before it ("at", "to", "near", "around", "hit",
"reached", "touched"), the number is written like a price (thousands grouped with commas,
or with decimals) and no unit, percent or scale follows it. The claims carry the
qualifier ``bare``: the checker keeps one only when the number is plausible for the asset
(:func:`leadwatch.claims.market.plausible` and the factor-of-2.5 check of
:func:`leadwatch.claims.market.rescale`), and drops it otherwise (it was another quantity).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Ether slipped to roughly 2,415.50 in early trading."
>>> [(c.asset, c.op, c.level, c.qualifiers) for c in bare_levels(s, 0, find_assets(s), [])]
[('eth', 'at', 2415.5, ('bare',))]
>>> s = "Ether holders rose to 1,200,000 addresses."
>>> bare_levels(s, 0, find_assets(s), [])
[]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.attributes import attribute
from leadwatch.claims.clauses import hypothetical, not_now
from leadwatch.claims.model import GROUPS, Claim, last_before, stated_levels
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import NO_DOLLAR, PRICE_BARE_RE, YIELDS

__all__ = ["bare_levels"]

_BARE_RE = re.compile(
    r"\b(?P<op>at|to|near|around|hit|hitting|reach(?:ed|ing)?|touch(?:ed|ing)?)"
    r"(?: (?:about|around|roughly|nearly|almost|just|some|approximately|near))*"
    rf" (?P<num>{PRICE_BARE_RE})(?![\d,.]*\d)"
    r"(?P<after>[^.;,]{0,14})",
    re.IGNORECASE,
)
#: What follows a number that is no price: a percent, a scale, a count of things.
_NOT_PRICE = re.compile(
    r"^\s*(?:%|per ?cent|percentage|points?|pts|bps?|basis|x\b|times|trillion|billion|million"
    r"|thousand|bn|tn|mn|[mbk]\b|ounces?|oz|tons?|tonnes?|btc|eth|coins?|tokens?|contracts?"
    r"|shares?|jobs|barrels?|years?|days?|hours?|people|users|holders|addresses|wallets"
    r"|transactions|units|votes|miles|feet|pounds|lbs|kg|-)",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|as|after|before|from)\b", re.IGNORECASE)
_NEAR_OPS = ("near", "around")
#: A data vendor's ticker in parentheses right after the name: "(GC=F)", "(BTC-USD)", "(^GSPC)".
#: (The name may be the ticker itself: then only its tail is left, "-USD)".)
_TICKER = re.compile(r"^\s*(?:\([\^.]?[A-Z0-9]{1,6})?(?:[=\-/][A-Z0-9]{1,4})?\)")


def bare_levels(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """Level claims of numbers written without "$" (rules in the module doc)."""
    out: list[Claim] = []
    stated = stated_levels(claims)
    for m in _BARE_RE.finditer(s):
        if _NOT_PRICE.match(m.group("after")) or s[: m.start("num")].endswith("$"):
            continue
        if hypothetical(s, m.start(), m.end()) or not_now(s, m.start(), m.end("num")):
            continue
        asset = _named_before(s, m.start(), mentions)
        value = float(m.group("num").replace(",", ""))
        if asset is None or (asset, value) in stated:
            continue
        op = "near" if m.group("op").lower() in _NEAR_OPS else "at"
        words = m.group(0)[: m.end("num") - m.start()]
        when = find_when_at(s, m.start())
        out.append(Claim(index, "level", asset, words, op, value, when=when, qualifiers=("bare",)))
    return out


def _named_before(s: str, pos: int, mentions: list[AssetMention]) -> str | None:
    """The asset named last before ``pos`` in the same clause, if it is quoted in dollars."""
    last = last_before(mentions, pos, carried=False)
    if last is None or last.asset in GROUPS or last.asset in NO_DOLLAR or last.asset in YIELDS:
        return None
    if attribute(s, last):
        return None  # "Bitcoin's RSI stands at 72.5": an indicator of the price
    between = _TICKER.sub(" ", s[last.end : pos])  # "gold (GC=F) settled at": one clause
    return None if _BREAK.search(between) else last.asset
