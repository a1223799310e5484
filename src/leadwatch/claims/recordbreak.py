"""Record wordings beyond "all-time high": records broken, and the extremes of the year so far.

"breaking previous records", "shattering its old highs", "eclipsing prior peaks", "its
highest-ever price", "entered uncharted territory", "surged to unprecedented levels" say
the price set a record
(:func:`broken_records`). "the lowest level so far in 2026", "its
highest this year", "a year-to-date low", "a fresh 2026 high", "a new low for the year"
are records since the start of the year (:func:`year_so_far` gives their window,
``since:the start of 2026`` or ``ytd``; "a new high for the month": ``mtd``); a year
named alone ("its highest in 2011") is no such
window: it may be a past year's top.

Examples
--------
>>> year_so_far("so far in 2026")
'since:the start of 2026'
>>> year_so_far("this year")
'ytd'
>>> year_so_far("since the start of the year")
'ytd'
>>> year_so_far("in 2011") is None
True
>>> from leadwatch.claims.assets import find_assets
>>> s = "Copper climbed 3%, while silver rallied, shattering its previous records."
>>> [(c.asset, c.op) for c in broken_records(s, find_assets(s), None, 0)]
[('silver', 'high')]
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import hypothetical
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.text import find_when_at
from leadwatch.claims.vocabulary import YEAR_RE

__all__ = ["YTD_NOUN", "broken_records", "in_view", "so_far_window", "year_so_far"]

#: A noun phrase of the year so far before "high"/"low": "year-to-date", "this year's", "new 2026".
YTD_NOUN = (
    r"year[- ]to[- ]date|YTD|this year['\u2019]s|(?:the )?year['\u2019]s|yearly|annual"
    rf"|(?:new|fresh) (?:{YEAR_RE}|year-to-date)"
)

_SO_FAR = re.compile(
    rf"^(?:(?:(?:so|thus) far|yet) (?:in |of )?(?P<y>{YEAR_RE})\b"
    r"|(?:(?:so|thus) far |yet )?(?:this year|in the year so far|(?:of|for) the year)\b"
    r"(?!['\u2019]s)"
    r"|(?:in |for )?(?:the )?year[- ]to[- ]date\b|YTD\b|(?:the )?year['\u2019]s|yearly|annual"
    rf"|this year['\u2019]s|(?:new|fresh) (?P<y2>{YEAR_RE})"
    r"|(?:new|fresh) year-to-date|since the (?:start|beginning|turn) of (?:the|this) year"
    r"|(?P<month>(?:(?:so|thus) far )?(?:this|(?:for|of) the) month"
    r"|since the (?:start|beginning) of (?:the|this) month)\b"
    r"|(?P<week>since the (?:start|beginning) of (?:the|this) week)\b)",
    re.IGNORECASE,
)


def year_so_far(words: str) -> str | None:
    """The window of a record of the year (or month) so far (see the module doc), else
    ``None``: ``since:the start of YYYY`` for a year named, ``ytd``, ``mtd`` or ``wtd``
    (since the start of the week)."""
    m = _SO_FAR.match(words.strip())
    if m is None:
        return None
    year = m.group("y") or m.group("y2")
    if m.group("month"):
        return "mtd"
    if m.group("week"):
        return "wtd"
    return f"since:the start of {year}" if year else "ytd"


_BROKEN = re.compile(
    r"\b(?:break|broke|broken|breaking|breaks|shatter\w*|smash\w*|surpass\w*|eclips\w*"
    r"|top(?:s|ped|ping)|beat(?:s|ing)?|exceed\w*|overt(?:ook|aking|akes))(?: through| past)?"
    r" (?:(?:all|its|their|the|a|several|multiple|many) )?(?:of )?(?:its |their |the )?"
    r"(?:(?:19|20)\d\d(?:['\u2019]s)? )?"  # "broke through its 2021 record high": a new one
    r"(?:(?P<old>previous|prior|former|old|earlier|past|existing|all-time) )?"
    r"(?:all-time |price |record )?(?P<what>records?|highs?|peaks?)\b",
    re.IGNORECASE,
)


def so_far_window(words: str, head: str, after: str) -> str | None:
    """The window of a record of the year (month) so far: said by ``words`` (a year-so-far
    noun or the phrase after a superlative, :func:`year_so_far`), or by "for the year"
    right ``after`` a ``head`` "new high"/"fresh low" ("a new low for the year"; "a record
    high this year" stays an all-time record).

    >>> so_far_window("", "new low", " for the year on Tuesday")
    'ytd'
    """
    found = year_so_far(words)
    if found is None and re.match(r"(?:new|fresh) ", head, re.IGNORECASE):
        rest = re.match(r"\s*(?:for|of) the (?:year|month)\b", after)
        found = year_so_far(rest.group(0)) if rest else None
    return found


# A record said without "record": "its highest-ever price", "uncharted territory", "touched
# unprecedented levels" (a rise's own words: "unprecedented volatility" is no price).
_EVER_WORDS = re.compile(
    r"\b(?P<hl>highest|lowest)[- ]ever\b|\b(?:into|in|entered|entering) uncharted territory\b"
    r"|\b(?<!fell )(?<!dropped )(?<!slid )(?<!sank )(?<!plunged )(?<!tumbled )"
    r"(?:to|into|at|touched|touching|reached|reaching|hit|hitting) (?:new |fresh )?"
    r"(?:unprecedented|never-before-seen) (?:levels?|territory|heights|highs|peaks?)\b(?! of\b)",
    re.IGNORECASE,
)


# Records said broken in the passive: "records broken as gold surges", "another record fell",
# "all-time highs were shattered"; the asset is named before or, in a headline, just after.
_PASSIVE = re.compile(
    r"\b(?:(?:records?|all-time highs|record highs|all-time records?)\s+"
    r"(?:(?:were|was|are|is|have|has|had|got|get|keep|kept)\s+(?:been\s+|being\s+)?)?"
    r"(?:again\s+|once again\s+)?(?:broken|shattered|smashed|toppled|eclipsed|rewritten|crushed)"
    r"|records?\s+(?:f[ae]ll|falls|falling|fallen|tumbl(?:e|es|ed|ing)|topple[sd]?))\b",
    re.IGNORECASE,
)
# What may stand just before such records: a modifier, a link word or an asset's possessive.
_PASSIVE_LEAD = re.compile(
    r"(?:^|[\s(:;,.\u2013\u2014-]|\b(?:the|its|their|more|new|fresh|price|another|several"
    r"|multiple|many|and|as|while|with|after|but|more|even|[\w-]+['\u2019]s|\d+))\s*$",
    re.IGNORECASE,
)


def _passive_records(
    s: str, mentions: list[AssetMention], subject: str | None, i: int
) -> list[Claim]:
    """Records said broken in the passive (see ``_PASSIVE``): the asset named last before,
    else the first named after in the same sentence, else the article's subject."""
    out: list[Claim] = []
    for m in _PASSIVE.finditer(s):
        lead = s[max(0, m.start() - 30) : m.start()]
        word = re.search(r"(\S+)\s*$", lead)
        if word is not None and not _PASSIVE_LEAD.search(lead) and word.group(1)[-1].isalpha():
            continue  # "volume records were broken": another quantity's
        named = [x for x in mentions if x.asset not in GROUPS]
        before = [x for x in named if x.start < m.start()]
        after = [x for x in named if x.start >= m.end()]
        asset = before[-1].asset if before else after[0].asset if after else subject
        if asset is not None and all(c.asset != asset for c in out):
            out.append(
                Claim(i, "record", asset, m.group(0), "high", when=find_when_at(s, m.start()))
            )
    return out


def broken_records(
    s: str, mentions: list[AssetMention], subject: str | None, i: int
) -> list[Claim]:
    """A record high stated as records broken ("breaking previous records", "smashing
    records"): the asset named last before the phrase (else the article's subject).

    Highs, peaks and a single record count only when said to be the previous ones
    ("topping its prior highs", "eclipsed its previous all-time high"; "topping highs"
    alone may be local tops).
    """
    out: list[Claim] = []
    found = [*_BROKEN.finditer(s), *_EVER_WORDS.finditer(s)]
    for m in found:
        low = "hl" in m.groupdict() and (m.group("hl") or "").lower() == "lowest"
        if "what" in m.groupdict() and m.group("what").lower() != "records" and not m.group("old"):
            continue  # "topping highs", "breaking the record" (read as a record elsewhere)
        if hypothetical(s, m.start(), m.end()):
            continue  # "threatening to break records", "could smash records": not yet
        before = [x for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = before[-1].asset if before else subject
        if asset is None or any(c.asset == asset for c in out):
            continue
        hl = "low" if low else "high"
        out.append(Claim(i, "record", asset, m.group(0), hl, when=find_when_at(s, m.start())))
    said = {c.asset for c in out}
    return out + [c for c in _passive_records(s, mentions, subject, i) if c.asset not in said]


# A record only in view: "opening the door to fresh all-time highs", "paving the way for a
# new record", "with a record within reach".
_IN_VIEW = re.compile(
    r"\b(?:open(?:s|ed|ing)? (?:the |new )?doors? (?:to|for)|pav(?:e|es|ed|ing) the way (?:to|for)"
    r"|set(?:s|ting)? the stage for|potential (?:for|to)|chances? (?:of|for)|room for|scope for"
    r"|on (?:course|track|pace) (?:for|to)|within (?:reach|striking distance) of|eyeing|eyes"
    r"|in sight of|bid for|push for|hopes? (?:of|for)"
    # "a rally to equal the Dow's record": another asset's record named as a target
    r"|to (?:match|mirror|emulate|replicate|rival|echo|equal)\s+(?:the\s+)?(?:\S+\s+){0,3}?"
    r"\S+['\u2019]s(?:\s+own)?)"
    r"\s+(?:(?:a|an|the|its|new|fresh|further|more|another|even)\s+)*$",
    re.IGNORECASE,
)


def in_view(s: str, pos: int) -> bool:
    """Whether the record phrase at ``pos`` is only in view ("opening doors to fresh
    all-time highs", "within reach of a record"), not reached.

    >>> s = "Soft data may extend the run, opening the door to new record highs."
    >>> in_view(s, s.index("new record"))
    True
    """
    return bool(_IN_VIEW.search(s[max(0, pos - 60) : pos]))
