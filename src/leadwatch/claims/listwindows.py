"""A window said after a list of moves is every listed move's (pure).

"Gold and silver were up +2.2% and +20.5% over the week": the window follows the last
figure of the list, and the figures before it ("+2.2% and") have no window of their own,
so each is read alone as a session's move. A run of percent figures joined only by commas
or "and" shares the window of its last figure when the others have none and every one is
told with the same time words.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> s = "BTC and ETH closed Friday up +2.2% and +20.5% over the week."
>>> a = Claim(0, "percent", "btc", "+2.2%", "up", pct=2.2)
>>> b = Claim(0, "percent", "eth", "+20.5%", "up", pct=20.5, window="week")
>>> [c.window for c in listed_windows([s], [a, b])]
['week', 'week']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim

__all__ = ["listed_windows"]

#: What may stand between two listed figures: "% and +", ", ", ", and -".
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)[+\-\u2212]?\s*")


def _runs(s: str, moves: list[tuple[int, Claim]]) -> list[list[Claim]]:
    """The runs of figures joined only by commas or "and", in the order of the sentence."""
    runs: list[list[Claim]] = []
    end = -1
    for pos, c in sorted(moves, key=lambda m: m[0]):
        if runs and _JOINED.fullmatch(s[end:pos]):
            runs[-1].append(c)
        else:
            runs.append([c])
        end = pos + len(c.words)
    return [run for run in runs if len(run) >= 2]


def listed_windows(sentences: Sequence[str], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with the window of a list's last move lent to the moves before it that
    have none (module doc)."""
    moves: dict[int, list[tuple[int, Claim]]] = {}
    for c in claims:
        bare = c.words.rstrip().endswith("%")  # ("-1.8% 1D": a window of its own)
        if c.kind == "percent" and bare and 0 <= c.sentence < len(sentences):
            pos = sentences[c.sentence].find(c.words)
            if pos >= 0:
                moves.setdefault(c.sentence, []).append((pos, c))
    lent: dict[int, str] = {}
    for i, found in moves.items():
        for run in _runs(sentences[i], found):
            last = run[-1]
            before = run[:-1]
            if last.window is None or any(c.window is not None for c in before):
                continue
            if any(c.when != last.when for c in before):
                continue
            lent.update({id(c): last.window for c in before})
    return [replace(c, window=lent[id(c)]) if id(c) in lent else c for c in claims]
