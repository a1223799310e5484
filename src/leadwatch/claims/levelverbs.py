"""Levels stated after a verb: bare prices after a level word, and verbs of approach,
reporting and session (pure).

Prices written without "$" next to a named asset ("Ether eased to about 2,415.5"):
:func:`bare_levels` reads a number with no currency sign as a level only when all hold:
the asset is named in the same clause before it (no comma, semicolon or "and" between; a
ticker in parentheses right after the name, "gold (GC=F)", is part of the name),
a level verb or preposition comes right before it ("at", "to", "near", "around", "hit",
"reached", "touched"), the number is written like a price (thousands grouped with commas,
or with decimals, or a whole number of 4 to 6 digits as wire copy writes one, "Bitcoin at
107800", that is no year and no clock time) and no unit, percent or scale follows it. The
claims carry the qualifier ``bare``: the checker keeps one only when the number is
plausible for the asset (:func:`leadwatch.claims.market.plausible` and the factor-of-2.5
check of :func:`leadwatch.claims.market.rescale`), and drops it otherwise (it was another
quantity).

The level rules of :mod:`leadwatch.claims.figures` read a level after a preposition or a
few verbs ("at", "near", "hit", "reached"). Wire and blog copy also writes:

- a verb of approach: "neared the $40 mark", "nears $3,400", "approached $100,000",
  "closing in on 110": the price is near the level (op ``near``);
- a reporting verb: "registered 108.53", "logged $2,650", "printed 1.0850", "was quoted
  $39.10": the price stood at the level (op ``at``); a move noun after the figure ("posted a
  $30 gain") makes it a size, not a level;
- a session verb and its day with no "at": "opened Monday $39.13", "closed Friday 5,880.5",
  "settled the session $2,650": the price at that time (op ``at``).

For these verbs the asset is the one named last before the verb in the same clause (or
the subject carried from the sentence before, for "It opened Monday $39.13"). A number with
no "$" is read only when written like a price (grouped thousands or decimals) and carries
the qualifier ``bare``, so the checker drops it where it is implausible for the asset.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Silver neared the $40/oz mark on Friday."
>>> [(c.asset, c.op, c.level) for c in verb_levels(s, 0, find_assets(s), [])]
[('silver', 'near', 40.0)]
>>> s = "Gold posted a $30 gain on Friday."
>>> verb_levels(s, 0, find_assets(s), [])
[]
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
from leadwatch.claims.clausetime import joined_last
from leadwatch.claims.model import GROUPS, Claim, last_before, stated_levels
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import NO_DOLLAR, PRICE_BARE_RE, PRICE_NUM_RE, WEEKDAYS, YIELDS

__all__ = ["bare_levels", "verb_levels"]

# A whole number of 4 to 6 digits with no thousands comma, as wire copy writes a price
# ("Bitcoin at 107800", "gold trades at 3475"): never a year ("at 2025") nor a clock time.
_WHOLE_RE = r"(?!(?:19|20)\d\d\b)[1-9]\d{3,5}(?!\s?(?:GMT|UTC|ET|EST|EDT|BST|CET|hrs|h\b|local))"
_BARE_RE = re.compile(
    r"\b(?P<op>at|to|near|around|hit|hitting|reach(?:ed|ing)?|touch(?:ed|ing)?)"
    r"(?: (?:about|around|roughly|nearly|almost|just|some|approximately|near))*"
    rf" (?P<num>{PRICE_BARE_RE}|{_WHOLE_RE})(?![\d,.]*\d)"
    r"(?=(?P<after>[^.;,]{0,14}))",  # looked at, not taken: "gold at 3475 and silver at 40.45"
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
_NEAR_OPS = ("near", "around")


def bare_levels(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim]
) -> list[Claim]:
    """Level claims of numbers written without "$" (rules in the module doc)."""
    out: list[Claim] = []
    stated = stated_levels(claims)
    for m in _BARE_RE.finditer(s):
        if _NOT_PRICE.match(m.group("after")) or s[: m.start("num")].endswith("$"):
            continue
        if hypothetical(s, m.start(), m.end("after")) or not_now(s, m.start(), m.end("num")):
            continue
        asset = _named_before(s, m.start(), mentions)
        value = float(m.group("num").replace(",", ""))
        if asset is None or (asset, value) in stated or value in {v for _, v in stated}:
            continue  # a price another rule gave to an asset ("A and B fell to $X and $Y")
        op = "near" if m.group("op").lower() in _NEAR_OPS else "at"
        out.append(_level_claim(s, index, m, asset, op, value, ("bare",)))
    return out


#: What ends the clause of the asset named before a number.
_BARE_BREAK = re.compile(
    r"[,;:()]|\b(?:and|but|while|whereas|as|after|before|from)\b", re.IGNORECASE
)
#: A pronoun or a noun of the asset that carries the subject of the sentence before ("it
#: had slid"), not a report's "it" ("it was said", "it is expected").
_NOT_REPORT = r"(?!(?:is|was|has|had) (?:been )?(?:said|reported|expected|estimated)\b)"
_HELD_SUBJECT = re.compile(
    rf"(?:it|the (?:token|coin|metal|cryptocurrency|crypto))\s+{_NOT_REPORT}", re.IGNORECASE
)
#: A data vendor's ticker in parentheses right after the name: "(GC=F)", "(BTC-USD)", "(^GSPC)".
#: (The name may be the ticker itself: then only its tail is left, "-USD)".)
_TICKER = re.compile(r"^\s*(?:\([\^.]?[A-Z0-9]{1,6})?(?:[=\-/][A-Z0-9]{1,4})?\)")


def _named_before(s: str, pos: int, mentions: list[AssetMention]) -> str | None:
    """The asset named last before ``pos`` in the same clause, if it is quoted in dollars."""
    last = last_before(mentions, pos, carried=False)
    held = last_before(mentions, pos)  # "By May 3 it had slid to around 2,700": the subject's
    if held is not None and held.words == "(carried)" and _HELD_SUBJECT.match(s, held.start):
        last = held if last is None or last.end <= held.start else last
    if last is None or last.asset in GROUPS or last.asset in NO_DOLLAR or last.asset in YIELDS:
        return None
    if attribute(s, last):
        return None  # "Bitcoin's RSI stands at 72.5": an indicator of the price
    between = _TICKER.sub(" ", s[last.end : pos])  # "gold (GC=F) settled at": one clause
    return None if _BARE_BREAK.search(between) else last.asset


_DAY = (
    rf"(?:on )?(?:{'|'.join(w.capitalize() for w in WEEKDAYS)}|today|yesterday"
    r"|the (?:day|session|week))(?: (?:morning|afternoon|evening|session))?"
)
_VERB_RE = re.compile(
    r"\b(?:(?P<near>near(?:ed|s)|approach(?:ed|es)|clos(?:ed|es|ing) in on|edg(?:ed|es|ing) near)"
    r"|(?P<rep>register(?:ed|s|ing)|logg(?:ed|ing)|printed|prints|(?:was|were|is|are) quoted)"
    rf"|(?P<ses>(?:opened|closed|ended|settled|finished|started|began|opens|closes|ends) {_DAY}))"
    r"(?: (?:the|a|an|about|around|roughly|nearly|almost|just|some|approximately))*"
    rf" (?P<d>(?:US|U\.S\.|USD ?)?\$\s?)?(?P<num>{PRICE_NUM_RE})(?![\d,.]*\d)"
    r"(?P<k>\s?(?:k|K)\b)?(?P<after>[^.;,]{0,24})",
    re.IGNORECASE,
)
#: What follows a figure that is no level: a percent, a scale, a unit, a move noun.
_NOT_LEVEL = re.compile(
    r"^\s*(?:%|per ?cent|percentage|points?|pts|bps?|basis|x\b|times|trillion|billion|million"
    r"|bn|tn|mn|[mb]\b|ounces?|tons?|tonnes?|coins?|tokens?|contracts?|shares?|barrels?"
    r"|years?|days?|weeks?|months?|hours?|-|[a-z ]{0,12}\b(?:gains?|loss(?:es)?|drops?|rises?"
    r"|increases?|declines?|jumps?|falls?|advances?|moves?|changes?|swings?|slides?|rally"
    r"|inflows?|outflows?|volume|profits?))",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[,;:()]|\b(?:and|but|while|whereas|after|before|from)\b", re.IGNORECASE)


def verb_levels(
    s: str,
    index: int,
    mentions: list[AssetMention],
    claims: list[Claim],
    subject: str | None = None,
) -> list[Claim]:
    """Levels of bare prices (:func:`bare_levels`) and of the
    verbs of approach, reporting and session (module doc), not yet stated in ``claims``."""
    out = bare_levels(s, index, mentions, claims)
    stated = stated_levels(claims + out)
    for m in _VERB_RE.finditer(s):
        if _NOT_LEVEL.match(m.group("after")) or m.group("after").startswith("%"):
            continue
        if hypothetical(s, m.start(), m.end("num")) or not_now(s, m.start(), m.end("num")):
            continue
        dollar = m.group("d") is not None
        if not dollar and not re.fullmatch(PRICE_BARE_RE, m.group("num")):
            continue  # "neared 40": a small round number with no sign may be anything
        asset = _asset(s, m.start(), mentions, subject, dollar)
        value = float(m.group("num").replace(",", "")) * (1000 if m.group("k") else 1)
        if asset is None or (asset, value) in stated or value in {v for _, v in stated}:
            continue  # a price another rule gave to an asset ("A and B fell to $X and $Y")
        op = "near" if m.group("near") else "at"
        out.append(_level_claim(s, index, m, asset, op, value, () if dollar else ("bare",)))
        stated.add((asset, value))
    return out


def _asset(
    s: str, pos: int, mentions: list[AssetMention], subject: str | None, dollar: bool
) -> str | None:
    """The asset the verb at ``pos`` speaks of, if its quote form fits the figure's."""
    last = last_before(mentions, pos, groups=False)
    if last is not None and not _BREAK.search(s[last.end : pos]) and not attribute(s, last):
        asset: str | None = last.asset
    elif last is None and subject is not None and re.match(r"\s*(?:it|the price)\b", s, re.I):
        asset = subject  # "It opened Monday $39.13"
    else:
        return None
    if asset in GROUPS or asset in YIELDS or (dollar and asset in NO_DOLLAR):
        return None
    return asset


def _level_claim(
    s: str,
    index: int,
    m: re.Match[str],
    asset: str,
    op: str,
    value: float,
    qualifiers: tuple[str, ...],
) -> Claim:
    """The level claim of match ``m``: its words up to the figure's end (group ``num``), the
    time said at the match (:func:`~leadwatch.claims.text.find_when_at`)."""
    words = m.group(0)[: m.end("num") - m.start()]
    when = find_when_at(s, m.start()) or joined_last(s, m.end("num"))
    return Claim(index, "level", asset, words, op, value, when=when, qualifiers=qualifiers)
