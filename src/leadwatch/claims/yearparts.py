"""Ranked parts of a year: "its worst first-quarter performance since 2022", "the best first
half in five years", "its weakest Q3 on record" (pure).

:func:`part_records` reads them as claims of kind ``record`` whose ``op`` is
``worst:<part>`` or ``best:<part>`` (``Q1`` .. ``Q4``, ``H1``, ``H2``): the part's move is
ranked against the same part of other years only (checked by
:func:`~leadwatch.claims.extremes.check_move_record`).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> text = "Gold is heading for its best first half since 1979."
>>> (found,) = part_records(text, find_assets(text), None, 0)
>>> found.asset, found.op, found.window
('gold', 'best:H1', 'since:1979')
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.extremes import RANKED_OVER, ranked_asset, span_window
from leadwatch.claims.model import Claim
from leadwatch.claims.recordspans import move_side
from leadwatch.claims.vocabulary import DOWN_NOUN_RE, UP_NOUN_RE, words_re

__all__ = ["part_records"]

_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3}
_NUMBERS["4th"] = 4
#: The part of a year: "first-quarter", "second half", "Q3", "H1".
_PART = (
    rf"(?:(?P<nth>{words_re(list(_NUMBERS))})[- ](?P<per>quarter|half)"
    r"(?: of (?:the|a) (?:calendar )?year)?|(?P<code>[QH])(?P<digit>[1-4])\b)"
)
#: What is ranked: a performance word, or a move noun that gives the side ("biggest loss").
_RANKED_PART_RE = re.compile(
    r"(?:\b(?:its|the|their|a)|['\u2019]s) "
    r"(?P<ext>worst|best|weakest|strongest|poorest|biggest|steepest|sharpest|largest) "
    rf"{_PART}(?:[- ](?:(?:performance|showing|return|start|run|stretch|period)s?"
    rf"|(?P<down>{DOWN_NOUN_RE})|(?P<up>{UP_NOUN_RE})))?\s+{RANKED_OVER}",
    re.IGNORECASE,
)


#: "its steepest start since 1973": a start to the year ranked by a word with no side.
_STEEP_START_RE = re.compile(
    r"(?:\b(?:its|the|their)|['\u2019]s) (?P<ext>steepest|sharpest|biggest|largest|most dramatic) "
    rf"start(?: to (?:a|the|any) (?:calendar )?year)?\s+{RANKED_OVER}",
    re.IGNORECASE,
)


def _part(m: re.Match[str]) -> str | None:
    """The part's code ("Q1", "H2"); none for a part a year has not ("fourth half")."""
    if m.group("code"):
        code, n = m.group("code").upper(), int(m.group("digit"))
    else:
        code, n = m.group("per")[0].upper(), _NUMBERS[m.group("nth").lower()]
    return f"{code}{n}" if n <= (2 if code == "H" else 4) else None


def _side(m: re.Match[str]) -> str | None:
    """``worst`` or ``best``; none where neither the superlative nor a move noun tells it
    ("its steepest first half": steep which way?)."""
    ext = m.group("ext").lower()
    if m.group("down") or ext in ("worst", "weakest", "poorest"):
        return "worst"
    if m.group("up") or ext in ("best", "strongest"):
        return "best"
    return None


def part_records(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """Ranked parts of a year stated in sentence ``s`` (number ``i``), as record claims."""
    out = []
    for m in _RANKED_PART_RE.finditer(s):
        asset = ranked_asset(s, m, mentions, subject)
        part, side = _part(m), _side(m)
        if asset is not None and part is not None and side is not None:
            op = f"{side}:{part}"
            out.append(Claim(i, "record", asset, m.group(0), op, window=span_window(m)))
    for m in _STEEP_START_RE.finditer(s):  # the side from the move told before it
        asset, moved = ranked_asset(s, m, mentions, subject), move_side(s[: m.start()])
        if asset is not None and moved is not None:
            op = f"{'worst' if moved == 'low' else 'best'}:YTD"
            out.append(Claim(i, "record", asset, m.group(0), op, window=span_window(m)))
    return out
