"""Prices and records tied to a past time, not to the article's day (pure).

"slumping as low as $31.20 in March", "a record above $4,400 set in late October", "its
previous July top of almost $3.6", "the mid-May trough near 96.5", "the $5,100 it touched
last month", "set record highs roughly three months ago".

A past time (an *anchor*) is a month with an optional part ("in early October",
"mid-January's high", "last October": ``mon:MONTH:YEAR:PART``, year 0 when none is
written), a span back ("three months ago": ``ago:N:UNIT``; "two weeks after hitting a
record of": the same), the month or week before ("last month": ``prev:month``) or the
current one so far ("earlier this month": ``this:month``), a year ("in 2024": ``year:2024``,
for extremes only: a plain level of a year is the ``cal:`` window's) or the year before or
the current one ("late last year": ``yr:-1:late``, "earlier this year", and for extremes "a
high of 110 this year": ``yr:0:``). It belongs to a price when it stands right after it in
the same clause ("... $31.20 in March", "... set in early October", "... it hit last
month", a read price "... above 4.8% this week"), names the extreme noun
before the price ("its July top of $3.6"), or is the month of a sentence whose price is an
extreme ("In October, gold reached a high of", "May began well, but the rejection at";
"rejection", "rejected", "rebuffed", "capped" name a high). Such a price is a level of that
window (window ``ext:SIDE:ANCHOR``, side ``high``/``low`` when an extreme word names it,
else empty); a stated peak (``peak:OP``) takes the anchor (``peak:OP:ANCHOR``); a record
with no price nor time of its own, followed by a span back or naming an anchored extreme,
is a record of that window (``past:ANCHOR``, :func:`leadwatch.claims.records.past_record`).

Grading (:func:`leadwatch.claims.anchorgrade.grade_anchored`): over the window (a month
part: days 1-10, 11-20, 21-end, two days of slack on each side; a part of a year:
January-April, May-August, September-December; N units ago: that far back, give or take a
tenth of the span plus 1 day, 3 days, 10 days or 30 days for days, weeks, months, years),
the stated side's extreme - the intraday high (low) where the store has a range, and the
highest (lowest) close - must lie within the level tolerance (2%) of the stated price
("near": -3%..+2%; "above": the high at least 0.5% below it or higher; "below": the low at
most 0.5% above it); a plain level also holds on any day of the window that holds it
(:func:`leadwatch.claims.market.level_days`). Such levels date nothing (a level with a
window is left out of dating), but for one of last week
(:mod:`leadwatch.claims.lastweeklevels`).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> text = "Bitcoin rebounded after sinking as low as $74,500 in April."
>>> found = anchored(text, 0, find_assets(text), None, [])
>>> found[0].window, found[0].level
('ext:low:mon:4:0:', 74500.0)
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.attempts import tried
from leadwatch.claims.market import TOLERANCE
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.vocabulary import (
    ABOUT_RE,
    EXTREME_NOUN_RE,
    MONTH_RE,
    PRICE_BARE_RE,
    PRICE_NUM_RE,
    YEAR_RE,
    count_re,
    count_value,
    month_number,
    words_re,
)

__all__ = ["anchored", "code_is_month", "fronted_anchor", "then_anchor"]


def _ci(*parts: str) -> re.Pattern[str]:
    """The pattern ``parts`` make, joined, in any case."""
    return re.compile("".join(parts), re.IGNORECASE)


_PART = r"(?P<part>early|mid|late|the (?:start|beginning|middle|end) of)"
#: A month (not the modal "may"), with its year: "March 2024", "Jan. 2025", "January of 1980".
_MONTH = rf"(?!(?-i:may)\b)(?P<mon>{MONTH_RE})\.?(?:,? (?:of )?(?P<year>{YEAR_RE}))?"
_AGO = (  # "less than two weeks ago": any time within the span (``within:``)
    rf"(?:(?P<within>less than|fewer than|under|not even) "
    rf"|(?:just|only|about|roughly|around|some|nearly|almost|barely) )?"
    rf"(?P<n>{count_re(12)}|an?|a few|a couple of|several) (?P<unit>day|week|month|year)s? "
    r"(?:ago|earlier)"
)
_YEARS = r"(?P<yr>last year|earlier this year|earlier in the year|(?:so far )?this year)"
_PREV = r"(?P<prev>last|(?:earlier )?this|(?:in )?the (?:previous|prior)) (?P<pu>week|month)"
#: A past time after a price ("in late October", "three months ago", "last month").
_AFTER = _ci(  # after a price, or a rate's level in percent ("above 4.8% this week")
    r"(?:%|\s?percent)?\s*(?:an? (?:ounce|coin|token|barrel)\s*)?,?\s*"
    r"(?:(?:(?:which|that|it|they) (?:was |were )?)?"
    r"(?:set|reached|hit|seen|touched|notched|recorded|struck|posted|marked|printed|logged"
    r"|registered|made|achieved|tagged)\s+)?"
    r"(?:for the first time\s+)?"
    rf"(?:(?:back |as recently as )?(?:in|on|during|at|around) )?"
    rf"(?:(?:{_PART}[- ])?(?:(?:last )?{_MONTH}\b(?!\.? \d)|{_AGO}|{_PREV}|{_YEARS})"
    rf"|(?<=in )(?P<yonly>{YEAR_RE})\b)",  # "$50, which was set in 2011"
)
_EXT = (
    r"(?:all-time |record |intraday |closing |local |yearly |annual |cycle |cyclical "
    rf"|bull[- ]market )?{EXTREME_NOUN_RE}s?"
)
_PREPOSITION = words_re(["of", "at", "near", "around", "above", "below", "under", "over"])
#: From an extreme word to its price: "of nearly $", "near ", "just above US$".
_TO_PRICE = (
    rf"\s+(?:{_PREPOSITION}|just \w+|close to)?\s*"
    rf"(?:{words_re([ABOUT_RE, 'more than', 'over'])}\s+)?(?:US)?\$?\s?$"
)
#: A past time naming the extreme before a price ("its prior August peak of",
#: "the early-June low near", "January's high of").
_BEFORE = _ci(
    rf"(?:(?:{_PART}[- ])?{_MONTH}(?:['\u2019]s)?) (?:(?:new|fresh|local) )?(?P<ext>{_EXT})"
    + r"(?: \([A-Z]{2,4}\))?"  # "the May 2021 record high (ATH) of"
    + _TO_PRICE,
)
#: A month's move to a price ("April's sharp rally to $3,500", "March's slide to $28"): where
#: the move took the price that month.
_MONTH_MOVE = _ci(
    rf"(?:{_PART}[- ])?{_MONTH}['\u2019]s (?:[a-z-]+ ){{0,2}}(?P<ext>rally|surge|climb|run-up"
    r"|jump|spike|advance|rise|slide|drop|plunge|slump|fall|decline|sell-?off) (?:to|toward)"
    rf"\s+(?:(?:{ABOUT_RE}|above|below|near) )?(?:US)?\$?\s?$"
)
#: A year (or a part of one) a "when" clause tells of, before its price ("gains from early
#: 2025, when ether touched $3,900"): the price of that time. A month's is read elsewhere.
_WHEN_BEFORE = _ci(  # "in 2023, when ...", "than a year ago, when it sat below $"
    rf"(?:\b(?:in|from|since|of|during|until) (?:{_PART}[- ])?(?P<yonly>{YEAR_RE})"
    rf"|\b{_AGO}),? when "
    r"[^$;:.]{0,60}?(?:US)?\$?\s?$"
)
#: A span after the extreme, before its price ("a week after it hit a peak of",
#: "two days after touching a record of"): the extreme lies that far back.
_SPAN_AFTER = _ci(
    rf"\b(?P<n>{count_re(12)}|an?|a few|a couple of|several) (?P<unit>day|week|month|year)s? "
    r"after (?:(?:it|they|bitcoin|gold|silver|the \w+) )?(?:hit|hitting|touch\w*|set|setting"
    r"|reach\w*|notch\w*|post\w*|record\w*|print\w*|peak\w*|bottom\w*) (?:a |an |its |the |their )?"
    rf"(?:(?:new|fresh|local) )?(?P<ext>{_EXT})?" + _TO_PRICE,
)
#: The month a sentence speaks of: "In October, ...", "January began ...", "March saw ...".
_MONTH_OF_SENTENCE = _ci(
    rf"(?:\b(?:in|during) (?:{_PART}[- ])?|^\s*(?=\w+ (?:began|started|opened|kicked off|saw"
    r"|brought|ended)\b))"
    rf"(?:{_MONTH}\b(?!\.? \d)|(?P<yonly>{YEAR_RE})\b(?!-))",
)
#: The extreme a price is ("a low of", "as low as", "peaked near", "new local lows of").
_SIDE = _ci(
    rf"(?:\bas (?:high|low) as|\b{_EXT}(?: \w+)?|\b(?:peak|top|bottom|trough)(?:ed|ing)(?: out)?"
    r"|\b(?P<rejected>rejection|rejected|rebuffed|capped)"
    r"|\b(?:highest|lowest|strongest|weakest)\b[^,;$]{0,40}?)" + _TO_PRICE,
)
_PRICE = re.compile(rf"(?:US)?\$?\s?(?P<num>{PRICE_NUM_RE})(?P<k>k\b)?")
_RECORD_NEAR = re.compile(
    r"\b(?:all-time highs?|record (?:highs?|lows?|peaks?)|(?:fresh|new) (?:records?|peaks?)"
    r"|records?|peak(?:ed)?)\b"
)
_PRICE_AFTER = _ci(
    rf"\s+(?:of|at|above|over|near|around|below|under|just \w+)\s+(?:(?:{ABOUT_RE}|more than)\s+)?"
    rf"(?:US)?\$\s?(?:{PRICE_NUM_RE})k?",
)


_PART_WORDS = ("early", "mid", "late")
_PART_CODE = {"the start of": "early", "the beginning of": "early", "the middle of": "mid"}
_PART_CODE |= {"the end of": "late", **{w: w for w in _PART_WORDS}}


def _code(m: re.Match[str]) -> str:
    """The anchor code of an ``_AFTER``/``_BEFORE`` match."""
    groups = m.groupdict()
    if groups.get("n"):
        n = groups["n"].lower()
        count = {"a few": 3, "a couple of": 2, "several": 4}.get(n, 1 if n in ("a", "an") else 0)
        vague = n in ("a few", "several")  # "a few days earlier": any of the last 9 or 12
        lead = "within" if groups.get("within") or vague else "ago"
        count = 3 * count if vague else count
        return f"{lead}:{count or count_value(n)}:{groups['unit'].lower()}"
    if groups.get("yr"):  # "late last year", "earlier this year"
        back = -1 if groups["yr"].lower().startswith("last") else 0
        part = (groups.get("part") or "").lower()
        return f"yr:{back}:{part if part in ('early', 'mid', 'late') else ''}"
    if groups.get("yonly"):  # "in 2024": that calendar year; "early 2025": its first third
        part = _PART_CODE.get((groups.get("part") or "").lower(), "")
        return f"year:{groups['yonly']}{':' + part if part else ''}"
    if groups.get("prev"):
        this = groups["prev"].lower().startswith(("earlier", "this"))  # "(earlier) this month"
        return f"{'this' if this else 'prev'}:{groups['pu'].lower()}"
    part = (groups.get("part") or "").lower()
    part = {"the start of": "early", "the beginning of": "early", "the middle of": "mid"}.get(
        part, "late" if part == "the end of" else part
    )
    return f"mon:{month_number(groups['mon'])}:{groups.get('year') or 0}:{part}"


def _in_month(s: str, left: str) -> re.Match[str] | None:
    """The month of the sentence ``s`` up to a price ("In June, ... a high of") when the
    price after ``left`` is an extreme ("a high of", "the rejection at"); not one after it."""
    ext = _SIDE.search(left)
    if ext is None or not _side(ext.group(0)):
        return None
    return _MONTH_OF_SENTENCE.search(s)


def _side(words: str) -> str:
    """``high``, ``low`` or empty: the extreme a price is said to be."""
    w = words.lower()
    if re.search(r"\b(?:rejection|rejected|rebuffed|capped)\b", w):
        return "high"  # "the rejection at $98,000": a high tested and given up
    if not re.search(rf"{EXTREME_NOUN_RE}|as (?:high|low) as|strongest|weakest", w):
        return ""
    if re.search(r"\b(?:highest|strongest)\b", w):
        return "high"
    if re.search(r"\b(?:lowest|weakest)\b", w):
        return "low"
    if "record low" in w or "as low as" in w or re.search(r"\b(?:lows?|bottom|trough)", w):
        return "low"
    return "high"


def anchored(
    s: str,
    index: int,
    mentions: list[AssetMention],
    subject: str | None,
    claims: list[Claim],
    then: str | None = None,
) -> list[Claim]:
    """``claims`` of sentence ``s`` with every price (record) tied to a past time moved to that
    time's window (rules in the module docstring); prices no reader has taken are added.
    ``then``: the anchor of a sentence that opens with "At the time" (:func:`then_anchor`)."""
    out = list(claims)
    extremes: list[tuple[int, str, str]] = []  # (price position, side, anchor) of each extreme
    for m in _PRICE.finditer(s):
        after = _AFTER.match(s, m.end())
        back = s[max(0, m.start() - 80) : m.start()]
        before = _BEFORE.search(back) or _SPAN_AFTER.search(back) or _MONTH_MOVE.search(back)
        before = before or _WHEN_BEFORE.search(back)
        if after is None and before is None:
            before = _in_month(s[: m.start()], s[max(0, m.start() - 60) : m.start()])
        if after is None and before is None and then is None:
            continue
        num = float(m.group("num").replace(",", "")) * (1000 if m.group("k") else 1)
        dollar = "$" in s[max(0, m.start() - 4) : m.start() + 1] or bool(m.group("k"))
        known = any(c.level == num for c in out if c.kind in ("level", "record"))
        bare = before is not None and re.fullmatch(PRICE_BARE_RE, m.group("num")) is not None
        if not (dollar or known or bare):
            continue  # a count, a day of the month, a year: no price
        left = s[max(0, m.start() - 60) : m.start()]
        ext = _SIDE.search(left)
        side = _side(ext.group(0) if ext else "") or (
            _side(before.groupdict().get("ext") or "") if before else ""
        )
        found = before if before is not None else after
        code = _code(found) if found is not None else then or ""
        if code.startswith("year:") and code.count(":") == 1 and not side:
            continue  # "at $1,900 in 2023": a level of that year (window ``cal:``), no extreme
        said = found.groupdict() if found is not None else {}
        if not known and (said.get("prev") or "").lower() == "this" and tried(s, m.start()):
            continue  # "unable to break $3,450 this week": no price this week
        if not side and re.match(r"(?:so far )?this", said.get("yr") or "", re.I):
            continue  # "at $97 this year": no extreme; "a high of 110 this year" is one
        op = "below" if re.search(r"\b(?:below|under)\s*\S*$", left) else "at"
        op = "above" if re.search(r"\b(?:above|over|more than|topped)\s*\S*$", left) else op
        out = _place(out, s, index, mentions, subject, m.start(), num, f"ext:{side}:{code}", op)
        if side:
            extremes.append((m.start(), side, code))
    if then is not None:  # "Just 12 weeks ago, it was down 21% from its February peak"
        out = [_until(c, then) for c in out]
    return _records(out, s, extremes)


def _until(c: Claim, code: str) -> Claim:
    """A move from a peak (low) said of a past time ``code``: it ends then (the window
    ``peak:...@CODE``, :func:`leadwatch.claims.records.from_extreme`)."""
    head, _, rest = (c.window or "").partition(":")
    if c.kind != "percent" or head not in ("peak", "low") or "@" in rest:
        return c
    return replace(c, window=f"{head}:{rest}@{code}")


#: "At the time, ...", "Back then, ...": the sentence speaks of the time of the one before.
_THEN = _ci(r"^\s*(?:at the time|at that time|at that point|back then|then)\b")
#: The past time a sentence names ("in early October", "three months ago").
_NAMED_TIME = _ci(rf"\b(?:in|during) (?:{_PART}[- ])?{_MONTH}\b(?!\.? \d)|{_AGO}")


def then_anchor(s: str, before: str) -> str | None:
    """The anchor code sentence ``s`` takes from the sentence ``before`` it when it opens with
    "At the time" or "Back then", or the past time it opens with itself
    (:func:`fronted_anchor`) (``None``: no such opening, no time named before, or a whole
    month, which :func:`leadwatch.claims.text.find_when` carries already).

    >>> then_anchor("At the time, gold sat near $3,500.", "Its peak came in late April.")
    'mon:4:0:late'
    """
    found = list(_NAMED_TIME.finditer(before)) if _THEN.match(s) else []
    code = _code(found[-1]) if found else fronted_anchor(s)
    whole = code is not None and code_is_month(f"ext::{code}")
    return None if whole else code  # a whole month is carried as the sentence's time already


def _place(
    claims: list[Claim],
    s: str,
    index: int,
    mentions: list[AssetMention],
    subject: str | None,
    at: int,
    level: float,
    window: str,
    op: str,
) -> list[Claim]:
    """Put the level ``level`` of the sentence into ``window``: each claim stating it (a
    level, or a peak read as a record) becomes that past level; none: a new one."""
    same = [c for c in claims if c.kind in ("level", "record") and c.level == level]
    if same and same[0].kind == "record":  # "since topping out above $4,400 in mid-October"
        peak = same[0]
        held = peak.window or ""
        if not held.startswith("peak:"):  # "a two-year high of 110.2 in January": the record
            extreme = replace(peak, kind="level", op=op, window=window, when=None)
            return [*claims, extreme]  # as it stands, and the high (low) of that time
        if not (peak.when is not None and peak.when[0] == "month" and code_is_month(window)):
            moved = replace(
                peak, window=":".join(held.split(":")[:2]) + ":" + window.split(":", 2)[2]
            )
            return [replace(moved, when=None) if c is peak else c for c in claims]
        return claims
    if same:
        first = same[0]
        month = first.when is not None and first.when[0] == "month"
        if month and window.startswith("ext::") and code_is_month(window):
            return claims  # "hit $1,900 in August 2020": a level of a day of that month as is
        keep = first.op if first.kind == "level" and first.op in TOLERANCE else op
        moved = replace(first, kind="level", op=keep, window=window)
        return [moved if c is first else c for c in claims if c not in same[1:]]
    before = [x for x in mentions if x.start < at and x.asset not in GROUPS]
    asset = before[-1].asset if before else subject
    if asset is None:
        return claims
    words = s[max(0, at - 30) : at + 12].strip()
    quals = () if "$" in s[max(0, at - 4) : at + 1] else ("bare",)
    return [
        *claims,
        Claim(index, "level", asset, words, op, level, window=window, qualifiers=quals),
    ]


#: What may open a sentence before its past time ("Just", "Back", "Way back", "Even").
_OPENER = _ci(r"^\s*(?:(?:way |as far )?back|even|only|just)?\s*")
#: After the past time: a comma, or the asset it speaks of ("Two weeks ago bitcoin ...").
_SUBJECT_NEXT = _ci(r"\s*(?:,|(?=(?:the |spot )?[A-Za-z&]+\b))")
#: Words that bring the sentence back to the present ("...; today it sits at $4,000").
_PRESENT = _ci(r"\b(?:today|now|currently|this (?:week|month|year|morning)|since then)\b")


def fronted_anchor(s: str) -> str | None:
    """The past time sentence ``s`` opens with ("A year ago, gold traded at $2,000", "Just
    12 weeks ago, ...", "Back in mid-October, gold was above $4,300", "Last month, it hit
    ..."): its anchor code; ``None`` when none opens it, or the sentence comes back to the
    present ("..., but today it sits at").

    >>> fronted_anchor("Back in mid-October, gold was above $4,300."), fronted_anchor("Gold rose.")
    ('mon:10:0:mid', None)
    """
    opener = _OPENER.match(s)
    at = opener.end() if opener else 0
    found = _AFTER.match(s, at)
    if found is None or found.group("yonly") or not _SUBJECT_NEXT.match(s, found.end()):
        return None
    if _PRESENT.search(s, found.end()):
        return None
    return _code(found)


def code_is_month(window: str) -> bool:
    """Is the anchor of ``window`` (``ext:SIDE:ANCHOR``) a whole month ("in October")?

    >>> code_is_month("ext:high:mon:10:0:"), code_is_month("ext:low:mon:2:0:early")
    (True, False)
    """
    code = window.split(":", 2)[2]
    return code.startswith("mon:") and code.endswith(":")


def _records(claims: list[Claim], s: str, extremes: list[tuple[int, str, str]]) -> list[Claim]:
    """A record with no price or time of its own whose words a past time follows ("set record
    highs roughly three months ago") or that names an anchored extreme ("ten days after
    touching a peak of $4,400"): a record of that time (``past:ANCHOR``)."""
    out = []
    for c in claims:
        if c.kind == "record" and c.level is None and c.window is None and c.op in ("high", "low"):
            for r in _RECORD_NEAR.finditer(s):
                price = _PRICE_AFTER.match(s, r.end())  # "a record above $4,400 ten days ago"
                after = _AFTER.match(s, price.end() if price else r.end())
                if after is not None and "ago" in after.group(0).lower():
                    c = replace(c, window=f"past:{_code(after)}", when=None)
                    break
            pos = s.find(c.words)
            near = [code for at, side, code in extremes if side == c.op and 0 <= at - pos <= 80]
            if c.window is None and c.when is None and near:
                c = replace(c, window=f"past:{near[0]}")
        out.append(c)
    return out
