"""A move told in an absolute phrase after "with" ("..., with ether sliding and bitcoin flat",
"with bitcoin rallying"): the asset's move of the sentence's time (pure).

The phrase names the asset, then a present participle of a move verb, with no finite verb
of its own; :func:`with_moving` returns the participle's match (groups ``up``/``down``) the
extractor reads as it reads "silver plunged".

Examples
--------
>>> s = "Metals were volatile, with silver plunging."
>>> with_moving(s, s.index("silver"), s.index("silver") + 6).group("down")
'plunging'
>>> with_moving("Silver plunging is no surprise.", 0, 6) is None
True
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import words_re

__all__ = ["with_moving"]

_WITH = re.compile(r"\bwith\s+(?:the\s+)?(?:price of\s+|prices of\s+)?$", re.IGNORECASE)
#: The present participles of a move, up and down ("with silver plunging").
_RISING = (
    *("rising", "surging", "rallying", "climbing", "soaring", "jumping", "gaining"),
    *("advancing", "spiking"),
)
_FALLING = (
    *("falling", "dropping", "declining", "sliding", "slipping", "sinking", "plunging"),
    *("tumbling", "slumping", "plummeting", "crashing", "retreating", "weakening"),
)
_ING = re.compile(
    r"(?:['\u2019]s)?(?: prices?| futures)?\s+"
    rf"(?:(?P<up>{words_re(_RISING)})|(?P<down>{words_re(_FALLING)}))\b",
    re.IGNORECASE,
)


def with_moving(s: str, start: int, end: int) -> re.Match[str] | None:
    """The participle of a move right after the asset named at ``start:end`` of ``s`` when
    "with" introduces it (module doc); else ``None``."""
    if _WITH.search(s, max(0, start - 25), start) is None:
        return None
    return _ING.match(s, end)
