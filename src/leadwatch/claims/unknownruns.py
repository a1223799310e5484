"""A name the asset table does not know keeps the figures told after it (pure).

"Utilities fell 2% on the day, adding to a weekly loss of 0.7%": the second figure's
clause names nothing, so it is the figure of the sentence's own subject, the unknown
"utilities", not of the asset carried from an earlier sentence.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "Utilities fell 2% on the day, adding to a weekly loss of 0.7%"
>>> kept_unknown(find_assets(s), ("utilities", s.index("2%") + 2, "down"), s.index("0.7"))
'utilities'
>>> s = "Copper fell 1%, and gold slid 0.6%"
>>> kept_unknown(find_assets(s), ("copper", s.index("1%") + 2, "down"), s.index("0.6")) is None
True
>>> s = "Most coins rose less than 10%, except Cardano, which jumped 11.6%"
>>> kept_unknown([], ("eth", s.index("10%") + 3, "up"), s.index("11.6")) is None  # carried
True
"""

from __future__ import annotations

from collections.abc import Sequence

from leadwatch.claims.assets import ALIASES, AssetMention
from leadwatch.claims.clauses import unknown_subject
from leadwatch.claims.subjects import subject_name

__all__ = ["kept_unknown", "unknown_or_kept"]

_KNOWN = frozenset(key for key, _ in ALIASES)  # the names of the asset table


def kept_unknown(
    mentions: Sequence[AssetMention], last: tuple[str, int, str] | None, pos: int
) -> str | None:
    """The unknown name the sentence's previous figure went to, for the figure at ``pos``
    when no asset is named between them; else ``None``.

    ``last`` is the previous figure's ``(asset, end, direction)``; ``mentions`` are the
    sentence's asset mentions (an unknown name is none of them, nor any asset the table
    knows, such as a subject carried from an earlier sentence).
    """
    if last is None or last[0] in _KNOWN or last[0] in {m.asset for m in mentions}:
        return None
    named = any(last[1] <= m.start < pos and m.words != "(carried)" for m in mentions)
    return None if named else last[0]


def unknown_or_kept(
    s: str, mentions: Sequence[AssetMention], last: tuple[str, int, str] | None, pos: int
) -> str | None:
    """The unknown name heading the clause of the figure at ``pos`` of sentence ``s``
    (:func:`leadwatch.claims.clauses.unknown_subject`; "China's CSI300 fell 1.5%"), or
    named as its subject (:func:`leadwatch.claims.subjects.subject_name`; "..., lumber
    jumped 4%"), else the one the previous figure went to (:func:`kept_unknown`); ``None``
    for none of them."""
    named = unknown_subject(s, pos, mentions) or subject_name(s, pos, mentions)
    return named or kept_unknown(mentions, last, pos)
