"""Index futures quoted before the open, and an index's sectors: no move of the index (pure).

"By early morning, S&P 500 futures were down another 2%", "Dow futures slid 400 points in
premarket trade", "Nasdaq futures pointed higher ahead of the bell": the futures trade
before the cash session, so their figure is no close-to-close move of the index, nor is a
figure of the same sentence that borrows the index as its subject ("while premarket losses
hit Apple and Nvidia, each down 4%"). A stock index's futures told with no such time
("S&P futures +1.2%" in a day's table) stay the index's move, as do the cash index's own
moves in the sentence ("the S&P 500 closed 1% higher before futures fell overnight").
The index's sectors or sector funds ("the S&P sector ETFs were hit across the board, tech
worst with a 3.1% retreat", "eight of the 11 S&P 500 sectors rose, energy up 2%") are
parts of it: their figures are no move of the index either, unless the index itself is
named again before the figure ("..., and the index gained 0.8%").

Examples
--------
>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("In premarket trade on Friday, S&P 500 futures were down 2.4%.")
>>> [c.pct for c in ex.claims if c.asset == "spx"]
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import find_assets
from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import any_of, words_re

__all__ = ["before_the_open"]

#: Stock indexes whose futures trade before the cash session.
_STOCK_INDEXES = frozenset({"spx", "nasdaq", "dow", "nikkei"})
#: "S&P 500 futures", "Dow e-mini futures", "Nasdaq 100 index futures".
_FUTURES_AFTER = re.compile(r"\s*(?:index\s+|e-?mini\s+|stock\s+)?futures\b", re.IGNORECASE)
#: "S&P 500 sectors", "S&P sector ETFs", "the Nasdaq's components".
_PARTS = (
    *("sectors?", "sector (?:ETFs|funds|indexes|indices)", "industry groups", "components"),
    *("constituents", "member stocks"),
)
_PARTS_AFTER = re.compile(rf"(?:'s)?\s*(?:\d+\s+)?{words_re(_PARTS)}\b", re.IGNORECASE)
#: A time before the cash session opens.
_BEFORE_OPEN = any_of(
    *("pre-?market", "early (?:morning|hours)"),
    "(?:before|ahead of) the (?:open(?:ing)?|(?:opening )?bell|cash (?:open|session))",
    *("overnight (?:trade|trading|session)", r"pointed to (?:a|an) (?:\w+ )?open"),
)


def before_the_open(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the figures of a stock index whose futures a sentence quotes before
    the open, or whose sectors it names: the nearest mention of the index before the
    figure is its futures or its parts (module doc)."""
    out = []
    for c in claims:
        text = sentences[c.sentence].text if c.sentence < len(sentences) else ""
        if c.asset not in _STOCK_INDEXES or c.kind not in ("percent", "move", "level"):
            out.append(c)
            continue
        pos = text.find(c.words)
        named = [m for m in find_assets(text, "silver", c.asset) if m.asset == c.asset]
        named = [m for m in named if m.start <= pos]
        if pos >= 0 and named and _PARTS_AFTER.match(text, named[-1].end):
            continue  # "the S&P sector ETFs were hit, tech down 3%": the parts' moves
        futures = pos >= 0 and named and _FUTURES_AFTER.match(text, named[-1].end)
        if futures and _BEFORE_OPEN.search(text):
            continue  # "S&P 500 futures were down 2% before the bell": not the close
        out.append(c)
    return out
