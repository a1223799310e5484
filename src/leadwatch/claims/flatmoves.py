"""Moves of about nothing: "was flat", "little changed", "held steady", "barely moved" (pure).

A flat move is a percentage move of 0 with the qualifier ``flat``: it is confirmed when the
data moved by no more than :data:`FLAT_TOLERANCE` (half a percent; a rate, 3 basis points:
:data:`~leadwatch.claims.clauses.FLAT_RATE_TOLERANCE`) over the window (a session unless the
clause names another). "Steady" that holds a named level ("held steady at $2,650") is a
level, not a move, and is left to the level readers.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "The US dollar index was little changed on the day."
>>> flat_moves(s, find_assets(s), None)
[('dxy', 'flat', 0.0, 'day', 'little changed', ('flat',))]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import FLAT_TOLERANCE, hypothetical
from leadwatch.claims.model import GROUPS
from leadwatch.claims.vocabulary import YIELDS
from leadwatch.claims.windows import window_near

__all__ = ["FLAT_TOLERANCE", "flat_moves"]

_HEDGE = (
    r"(?:(?:nearly|virtually|essentially|largely|broadly|roughly|mostly|about|little|all but) )?"
)
_FLAT_RE = re.compile(
    r"\b(?P<w>(?:(?:was|were|is|are|been|be|ended|closed|finished|traded|trading|stayed|remained"
    r"|held|holding|hovered|sat|kept|looked|ending|closing|finishing|last) )"
    + _HEDGE
    + r"(?:flat|unchanged|steady)"
    r"|(?:held|holding|stayed|remained|kept) steady"
    r"|little[- ]changed|unchanged (?=at \d[\d.]*%)"  # a rate: "10Y unchanged at 4.57%"
    r"|(?:barely|hardly|scarcely) (?:moved|budged|changed|moving|budging)"
    r"|(?:did not|didn't|failed to) (?:move|budge) much)\b"
    r"(?! (?:at|near|around|just|above|below|under|over|in the|within|from)\b)",
    re.IGNORECASE,
)
#: What may stand before a flat phrase whose asset is carried from the sentence before: a
#: pronoun or a plain noun for it ("It was flat", "The index was little changed"), not
#: another subject ("Stock futures held steady").
_CARRIED_SUBJECT = re.compile(
    r"^\s*(?:(?:and|but|while) )?(?:it|prices?|the (?:index|metal|coin|token|currency"
    r"|greenback|yield|price|rate)s?)(?: (?:was|were|is|are|has been|have been|ended|closed))?\s*$",
    re.IGNORECASE,
)
Flat = tuple[str, str, float, str | None, str, tuple[str, ...]]


def flat_moves(s: str, mentions: list[AssetMention], carried: str | None) -> list[Flat]:
    """``(asset, "flat", 0.0, window, words, ("flat",))`` for each flat move in ``s``.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Gold held steady at $2,650 an ounce."
    >>> flat_moves(s, find_assets(s), None)
    []
    >>> flat_moves("It was little changed.", [], "gold")[0][0]
    'gold'
    >>> flat_moves("Stock futures held steady.", [], "gold")
    []
    """
    out: list[Flat] = []
    for m in _FLAT_RE.finditer(s):
        before = [
            x.asset
            for x in mentions
            if x.start < m.start() and x.asset not in GROUPS and x.words != "(carried)"
        ]
        asset = before[-1] if before else None
        if not before and _CARRIED_SUBJECT.match(s[: m.start()]):
            asset = carried  # "It was little changed": the subject carried
        if asset is None or hypothetical(s, m.start(), m.end()):
            continue
        window = window_near(s, m.start())
        quals = ("flat", "rate") if asset in YIELDS else ("flat",)  # 3 bp, not 0.5%
        out.append((asset, "flat", 0.0, window, str(m.group("w")), quals))
    return out
