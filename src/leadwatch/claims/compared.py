"""The asset an outperformance sentence's later figures belong to (pure).

"Platinum beat gold last year, heading for a yearly rise of about 60%": the object of a
comparison verb (gold) is named last before the figure, yet the figure and a record after
it ("its strongest run since 2008") are the subject's (platinum). A relative clause
("..., which rose 20%") or a "with" phrase ("well ahead of the Dow, with a 2% rise") keeps
them the object's.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Bitcoin beat gold this month, up 12%."
>>> past_the_compared(s, find_assets(s), s.index("12%"), "gold")
'btc'
>>> s = "Bitcoin trailed gold, which rose 20%."
>>> past_the_compared(s, find_assets(s), s.index("20%"), "gold")
'gold'
"""

from __future__ import annotations

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS
from leadwatch.claims.vocabulary import any_of, ending

__all__ = ["past_the_compared"]

#: Verbs whose object is the asset another one is measured against.
_COMPARED = ending(
    *(r"outperform\w*", r"outpac\w*", r"outshin\w*", "outshone", r"outrun\w*", "outran"),
    *("beat", "beats", "beating", r"trail(?:ed|ing|s)?", r"lagg(?:ed|ing)", "lags?"),
    *(r"underperform\w*", r"eclips\w*", r"overtak\w*", "overtook"),
    gap=r"\s+(?:the\s+)?",
)
_RELATIVE = any_of("which", "that", "who", "whose", "with")


def past_the_compared(
    s: str, mentions: list[AssetMention], pos: int, asset: str | None
) -> str | None:
    """The owner of the figure at ``pos`` in ``s``: the comparison's subject when ``asset``
    was found as the object of a comparison verb and a comma stands between that object
    and the figure (not before a relative pronoun or "with"); else ``asset``."""
    before = [x for x in mentions if x.start < pos and x.asset not in GROUPS]
    if len(before) < 2 or before[-1].asset != asset:
        return asset
    obj = before[-1]
    if not _COMPARED.search(s[: obj.start]):
        return asset
    cut = s.find(",", obj.end, pos)
    if cut < 0 or _RELATIVE.match(s[cut + 1 : pos].lstrip()):
        return asset
    subjects = [x for x in before[:-1] if x.asset != asset]
    return subjects[-1].asset if subjects else asset
