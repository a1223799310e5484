"""When a move stated without a figure stands on its own beside other claims of its sentence.

A sentence that quotes a figure ("U.S. stocks ended flat; bitcoin hit a record, while
copper and oil slipped") can still tell a figureless move of another asset in a clause
of its own, after a semicolon, a contrast ("while", "whereas", "but") or a comma and "and":
:func:`apart_from_figures`. A figureless move is also not stated by a record of its asset
told in a contrasting clause after it ("The dollar was slightly lower on Monday but stayed
near the one-year high it hit last month"): :func:`contrasted_record`. Such a move is of the
window its sentence's figures share ("The dollar rose 1.1% since Tuesday, while gold slid":
since Tuesday too): :func:`figures_window`.

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> s = "Stocks were flat, up 0.1%; the yen firmed, while copper prices slipped."
>>> fig = Claim(0, "percent", "spx", "0.1%", "up", pct=0.1)
>>> apart_from_figures(s, "copper prices slipped", [fig])
True
>>> apart_from_figures("Gold rose 1% and silver climbed.", "silver climbed",
...                    [Claim(0, "percent", "gold", "1%", "up", pct=1.0)])
False
>>> apart_from_figures("Oil rose 3%, and the dollar climbed.", "the dollar climbed",
...                    [Claim(0, "percent", "oil", "3%", "up", pct=3.0)])
True
>>> s = "Silver was lower on Monday but held near the record high it set last week."
>>> rec = Claim(0, "record", "silver", "record high", "high")
>>> contrasted_record(s, "Silver was lower", rec)
True
>>> contrasted_record("Silver rose to a record high.", "Silver rose", rec)
False
"""

from __future__ import annotations

import re

from leadwatch.claims.model import Claim

__all__ = ["apart_from_figures", "contrasted_record", "figures_window", "stated_apart"]

#: What sets a clause apart from a figure's: a semicolon or a contrast.
_APART = re.compile(r";|\b(?:while|whereas)\b|,\s*(?:but|and)\b", re.IGNORECASE)
#: What sets a record apart from the move before it: a contrast.
_CONTRAST = re.compile(r";|\b(?:but|yet|though|although|while|whereas|despite)\b", re.IGNORECASE)


def _between(s: str, a: str, b: str) -> str | None:
    """The text between the words ``a`` and ``b`` of ``s`` (None where either is missing)."""
    pa, pb = s.find(a), s.find(b)
    if pa < 0 or pb < 0:
        return None
    return s[pa + len(a) : pb] if pa < pb else s[pb + len(b) : pa]


def apart_from_figures(s: str, words: str, claims: list[Claim]) -> bool:
    """Whether the figureless move ``words`` of ``s`` stands in a clause apart from every
    figure of ``claims`` (a semicolon or a contrast between them)."""
    figures = [c for c in claims if c.kind in ("percent", "figure")]
    for c in figures:
        between = _between(s, words, c.words)
        if between is None or not _APART.search(between):
            return False
    return True


def contrasted_record(s: str, words: str, c: Claim) -> bool:
    """Whether claim ``c`` is a record told after the figureless move ``words`` in a clause
    that contrasts with it ("was lower but stayed near its high"): the move stands apart."""
    if c.kind != "record":
        return False
    pos, at = s.find(words), s.find(c.words)
    return 0 <= pos < at and _CONTRAST.search(s, pos + len(words), at) is not None


def stated_apart(
    s: str,
    asset: str,
    words: str,
    claims: list[Claim],
) -> bool:
    """Whether the figureless move ``words`` of ``asset`` is already told by ``claims`` of
    its sentence ``s``: a figure in its clause, or another claim of the asset ("fell below
    $80k"), save a level quoted as where the asset stood ("closing at $2,988", not where it
    moved to), a record in a contrasting clause and an intraday record ("rose, touching a
    new intraday high": the high says nothing of the close)."""
    if not apart_from_figures(s, words, claims):
        return True
    return any(
        c.asset == asset
        and c.kind != "expectation"
        and not (c.kind == "level" and c.op == "at" and c.words.lower().startswith("at "))
        and not contrasted_record(s, words, c)
        and not (c.kind == "record" and re.search(r"\bintra[- ]?day\b", c.words, re.I))
        for c in claims
    )


def figures_window(claims: list[Claim]) -> str | None:
    """The window every figure of ``claims`` is told over, where they share one (None where
    there is no figure, or they differ).

    >>> fig = Claim(0, "percent", "dxy", "1.1%", "up", pct=1.1, window="since:Tuesday")
    >>> figures_window([fig]), figures_window([])
    ('since:Tuesday', None)
    """
    windows = {c.window for c in claims if c.kind in ("percent", "figure")}
    return windows.pop() if len(windows) == 1 else None
