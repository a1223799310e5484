"""One move shared by several assets: "gold and silver both rose 1%", "bitcoin and ether
each lost 4%", "up one percent apiece" (pure).

:func:`shared_moves` copies a percentage move to every other asset listed with its own
("A and B", "both A and B") when the clause says the move is each one's ("both", "each",
"apiece", "alike"), or when the assets are listed as its subject: two joined by "and" ("The
S&P 500 and the Nasdaq rose 1%", "the Dow and S&P 500 index closed 0.5% lower"), or three or
more. A figure said to be the largest of them ("gold and silver fell up to 3.5%") is no one
else's without such a word, nor is one of a clause that a comma sets apart ("Pressuring gold,
the dollar added 0.2%").

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> from leadwatch.claims.model import Claim
>>> s = "Gold and silver both rose 1% on Monday."
>>> moved = Claim(0, "percent", "silver", "1%", "up", pct=1.0)
>>> [c.asset for c in shared_moves(s, [moved], find_assets(s))]
['gold']
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim

__all__ = ["shared_moves"]

_EACH_BEFORE = re.compile(r"\b(?:both|each|all|alike)\b", re.IGNORECASE)
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece|alike|a piece)\b", re.IGNORECASE)
#: A figure that is the largest of the list's moves, not each one's: "up to 3.5%".
_AT_MOST = re.compile(r"\b(?:up to|as much as|as high as)\s+$", re.IGNORECASE)
#: The words that join two listed assets ("gold and silver", "gold as well as silver").
_AND_RE = "and|as well as"
_AND = re.compile(rf"\b(?:{_AND_RE})\b|&", re.IGNORECASE)
# What joins listed assets: commas, "and", an inline price widget ("ETH$2,961.90, SOL$123").
_JOIN = re.compile(
    r"(?:\s+(?:index|composite|average|futures|prices?|spot))?"  # "the S&P 500 index and ..."
    rf"(?:\s*(?:[A-Z]{{2,6}})?\$[\d,.]*\d)?[\s,]*(?:{_AND_RE}|&)?\s*(?:the\s+)?",
    re.IGNORECASE,
)


def shared_moves(s: str, claims: list[Claim], mentions: list[AssetMention]) -> list[Claim]:
    """Copies of the percentage moves of ``claims`` for the other assets that share them."""
    out: list[Claim] = []
    for c in claims:
        pos = s.find(c.words) if c.kind == "percent" and c.pct is not None else -1
        if pos < 0:
            continue
        cut = [m.end() for m in re.finditer(r"[;]|,(?!\d)", s[:pos])]
        lo = cut[-1] if cut else 0
        after = s[pos + len(c.words) : pos + len(c.words) + 12]
        each = _EACH_BEFORE.search(s[lo:pos]) or _EACH_AFTER.match(after)
        listed = _tickers_folded(
            s, [m for m in mentions if m.start < pos and m.asset not in GROUPS]
        )
        if not listed or listed[-1].start < lo:
            continue
        joined = listed[-1:]  # back from the subject of the figure's clause over its list
        for m in reversed(listed[:-1]):
            if not _JOIN.fullmatch(s[m.end : joined[0].start]):
                break
            joined.insert(0, m)
        names = list(dict.fromkeys(m.asset for m in joined))
        if c.asset not in names and c.asset and c.asset in s[joined[-1].end : pos].lower():
            names.append(c.asset)  # "..., DOGE and ADA lost 5%": a name the store lacks ends it
        pair = len(names) == 2 and _AND.search(s[joined[0].end : joined[-1].start])
        listed_ok = each or ((pair or len(names) > 2) and not _AT_MOST.search(s[:pos]))
        if not listed_ok or len(names) < 2 or c.asset not in names:
            continue  # "A and B rose 1%", "A, B and C lost 5%": the list shares its move
        for name in names:
            own = any(x.asset == name and x.kind == "percent" for x in claims)  # "respectively"
            if not own and not any(x.asset == name and x.pct == c.pct for x in [*claims, *out]):
                out.append(replace(c, asset=name))
    return out


def _tickers_folded(s: str, mentions: list[AssetMention]) -> list[AssetMention]:
    """``mentions`` with a name's ticker in brackets right after it folded into the name's
    mention ("ether (ETH) and XRP": two assets listed, not three)."""
    out: list[AssetMention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.asset == m.asset
            and re.fullmatch(r"\s*\(\s*", s[last.end : m.start])
            and s[m.end : m.end + 1] == ")"
        ):
            out[-1] = replace(last, end=m.end + 1)
            continue
        out.append(m)
    return out
