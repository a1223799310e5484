"""Round levels crossed as a milestone: "clearing the $5,000 milestone", "vaulted past the
much-anticipated $50,000 mark" (pure).

A level crossed for the Nth time in a week or a month is a record too, first reached within
that span (:func:`leadwatch.claims.firstgrades.first_ever_record`).

A level first reached is told as a milestone: the crossing is a first, so the sentence
also claims a record high (low) of the asset, checked as one. A milestone taken back
("reclaimed the $100,000 milestone", "back above", "again"), one lost ("fell below the
milestone") or one only approached ("eyes the $5,000 milestone") is no first.

>>> from leadwatch.claims import extract_claims
>>> ex = extract_claims("Gold rose 2%, clearing the $5,000 milestone.")
>>> [(c.kind, c.op) for c in ex.claims if c.kind == "record"]
[('record', 'high')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.text import Sentence
from leadwatch.claims.vocabulary import any_of, ending

__all__ = ["first_time_levels", "milestone_records"]

#: The level told as a milestone: "the $5,000 milestone", "the much-anticipated $50,000 mark".
_MILESTONE_AFTER = re.compile(r"^[\d,.kK]*\s*(?:-?(?:dollar|level|price) )?milestone\b", re.I)
_LONG_AWAITED = ending(
    "long-?awaited", "much-?anticipated", "coveted", "elusive", gap=r"\s+(?:US)?\$?[\d,.]*"
)
#: A level crossed once more within a short span: "through the $1,500 mark for a second time
#: in a week", "above $40 for the third time this month": a record, first reached in that span.
_NTH_TIME = re.compile(
    r"^(?:\s+(?:mark|level|threshold|barrier|line|handle))?(?:\s+(?:an|per) ounce)?,?\s+"
    r"for (?:the|a) "
    r"(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) time (?:in|within|this) (?:a |the |one )?"
    r"(?:past |last )?(?P<span>week|month|fortnight)\b",
    re.IGNORECASE,
)
_SPAN_DAYS = {"week": 7, "fortnight": 14, "month": 31}
#: A milestone taken back or only in view: no first.
_NOT_FIRST = any_of(
    *(r"re(?:claim|take|cover|gain|turn|visit|test|capture)\w*", "back", "again", "once more"),
    *("eyes?", "eyeing", r"near\w*", r"approach\w*", "toward", "towards", r"aim\w*", r"target\w*"),
    *("could", "may", "might", "would", "will", r"fail\w*", "below", "under"),
)


def milestone_records(claims: Sequence[Claim], sentences: Sequence[Sentence]) -> list[Claim]:
    """``claims`` with a record high added for each level crossed upward (or reached) as a
    milestone, in a sentence that states no record of the asset yet (module doc)."""
    out = first_time_levels(claims)
    for c in claims:
        if c.kind != "level" or c.op not in ("break", "at", "above") or c.asset is None:
            continue
        if c.sentence >= len(sentences):
            continue
        s = sentences[c.sentence].text
        at = s.find(c.words)
        if at < 0:
            continue
        end = at + len(c.words)
        if (nth := _NTH_TIME.match(s[end:])) is not None and c.level is not None:
            days = _SPAN_DAYS[nth.group("span").lower()]  # "for the second time in a week"
            marks = ("first_ever", f"within:{days}")
            out.append(replace(c, kind="record", op="high", qualifiers=marks))
            continue
        if c.op == "above":
            continue  # a milestone is cleared or reached, not held above
        if not (_MILESTONE_AFTER.match(s[end:]) or _LONG_AWAITED.search(s[at:end])):
            continue
        if _NOT_FIRST.search(s[max(0, at - 40) : end]):
            continue
        own = [o for o in out if o.sentence == c.sentence and o.asset == c.asset]
        if any(o.kind == "record" and o.op == "high" and o.window is None for o in own):
            continue
        out.append(Claim(c.sentence, "record", c.asset, c.words, "high", when=c.when))
    return out


#: A first-ever crossing told as a record: "for the first time" ("ever", "in history"; not
#: "since ..."), "never before", "its first-ever close above"; "for the first time in US
#: trading": in a market's session, still the first time ever.
_FIRST_EVER = re.compile(
    r"^(?:(?:the )?first(?: time(?: ever| in (?:its |the )?history| on record)?|[- ]ever)"
    r"|never before)(?: in (?:US|U\.S\.|New York|Asian|European|London|Comex|futures|overnight)"
    r"(?: (?:trading|trade|session|hours|markets?))?)?$",
    re.IGNORECASE,
)


def first_time_levels(claims: Sequence[Claim]) -> list[Claim]:
    """``claims`` with a bare record told as a first time ("topped $2,600 an ounce for
    the first time", "went above $40 for the first time on Tuesday") given the level its
    sentence crosses, upward, for the same asset and time: the record is that crossing, so
    it is checked at that level and day (of the one such level only).

    >>> lvl = Claim(0, "level", "gold", "topped $3,100", "break", 3100.0, when=("weekday", 1))
    >>> rec = Claim(0, "record", "gold", "first time", "high", when=("weekday", 1))
    >>> first_time_levels([lvl, rec])[1].level
    3100.0
    >>> first_time_levels([lvl, replace(rec, words="first time since May")])[1].level is None
    True
    """
    crossed: dict[tuple[int, str | None, object], set[float]] = {}
    spans: dict[tuple[int, str | None, object], str] = {}  # "in early 2026": the level's time
    for c in claims:
        if c.kind == "level" and c.op in ("break", "above") and c.level is not None:
            crossed.setdefault((c.sentence, c.asset, c.when), set()).add(c.level)
            if (c.window or "").startswith("ext:"):
                spans[(c.sentence, c.asset, c.when)] = c.window or ""
    out = []
    for c in claims:
        levels = crossed.get((c.sentence, c.asset, c.when), set())
        bare = c.kind == "record" and c.level is None and c.op == "high"
        bare = bare and not (c.window or "").startswith("since:")  # "first time ... since then"
        if bare and len(levels) == 1 and _FIRST_EVER.match(c.words.strip()):
            span = c.window or spans.get((c.sentence, c.asset, c.when))
            marks = (*c.qualifiers, "first_ever")
            c = replace(c, level=next(iter(levels)), qualifiers=marks, window=span)
        out.append(c)
    return out
