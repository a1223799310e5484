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

All the assets a comparison verb's object lists ("topped both silver and bitcoin",
"beating gold, silver and stocks") are compared with the subject, one comparison each:

>>> s = "Ether has outpaced both silver and bitcoin this year."
>>> compared_list(s, find_assets(s), s.index("outpaced") + 8, "silver")
['silver', 'btc']
>>> s = "Ether has outpaced gold, while silver lagged."
>>> compared_list(s, find_assets(s), s.index("outpaced") + 8, "gold")
['gold']

A bare figure owned by a compared asset ("outpacing gold's 40%") is that asset's gain over
the comparison's window when the subject's own move is a gain over it
(:func:`compared_figures`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.vocabulary import any_of, ending

__all__ = ["NO_RIVAL", "compared_figures", "compared_list", "only_compared", "past_the_compared"]

#: What no asset is compared with: the dollar, a real yield, the policy rate. Named in a
#: comparison's sentence or carried as the subject of the sentence before ("... the Fed will
#: cut. Stocks lagged foreign markets."), they are no rival to outperform or trail.
NO_RIVAL = ("dxy", "real_yield_10y", "fed_funds")

#: Verbs whose object is the asset another one is measured against.
_COMPARED = ending(
    *(r"outperform\w*", r"outpac\w*", r"outshin\w*", "outshone", r"outrun\w*", "outran"),
    *("beat", "beats", "beating", r"trail(?:ed|ing|s)?", r"lagg(?:ed|ing)", "lags?"),
    *(r"underperform\w*", r"eclips\w*", r"overtak\w*", "overtook"),
    gap=r"\s+(?:the\s+)?",
)
#: A comparison verb right before the list: "has beaten both silver and ether".
_OPEN = r"\s*(?:both\s+)?(?:the\s+)?"
_LIST_VERB = ending(
    *(r"surpass\w*", r"outperform\w*", r"outpac\w*", r"outshin\w*", "outshone"),
    *(r"outstrip\w*", "beat", "beats", "beaten", "beating"),
    gap=_OPEN,
)
_RELATIVE = any_of("which", "that", "who", "whose", "with")


def past_the_compared(
    s: str, mentions: list[AssetMention], pos: int, asset: str | None
) -> str | None:
    """The owner of the figure at ``pos`` in ``s``: the comparison's subject when ``asset``
    was found as the object of a comparison verb and a comma stands between that object
    and the figure (not before a relative pronoun or "with"); the subject of the clause
    before when the figure's own clause is a predicate joined by "and" ("Gold benefited
    from a weaker dollar and rose 2%": gold's, :func:`_shared_subject`); else ``asset``."""
    shared = _shared_subject(s, mentions, pos)
    if shared is not None:
        return shared
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


# A predicate joined by "and" with no subject of its own: "... and rose", ", and has gained".
_JOINED = re.compile(
    r"(?:,\s*|\s)and\s+(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:also|then|later|further"
    r"|since|now|so far)\s+)?(?!(?:its|this|thus|plus|less|unless|versus|yes|news|status"
    r"|bonus|gas|process|access|us|as|is|was|has)\b)"
    r"(?P<verb>[a-z]+(?:ed|s)|rose|fell|slid|sank|gave|lost|won|hit|shed)\b",
)
# The head of a clause: a conjunction, then the asset's name (a determiner may stand first).
_HEAD = re.compile(
    r"^\W*(?:(?:and|but|while|whereas|as|though|although|yet|so)\s+)?(?:(?:the|spot|U\.S\.|US"
    r"|benchmark|front-month)\s+)*$",
    re.IGNORECASE,
)


def _shared_subject(s: str, mentions: list[AssetMention], pos: int) -> str | None:
    """The asset heading the clause before ``pos`` when the figure at ``pos`` stands in a
    predicate joined to it by "and" that names no asset ("Silver drew support from a softer
    dollar, and has added 6.5%": silver; "Gold fell while the dollar rose and gained 2%":
    the dollar), else ``None``.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Gold benefited from a weaker dollar and rose 2%."
    >>> _shared_subject(s, find_assets(s), s.index("2%"))
    'gold'
    """
    joined = [m for m in _JOINED.finditer(s, 0, pos) if "%" not in s[m.end() : pos]]
    if not joined or any(joined[-1].start() <= x.start < pos for x in mentions):
        return None
    cut = joined[-1].start()
    heads = [
        x
        for x in mentions
        if x.start < cut and x.asset not in GROUPS and _HEAD.match(_clause_before(s, x.start))
    ]
    return heads[-1].asset if heads else None


def _clause_before(s: str, at: int) -> str:
    """The words of the clause up to ``at`` (from the last comma, semicolon or conjunction)."""
    head = re.split(r"[,;:]|\b(?=(?:and|but|while|whereas|as|though|although)\b)", s[:at])
    return head[-1] if head else ""


def only_compared(s: str, mentions: list[AssetMention], pos: int) -> bool:
    """Whether every asset of ``s`` is named after ``pos`` as the object of a comparison
    verb ("Monthly gains top 12%, beating platinum": platinum is only compared), so a
    figure at ``pos`` names none of its own."""
    named = [x for x in mentions if x.asset not in GROUPS and x.words != "(carried)"]
    return bool(named) and all(
        x.start > pos and _COMPARED.search(s[: x.start]) is not None for x in named
    )


#: What may stand between two assets of one list: "silver and ether", "gold, silver
#: and oil", "gold as well as stocks" (with an optional possessive figure: "gold's 40%").
_JOIN = (
    r"(?:['\u2019]s\s+[\d.,]+\s?%)?\s*"
    r"(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+)(?:the\s+)?"
)


def compared_list(
    s: str, mentions: list[AssetMention], end: int, other: str | None
) -> list[str | None]:
    """The assets a comparison verb ending at ``end`` compares its subject with: ``other``
    and the assets listed right after it ("both silver and ether"); just ``[other]``
    where no list follows (``[]`` for no ``other``)."""
    if other is None:
        return []
    out: list[str | None] = [other]
    after = [x for x in mentions if x.start >= end and x.asset not in GROUPS]
    if not after or after[0].asset != other:
        return out
    gap = s[end : after[0].start]
    if not (re.fullmatch(_OPEN, gap, re.I) or _LIST_VERB.search(gap)):  # "..., it has beaten"
        return out
    for prev, nxt in pairwise(after):
        if not re.fullmatch(_JOIN, s[prev.end : nxt.start], re.IGNORECASE):
            break
        if nxt.asset not in out:
            out.append(nxt.asset)
    return out


def compared_figures(s: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with each bare figure of a compared asset, written as its possessive
    ("silver's 25%", "ether's 60% rise"), made that asset's gain over the window of the
    comparison when the subject gained over the same window (a subject that fell leaves the
    other's sign open)."""
    out = []
    for c in claims:
        if c.kind == "figure" and c.asset is not None and c.pct is not None and c.pct > 0:
            own = re.search(rf"['\u2019]s\s+(?:[a-z-]+\s+)?{re.escape(c.words)}", s)
            for comp in (x for x in claims if x.kind == "comparison" and x.other == c.asset):
                told = [
                    m
                    for m in claims
                    if m.kind == "percent" and m.asset == comp.asset and m.window == comp.window
                ]
                if own and comp.window and told and all(m.op == "up" for m in told):
                    c = replace(c, kind="percent", op="up", window=comp.window)
                    break
        out.append(c)
    return out
