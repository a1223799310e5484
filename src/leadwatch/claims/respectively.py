"""Numbers listed in order for assets listed in order ("gold and silver rose 2% and 3%").

>>> import re
>>> from leadwatch.claims.assets import find_assets
>>> s = "Gold and silver gained 72% and 209% respectively"
>>> respectively(s, find_assets(s), list(re.finditer(r"\\d+%", s)))
{0: 'gold', 1: 'silver'}
"""

from __future__ import annotations

import re
from itertools import pairwise

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.vocabulary import NO_DOLLAR

__all__ = ["bracketed", "respectively"]

_GROUPS = frozenset({"metals", "metal"})


#: A bracket opening right after a figure: "-2.2% (GLD)", "6.4% (silver)".
_OPEN = re.compile(r"\s?\(\s*")


def bracketed(s: str, mentions: list[AssetMention], matches: list[re.Match[str]]) -> dict[int, str]:
    """Figures followed by a bracket that holds only an asset's name or code: that asset's
    ("funds lost 1.7% (GLD) and 4.9% (SLV)"). Returns ``{match index: asset}``.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "ETFs fell: 2.2% (gold) and 6.4% (Silver), while 1% (of flows) left"
    >>> bracketed(s, find_assets(s), list(re.finditer(r"\\d+(?:\\.\\d)?%", s)))
    {0: 'gold', 1: 'silver'}
    """
    out: dict[int, str] = {}
    for i, m in enumerate(matches):
        opened = _OPEN.match(s, m.end())
        named = (
            None
            if opened is None
            else next(
                (x for x in mentions if x.start == opened.end() and x.asset not in _GROUPS), None
            )
        )
        if named is not None and re.match(r"\s*\)", s[named.end :]):
            out[i] = named.asset
    return out


def respectively(
    s: str, mentions: list[AssetMention], matches: list[re.Match[str]]
) -> dict[int, str]:
    """Assets for a list of numbers, in order: "A and B ... X% and Y% (respectively)".

    The list is the run of two or more numbers joined by commas or "and"; its assets are
    the last as many assets named before it. Returns ``{match index: asset}``.
    """
    out: dict[int, str] = {}
    i = 0
    while i < len(matches):
        j = i
        while j + 1 < len(matches) and _LISTED.fullmatch(
            s[matches[j].end() : matches[j + 1].start()]
        ):
            j += 1
        run = matches[i : j + 1]
        if len(run) >= 2:
            before = [
                m.asset for m in mentions if m.start < run[0].start() and m.asset not in _GROUPS
            ]
            named = list(dict.fromkeys(reversed(before)))[: len(run)][::-1]  # the last k named
            if len(named) == len(run):
                out.update({i + k: a for k, a in enumerate(named)})
        i = j + 1
    return out


_LISTED = re.compile(r"(?:[\s,]|and|\d|[.%+-]|per ?cent)*", re.IGNORECASE)


_DOLLAR = re.compile(
    r"(?:US|U\.S\.|USD ?)?\$\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
)
#: A list of bare numbers ("near 6,110 and 19,540"): index levels quoted without a sign.
_BARE_LIST = re.compile(
    r"(?<![\w$.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:,? (?:and )?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?))+(?![\w%.,]*\d|\s?%|\w)"
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_N = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = re.compile(rf"(?P<num>{_N})")
#: Prices listed with the currency word after the last: "to 108,300 and 3,860 dollars".
_WORD_LIST = re.compile(
    rf"\b(?P<nums>(?:{_N})(?:, (?:{_N}))*,? and (?:{_N})) (?:US |U\.S\. )?dollars\b", re.I
)
#: Assets joined in one subject: "Bitcoin and Ethereum", "gold, silver and copper".
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.IGNORECASE)
#: What may stand between the subject and its list of prices: a verb, a day, "to", "at".
_PREDICATE = re.compile(r"[^$\d,;:()]*(?:\d{1,2}(?:st|nd|rd|th)?[^$\d,;:()]*)?")


def _coordinated(
    s: str, mentions: list[AssetMention], matches: list[re.Match[str]], order: dict[int, str]
) -> bool:
    """Whether the assets a list of prices is paired with, with no "respectively", are one
    subject joined by "and" or commas right before the list's predicate ("Bitcoin and ether
    fell to $95,200 and $1,810"), and exactly as many as the prices (no third asset joined
    to them)."""
    first = matches[min(order)].start()
    before = [m for m in mentions if m.end <= first and m.asset not in _GROUPS]
    k = len(order)
    if len(before) < k:
        return False
    subject = before[-k:]
    if any(not _JOINED.fullmatch(s[a.end : b.start]) for a, b in pairwise(subject)):
        return False
    if len(before) > k and _JOINED.fullmatch(s[before[-k - 1].end : subject[0].start]):
        return False
    return bool(_PREDICATE.fullmatch(s[subject[-1].end : first].rstrip("$")))


Found = tuple[str, str, float, str, int]  # asset, op, level, words, position (figures.levels)


def respective_levels(s: str, mentions: list[AssetMention], found: list[Found]) -> list[Found]:
    """Levels listed in order for assets listed in order, where the sentence says so
    ("Gold and silver climbed to $4,561 and $75.84, respectively"): each price goes to its
    asset (the level rules alone give every price to the asset named last). The operator
    of a listed price is the one read for it, else the first one read of the list.

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Gold and silver were at $3,300 and $33.10, respectively."
    >>> [(a, v) for a, _, v, _, _ in respective_levels(s, find_assets(s), [])]
    [('gold', 3300.0), ('silver', 33.1)]
    """
    matches = list(_DOLLAR.finditer(s))
    words = _WORD_LIST.search(s)  # "fell to 108,300 and 3,860 dollars"
    if len(matches) < 2 and words is not None:
        matches = list(_NUM.finditer(s, words.start(), words.end("nums")))
    if len(matches) < 2:
        matches = _bare_list(s, mentions, found) or matches
    order = respectively(s, mentions, matches)
    if len(order) < 2:
        return found
    if not _RESPECTIVELY.search(s) and not _coordinated(s, mentions, matches, order):
        return found
    listed = [matches[k] for k in sorted(order)]

    def covers(f: Found, m: re.Match[str]) -> bool:
        return f[4] <= m.start() < f[4] + len(f[3])

    own = [f for f in found if not any(covers(f, m) for m in listed)]
    ops = [next((f[1] for f in found if covers(f, m)), None) for m in listed]
    first = next((op for op in ops if op is not None), "at")
    paired = [
        (order[k], op or first, float(m.group("num").replace(",", "")), m.group(0), m.start())
        for k, m, op in zip(sorted(order), listed, ops, strict=True)
    ]
    return sorted(own + paired, key=lambda f: f[4])


def _bare_list(s: str, mentions: list[AssetMention], found: list[Found]) -> list[re.Match[str]]:
    """The numbers of a list of bare index levels ("The S&P 500 and the Dow ended near 6,110
    and 44,210"), where a level rule read its first number as a level of a series quoted
    without a dollar sign; else no numbers. A list of years or of counts is read by no level
    rule, so it is no list of levels here."""
    for bare in _BARE_LIST.finditer(s):
        if bare.start() < max((m.end for m in mentions if m.start < bare.start()), default=0):
            continue
        read = [f for f in found if f[4] <= bare.start() < f[4] + len(f[3])]
        if read and all(f[0] in NO_DOLLAR for f in read):
            return list(_NUM.finditer(s, bare.start(), bare.end()))
    return []
