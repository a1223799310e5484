"""Coordinated subjects that share a predicate with no figure.

"Gold and silver fell on Monday", "The S&P 500 and the Dow closed at record highs": the
readers attach a move or a record to the name next to the verb only; every name of the
subject, joined by "and", states it. A figure is left alone ("gold and silver rose 2% and
3%" pairs them, :mod:`leadwatch.claims.shared` copies a figure over longer lists).

>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold and silver fell on Monday."
>>> ms = find_assets(s)
>>> c = Claim(0, "move", "silver", "silver fell", "down")
>>> [x.asset for x in coordinated(s, ms, [c])]
['silver', 'gold']
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention, find_assets
from leadwatch.claims.model import GROUPS, Claim

# "Gold and silver", "The Dow and the S&P 500", "both bitcoin and ether": two names, one subject
#: (sentence, asset, kind) of a copy made by :func:`coordinated`.
Copied = tuple[int, str | None, str]
_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)  # a list's earlier names
# what may stand before the subject in its clause: nothing, an article, "both", a conjunction
_OPENING = re.compile(
    r"(?:\s*(?:the|both|and|but|while|as|with|meanwhile|spot|US|U\.S\.)\b)*\s*", re.IGNORECASE
)


def coordinated(
    s: str, mentions: list[AssetMention], claims: list[Claim], before: str = ""
) -> list[Claim]:
    """``claims`` with copies of each figureless move or record for the names joined to
    its asset as one subject ("A and B fell": A fell too); the copies come last. After "the
    latter" ("havens like the yen and silver, the latter at a record") only the last of the
    two names keeps the claims told there, after "the former" only the first. A sentence
    that opens with "They", "Both" or "Those" after one whose subject is such a list of
    names (``before``) states its record or move of each (:func:`_plural_subject`)."""
    claims = _plural_subject(s, mentions, claims, before)
    claims = _referred(s, mentions, claims)
    out = list(claims)
    for c in claims:
        if c.kind not in ("move", "record") or c.pct is not None:
            continue
        pos = s.find(c.words)
        own = [m for m in mentions if m.asset == c.asset and m.start <= max(pos, 0)]
        if pos < 0 or not own:
            continue
        last = own[-1]
        if (
            any(m.start > last.start and m.start < pos for m in mentions)
            or "," in s[last.end : pos]
        ):
            continue  # another name or clause between the subject and its predicate
        for other in _joined(s, mentions, last):
            if not any(x.asset == other and x.kind == c.kind for x in out):
                out.append(replace(c, asset=other))
    return out


#: A plural subject standing for the names the sentence before opens with.
_PLURAL = re.compile(r"\W*(?:they|both|those|these|the two)\b(?! of (?:the|its|their)\b)", re.I)


def _plural_subject(
    s: str, mentions: list[AssetMention], claims: list[Claim], before: str
) -> list[Claim]:
    """``claims`` with a copy of each record or move for every name of the list that opens
    ``before`` when ``s`` opens with a plural pronoun and names no asset of its own
    ("Bitcoin and ether fell. Both are at their lowest since March.": each is).

    >>> from leadwatch.claims.assets import find_assets
    >>> c = Claim(1, "record", "btc", "lowest since March", "low", window="since:March")
    >>> s = "Both sit at their lowest since March."
    >>> [x.asset for x in _plural_subject(s, [], [c], "Bitcoin and ether slid 3%.")]
    ['btc', 'eth']
    """
    if not before or not _PLURAL.match(s) or any(m.words != "(carried)" for m in mentions):
        return claims
    prior = find_assets(before)
    names = [m for m in prior if m.asset not in GROUPS]
    group = [*_joined(before, prior, names[1]), names[1].asset] if len(names) > 1 else []
    if len(group) < 2 or len({c.pct for c in claims if c.pct is not None}) > 1:
        return claims  # one name, or several figures (each its own)
    out = list(claims)
    for c in claims:
        if c.kind in ("record", "move", "percent") and c.asset in group:
            out += [replace(c, asset=a) for a in group if a != c.asset]
    return out


_LATTER = re.compile(r"\bthe (?P<which>latter|former)\b", re.IGNORECASE)


def _referred(s: str, mentions: list[AssetMention], claims: list[Claim]) -> list[Claim]:
    """``claims`` less those told after "the latter"/"the former" of the other name."""
    said = _LATTER.search(s)
    if said is None:
        return claims
    names = list(dict.fromkeys(m.asset for m in mentions if m.end <= said.start()))
    names = [a for a in names if a not in GROUPS]
    if len(names) < 2:
        return claims
    pair = names[-2:]
    kept = pair[1] if said.group("which").lower() == "latter" else pair[0]
    after = [c for c in claims if s.find(c.words, said.end()) >= 0 and c.asset in pair]
    return [c for c in claims if c not in after or c.asset == kept]


def _joined(s: str, mentions: list[AssetMention], last: AssetMention) -> list[str]:
    """The names before ``last`` joined to it by "and" (a list: "A, B and C", "A, B, and
    C"), when they open their clause."""
    before = [m for m in mentions if m.end <= last.start]
    if not before or not _AND.fullmatch(s[before[-1].end : last.start].replace(",", "")):
        return []
    names = [before.pop()]
    while before and _COMMA.fullmatch(s[before[-1].end : names[-1].start]):
        names.append(before.pop())  # "Gold, silver and copper": the list runs back
    first = names[-1]
    clause = max(s.rfind(",", 0, first.start), s.rfind(";", 0, first.start)) + 1
    if not _OPENING.fullmatch(s[clause : first.start]) or first.asset in GROUPS:
        return []
    return list(dict.fromkeys(m.asset for m in names if m.asset not in (last.asset, *GROUPS)))


#: The end of a sentence told in full, not a headline's: a stop, a question or exclamation mark.
_TOLD = re.compile(r"[.!?][\s\"'\u201d\u2019)]*$")


def headline_copies(s: str, copies: list[Claim]) -> set[Copied]:
    """The keys of ``copies`` that a later sentence of their asset may replace: those of a
    headline ("Gold and silver surge to records") and records (the asset's own sentence
    tells its record in full), not the moves of a sentence told in full ("..., while gold
    and oil prices slipped.": the copy is the article's own claim of the day).

    >>> c = Claim(0, "move", "gold", "oil slipped", "down")
    >>> headline_copies("Gold and Oil Slip", [c]), headline_copies("Gold and oil slipped.", [c])
    ({(0, 'gold', 'move')}, set())
    """
    told = _TOLD.search(s) is not None
    return {(c.sentence, c.asset, c.kind) for c in copies if not (told and c.kind == "move")}


def drop_restated(claims: list[Claim], copied: set[Copied]) -> list[Claim]:
    """``claims`` less the copies whose asset states the same claim in a later sentence of its
    own (a headline's "Gold and silver hit records" over the body's "- Gold: a new record
    high"); a body's copy stays over a headline's statement."""
    own = [(c.sentence, c.asset, c.kind) not in copied for c in claims]
    last: dict[tuple[str | None, str, str | None], int] = {}
    for c, o in zip(claims, own, strict=True):
        if o:
            key = (c.asset, c.kind, c.op)
            last[key] = max(last.get(key, -1), c.sentence)
    return [
        c
        for c, o in zip(claims, own, strict=True)
        if o or last.get((c.asset, c.kind, c.op), -1) <= c.sentence
    ]
