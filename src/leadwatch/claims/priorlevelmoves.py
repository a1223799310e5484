"""A move to a level whose size is the distance from a level the sentence before named (pure).

"Bitcoin had soared above $124,000 days earlier. ... a nearly 10% drop to $112,000": the
move names no window, but its size is the way from the earlier level to the one it names
($124,000 -> $112,000 is -9.7%), so it runs from that level, not over the last session.
:func:`from_prior_levels` gives such a move (no window, no time of its own, a level claim
of the same asset in its own sentence) the window ``from:<earlier level>`` when a level
of the same asset in the sentence right before is that far from it, in the move's
direction, within an eighth of the move or half a point, and the move is 4% or more (a
small move matches a nearby level by chance); a move the levels do not account for keeps
its reading.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> c = [Claim(0, "level", "btc", "$124,000", "above", level=124000.0),
...      Claim(1, "level", "btc", "$112,000", "at", level=112000.0),
...      Claim(1, "percent", "btc", "10%", "down", pct=10.0)]
>>> [x.window for x in from_prior_levels(c)]
[None, None, 'from:124000']
>>> c[2] = Claim(1, "percent", "btc", "3%", "down", pct=3.0)
>>> [x.window for x in from_prior_levels(c)]
[None, None, None]
"""

from __future__ import annotations

from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.movetolerance import move_tolerance

__all__ = ["from_prior_levels"]

#: The least move (percent) read so: a small one matches a nearby level by chance ("up 0.4%
#: at $3,012" after "past the $3,000 mark" is the session's move).
_LEAST = 4.0


def from_prior_levels(claims: list[Claim]) -> list[Claim]:
    """``claims`` with each unwindowed move whose size is the way from a level of the sentence
    before to its own level measured from that earlier level (module doc)."""
    levels: dict[tuple[int, str], list[float]] = {}
    for c in claims:
        if c.kind == "level" and c.asset is not None and c.level is not None and c.level > 0:
            levels.setdefault((c.sentence, c.asset), []).append(c.level)
    return [_from_prior(c, levels) for c in claims]


def _from_prior(c: Claim, levels: dict[tuple[int, str], list[float]]) -> Claim:
    if (
        c.kind not in ("percent", "move")
        or c.asset is None
        or c.pct is None
        or c.window is not None
        or c.when is not None
        or c.op not in ("up", "down")
        or c.pct < _LEAST
    ):
        return c
    stated = c.pct / 100 * (1 if c.op == "up" else -1)
    for end in levels.get((c.sentence, c.asset), []):
        for start in levels.get((c.sentence - 1, c.asset), []):
            way = end / start - 1.0
            if way * stated > 0 and abs(way - stated) <= move_tolerance(stated) / 2:
                return replace(c, window=f"from:{start:g}")
    return c
