"""Figures said after a comparison belong to its subject, not to the asset it beat (pure).

"Silver outperformed gold this year, on track for gains of nearly 150%, its best year
since 1979": the 150% and the record are silver's, though gold is the asset named last
before them. A figure in a later clause of a comparison ("A outperformed B, gaining X",
"..., with a rise of X", "..., its best ...") whose nearest asset is the comparison's
object goes to the subject, unless the clause gives the object a figure of its own ("B,
which rose X", "while B rose X", "B's X gain", "B, with a 1% gain", "B (+1%)").

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> from leadwatch.claims.model import Claim
>>> s = "Silver outpaced gold in 2025, posting gains of about 140%."
>>> c = Claim(0, "percent", "gold", "140%", "up", pct=140.0)
>>> [x.asset for x in beaten_figures(s, find_assets(s), [c])]
['silver']
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.vocabulary import BEAT_VERB_RE

__all__ = ["beaten_figures"]

_BEAT = re.compile(rf"\b(?:{BEAT_VERB_RE})\b(?:\s+(?:the|its|rival|fellow|sister))*\s+$", re.I)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.I)
# Where the object's own figure would be stated: a relative clause, another subject.
_OWN = re.compile(
    r"(?:['\u2019]s\b|\s*\(|\s*,?\s*(?:which|that|who|whose|while|whereas|as it|as the|with)\b"
    r"|\s+(?:rose|fell"
    r"|gained|lost|climbed|dropped|was|is|has|had|itself)\b)",
    re.I,
)
_BREAK = re.compile(r",|\u2014|\s-\s|\s\u2013\s|\bwith\b|\bon track\b|\bposting\b", re.I)
_KINDS = ("percent", "record", "move")


def _objects(s: str, mentions: list[AssetMention]) -> list[tuple[AssetMention, str]]:
    """``(object, subject)`` of each comparison verb in ``s`` with an asset on each side."""
    out = []
    named = [m for m in mentions if m.asset not in GROUPS]
    for i, m in enumerate(named):
        verb = _BEAT.search(s, 0, m.start)
        if verb is None or i == 0 or _OWN.match(s, m.end):
            continue
        if _PASSIVE.search(s, 0, verb.start()):
            continue  # "gold was outpaced by silver": the subject lagged
        before = [x for x in named[:i] if x.start < verb.start() and x.asset != m.asset]
        if before:
            out.append((m, before[-1].asset))
    return out


def beaten_figures(s: str, mentions: list[AssetMention], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the figures stated after a comparison given to its subject (module
    doc)."""
    pairs = _objects(s, mentions)
    if not pairs:
        return claims
    out = []
    for c in claims:
        pos = s.find(c.words) if c.words else -1
        for obj, subject in pairs:
            later = [m for m in mentions if obj.start < m.start < pos]
            gap = s[obj.end : pos] if pos > obj.end else ""
            if c.kind in _KINDS and c.asset == obj.asset and not later and _BREAK.search(gap):
                c = replace(c, asset=subject)
        out.append(c)
    return out
