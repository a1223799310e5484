"""Prices in a possessive or an aside: "compared to gold's $4,300", "its lower price — around
$77 per ounce" (pure).

A price right after an asset's possessive ("gold's $4,300", "bitcoin's $61,000 price") is
that asset's level; one set off by a dash, comma or colon after "its price" or "the
asset's price" ("its lower price — around $77") is the level of the asset the possessive
names, or of the sentence's subject for "its". A possessive price that names a target,
a record or a tested level ("gold's $5,000 target", "bitcoin's $60,000 support") is no
level here, nor is one the sentence already states. Such a figure is cited in
passing and rounded: it is graded as the day's level but is no evidence of the article's
date (window ``aside``).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Silver is cheap compared to gold's $4,300."
>>> [(c.asset, c.op, c.level) for c in possessive_levels(s, 0, find_assets(s), None, [])]
[('gold', 'near', 4300.0)]
>>> s = "Its lower price \u2014 around $77 per ounce \u2014 drew buyers."
>>> [(c.asset, c.op, c.level) for c in possessive_levels(s, 0, [], "silver", [])]
[('silver', 'near', 77.0)]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import hypothetical, not_now
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import find_when_at

__all__ = ["possessive_levels"]

_PRICE = (
    r"(?:US)?\$\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d,.]*\s?(?:k\b|bn|billion|million|trillion))"  # "$2 trillion": no price
)
# "gold's $4,300", "bitcoin's $61,000 price": the possessive right before the figure.
_OWN_RE = re.compile(rf"['\u2019]s {_PRICE}")
# "its lower price — around $77", "gold's price, about $4,300": a price noun, then an aside.
_ASIDE_RE = re.compile(
    r"\b(?P<its>its|their|['\u2019]s)(?: (?:current|lower|higher|cheaper|spot|present|latest))?"
    r" price\s*(?:[\u2013\u2014,:]|\s-)\s*"
    rf"(?:(?:around|about|roughly|near|some|nearly|at) )?{_PRICE}",
    re.IGNORECASE,
)
# A figure that is no level of the day: a target, a record, a tested or technical level.
_NOT_LEVEL = re.compile(
    r"^\s*(?:an ounce |per ounce )?(?:target|forecast|call|prediction|record|high|low|peak"
    r"|top|bottom|support|resistance|mark|threshold|barrier|milestone|level|line|handle|floor"
    r"|ceiling|zone|area|goal|objective|stake|position|holding|budget|fund|market|valuation)",
    re.IGNORECASE,
)


def _owner(mentions: list[AssetMention], pos: int) -> str | None:
    """The asset whose name ends right at ``pos`` (before its "'s")."""
    for x in mentions:
        if x.asset not in GROUPS and x.end == pos:
            return x.asset
    return None


def possessive_levels(
    s: str, index: int, mentions: list[AssetMention], subject: str | None, claims: list[Claim]
) -> list[Claim]:
    """Level claims for the possessive and aside prices of ``s`` (``claims``: found so far)."""
    out: list[Claim] = []
    found: list[tuple[str | None, re.Match[str]]] = []
    for m in _OWN_RE.finditer(s):
        found.append((_owner(mentions, m.start()), m))
    for m in _ASIDE_RE.finditer(s):
        its = m.group("its").lower() in ("its", "their")
        # "its" is the last asset named before it, else the subject carried in
        named = [x.asset for x in mentions if x.asset not in GROUPS and x.start < m.start()]
        owner = (named[-1] if named else subject) if its else _owner(mentions, m.start("its"))
        found.append((owner, m))
    for owner, m in found:
        if owner is None or _NOT_LEVEL.match(s[m.end() :]):
            continue
        if not_now(s, m.start(), m.end()) or hypothetical(s, m.start(), m.end()):
            continue
        value = float(m.group("num").replace(",", ""))
        if any(c.asset == owner and c.level == value for c in [*claims, *out]):
            continue
        when = find_when_at(s, m.start())
        words = m.group(0).strip()
        # a rounded figure cited in passing: graded, but no evidence of the article's date
        out.append(Claim(index, "level", owner, words, "near", value, when=when, window="aside"))
    return out
