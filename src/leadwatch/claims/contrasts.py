"""Two assets set against each other by moves in opposite directions (pure): "ether rose,
while bitcoin fell", "silver climbed even as gold slipped", "gold gained whereas the dollar
weakened".

Such a sentence says more than its two moves: the one that rose did better than the one
that fell over the same time. :func:`contrasted_moves` adds that comparison (op
``outperforms``, the risen asset first) beside the two moves, when the sentence joins them
with a contrast word ("while", "whereas", "even as", "but", "as") between the two moves,
both moves are of the same time and neither states a size (with sizes, each move is
checked as stated).

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Ether rose, while bitcoin fell.")
>>> [(c.kind, c.asset, c.op, c.other) for c in ex.claims if c.kind == "comparison"]
[('comparison', 'eth', 'outperforms', 'btc')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import Sentence, plain_figures

__all__ = ["contrasted_moves"]

#: A contrast between two clauses: "while", "whereas", "even as", ", but", ", as".
_CONTRAST = re.compile(r"(?:,\s*|\s)(?:while|whereas|even as|but|as)\s", re.IGNORECASE)
_MOVES = ("move", "percent")
#: Broad markets, not one series: "while Asian stocks fell" sets no asset against another.
_BROAD = frozenset({"stocks", "foreign_stocks", "crypto_market", "index_ref"})


def contrasted_moves(sentences: Sequence[Sentence], claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with a comparison added for each sentence whose two moves of different
    assets go opposite ways across a contrast word (module doc)."""
    out = list(claims)
    texts = {x.index: plain_figures(x.text) for x in sentences}
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    for index, found in by_sentence.items():
        if any(c.kind == "comparison" for c in found):
            continue  # compared already ("gold outperformed silver")
        moves = [c for c in found if c.kind in _MOVES and c.asset and c.asset not in GROUPS]
        if any(c.pct is not None for c in moves):
            continue  # "A rose 30% while B fell 5%": the sizes are the claims, checked each
        if (
            len({c.asset for c in moves}) != 2
            or len(moves) != 2
            or {*_BROAD} & {c.asset for c in moves}
        ):
            continue
        first, second = moves
        if {first.op, second.op} != {"up", "down"} or (first.when, first.window) != (
            second.when,
            second.window,
        ):
            continue
        text = texts.get(index, "")
        a, b = text.find(first.words), text.find(second.words)
        if a < 0 or b < 0 or a == b:
            continue
        lo, hi = sorted((a, b))
        joint = _CONTRAST.search(text, lo + 1, hi)
        if joint is None:
            continue
        up, down = (first, second) if first.op == "up" else (second, first)
        out.append(
            Claim(index, "comparison", up.asset, joint.group(0).strip(" ,"), "outperforms",
                  other=down.asset, when=up.when, window=up.window)
        )  # fmt: skip
    return out
