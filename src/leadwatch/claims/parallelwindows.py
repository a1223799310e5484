"""A move told "also", "too" or "as well" after another asset's move shares its window (pure).

"Silver dropped 35% in a single day. Gold also saw a drop of over 12%": the gold figure is
of the same day, not of the default three months. A percentage move with no window and no
time of its own, in a sentence that says it parallels the one before ("also", "too", "as
well", "likewise", "similarly", "in tandem", "followed suit"), takes the window of the
previous sentence's percentage moves of other assets, where they agree on one.

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> ex = extract_claims("Silver fell 5% this week. Gold also dropped 2%.")
>>> [(c.asset, c.window) for c in parallel_windows(ex.sentences, list(ex.claims))]
[('silver', 'wtd'), ('gold', 'wtd')]
>>> ex = extract_claims("Silver fell 5% this week. Gold dropped 2%.")
>>> [(c.asset, c.window) for c in parallel_windows(ex.sentences, list(ex.claims))]
[('silver', 'wtd'), ('gold', None)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.carriedperiods import carried_periods
from leadwatch.claims.model import Claim
from leadwatch.claims.scopedclauses import scoped_whens
from leadwatch.claims.text import Sentence

__all__ = ["parallel_windows"]

_PARALLEL = re.compile(
    r"\b(?:also|too|as well|likewise|similarly|in tandem|followed suit|was not spared"
    r"|were not spared)\b",
    re.IGNORECASE,
)
_MOVES = ("percent", "move")


def parallel_windows(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with each windowless move of a sentence paralleling the one before given
    that sentence's window (module doc)."""
    claims = scoped_whens(sentences, claims)  # "near the record set in March": not March's
    claims = carried_periods(sentences, claims)  # "Tin rose 7% in May. Zinc rose 4%."
    texts = {s.index: s.text for s in sentences}
    out: list[Claim] = []
    for c in claims:
        bare = c.kind in _MOVES and c.pct is not None and c.window is None and c.when is None
        if bare and _PARALLEL.search(texts.get(c.sentence, "")):
            windows = {
                o.window
                for o in claims
                if o.sentence == c.sentence - 1 and o.kind in _MOVES and o.asset != c.asset
            }
            if len(windows) == 1 and None not in windows:
                c = replace(c, window=windows.pop())
        out.append(c)
    return out
