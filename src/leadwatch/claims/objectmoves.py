"""A move named as a noun whose asset is the object of the sentence's verb: "The 6% drop
in 24 hours pushed the flagship cryptocurrency to $79,800", "A 3% slide on Tuesday sent
gold below $4,000", "Tuesday's 2% jump took bitcoin above $100,000" (pure).

The figure (read with no asset: a ``figure``) becomes a ``percent`` move of the asset that
the verb moves (pushed, sent, took, dragged, lifted, left, drove, ...), in the direction of
the noun, over the window its words name (``in 24 hours``: a day).

Examples
--------
>>> from leadwatch.claims.text import split_sentences
>>> s = split_sentences("A 3% slide sent gold below $4,000.")
>>> [(c.kind, c.asset, c.op, c.pct) for c in object_moves(s, []) if c.kind == "percent"]
[('percent', 'gold', 'down', 3.0)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import find_assets
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import Sentence, find_when
from leadwatch.claims.windows import find_windows

__all__ = ["object_moves"]

_DOWN = r"drop|fall|decline|slide|slump|plunge|tumble|sell-?off|loss|crash|retreat|dip|drawdown"
_UP = r"rally|gain|jump|surge|rise|advance|rebound|climb|spike|pop|upswing"
_VERB = (
    r"push(?:ed|es)?|sen[dt]s?|t[oa]ok|takes|drag(?:ged|s)?|lift(?:ed|s)?|left|leaves|dr[io]ve"
    r"|drives|br(?:ought|ings)|knock(?:ed|s)?|carr(?:ied|ies)|propel(?:led|s)?|puts?|pull(?:ed|s)?"
    r"|sank|sinks|lowered|raised|boosted|hammered|dragged"
)
_NOUN_MOVE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|percent)\s+(?:[a-z-]+\s+)?"
    rf"(?:(?P<down>{_DOWN})|(?P<up>{_UP}))s?\b(?P<mid>[^.;:%]{{0,40}}?)\s+(?:{_VERB})\s+",
    re.IGNORECASE,
)


def object_moves(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with each figure stated as a noun move whose verb takes the asset as
    its object turned into that asset's ``percent`` move."""
    out = list(claims)
    for sent in sentences:
        if sent.boilerplate:
            continue
        s = sent.text
        for m in _NOUN_MOVE.finditer(s):
            objects = [
                x for x in find_assets(s) if 0 <= x.start - m.end() <= 5 and x.asset not in GROUPS
            ]
            if not objects:
                continue
            pct = float(m.group("num"))
            windows = find_windows(m.group("mid"))
            move = Claim(
                sent.index,
                "percent",
                objects[0].asset,
                s[m.start() : m.end("num")] + "%",
                "down" if m.group("down") else "up",
                pct=pct,
                when=find_when(s),
                window=windows[0][1] if windows else None,
            )
            same = [c for c in out if c.sentence == sent.index and c.asset is None and c.pct == pct]
            if not same and any(c.sentence == sent.index and c.pct == pct for c in out):
                continue  # another reader gave the figure its asset already
            out = [c for c in out if c not in same] + [move]
    return out
