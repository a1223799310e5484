"""Past extremes told as chart references, named by their day, month or year before their
price (pure): "the March 12 daily low at $2,650", "its 2024 low of $2,100", "the October
low, the next support, near $2,900".

A reference is a day ("March 12", "Jan. 9, 2025", "12 March"), a month or a year followed
by an extreme noun ("low", "high", "peak", "top", "bottom", "trough"; "daily", "intraday",
"yearly" may stand before it) and then the price: right after it ("of", "at", "near"), or
after an aside in dashes or commas or a role ("being the next support level at"). A day's
extreme is a level of that day (window ``ext:SIDE:day:MONTH:DAY:YEAR``, year 0 when none is
written: the last such day before the article); a month's is a level of that month
(``ext:SIDE:mon:MONTH:YEAR:``, when :mod:`leadwatch.claims.pastanchor` did not read it
already); a year's is a record of that year with its value (``ext:SIDE:year:YEAR``: the
year's extreme is about the price). All are graded by
:func:`leadwatch.claims.anchorgrade.grade_anchored` (within 2% of the window's extreme).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> for s in ("Ether could slip to the March 12 daily low at $2,650.",
...           "Ether held above the October low, the next support, near $2,900.",
...           "Ether could slip to its 2024 low of $2,100."):
...     print([(c.kind, c.window, c.level) for c in chart_refs(s, 0, find_assets(s), None, [])])
[('level', 'ext:low:day:3:12:0', 2650.0)]
[('level', 'ext:low:mon:10:0:', 2900.0)]
[('record', 'ext:low:year:2024', 2100.0)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.vocabulary import ABOUT_RE, MONTH_RE, PRICE_NUM_RE, YEAR_RE, month_number

__all__ = ["chart_refs"]

_DAY = (
    rf"(?P<mon>{MONTH_RE})\.? (?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,? (?P<year>{YEAR_RE}))?"
    rf"|(?P<d2>[0-3]?\d) (?P<mon2>{MONTH_RE})\b\.?"
)
_NAMED = re.compile(
    rf"\b(?:{_DAY}|(?P<mon3>{MONTH_RE})\b\.?(?:,? (?P<year3>{YEAR_RE}))?|(?P<y>{YEAR_RE}))"
    r"(?:['\u2019]s)? (?:daily |intraday |session |closing |yearly |annual |swing )?"
    r"(?P<ext>high|low|peak|top|bottom|trough)s?\b",
)
#: Between the extreme noun and its price: an aside in dashes or commas, or its role.
_GAP = (
    r"(?:\s*[\u2013\u2014-]\s[^\u2013\u2014$;]{1,60}\s[\u2013\u2014-]"
    r"|\s*,[^,$;]{1,60},"
    r"|\s+(?:being |is |as |remains |marks |seen as )?the (?:next |key |first |major |main )*"
    r"(?:support|resistance|floor|ceiling|target)(?: level| zone| area)?)?"
)
_TO_PRICE = re.compile(
    _GAP + r"\s*(?:[\u2013\u2014,-]\s*)?"
    r"(?:of|at|near|around|close to|just (?:above|below|under|over))?\s*"
    rf"(?:{ABOUT_RE}\s+)?(?:US)?\$?\s?(?P<num>{PRICE_NUM_RE})\b(?!%|\s?percent)",
    re.IGNORECASE,
)


def chart_refs(
    s: str,
    index: int,
    mentions: list[AssetMention],
    subject: str | None,
    claims: list[Claim],
) -> list[Claim]:
    """``claims`` of sentence ``s`` with each price told as a past day's, month's or year's
    extreme moved to that time (rules in the module docstring); prices no reader has taken
    are added."""
    out = _day_extremes(_period_extremes(s, list(claims)))
    for m in reversed(list(_NAMED.finditer(s))):  # the nearest reference first
        to = _TO_PRICE.match(s, m.end())
        if to is None:
            continue
        num = float(to.group("num").replace(",", ""))
        dollar = "$" in to.group(0)
        same = [c for c in out if c.kind in ("level", "record") and c.level == num]
        if not (dollar or same) or any(
            (c.window or "").startswith("ext:") or c.kind == "record" for c in same
        ):
            continue  # no price, or read already as a past time's (pastanchor) or a record's
        side = "low" if m.group("ext").lower() in ("low", "bottom", "trough") else "high"
        kind, code = _code(m)
        before = [x for x in mentions if x.start < m.start() and x.asset not in GROUPS]
        asset = same[0].asset if same else before[-1].asset if before else subject
        if asset is None:
            continue
        words = s[m.start() : to.end()]
        rest = [c for c in out if c not in same and not _restates(c, s, m)]
        op = "near" if "near" in to.group(0).lower() else "at"
        found = Claim(index, kind, asset, words, side if kind == "record" else op, num)
        out = [*rest, replace(found, window=f"ext:{side}:{code}")]
    return out


def _code(m: re.Match[str]) -> tuple[str, str]:
    """The claim kind and anchor code of a ``_NAMED`` match."""
    if m.group("y"):
        return "record", f"year:{m.group('y')}"
    if m.group("mon3"):
        return "level", f"mon:{month_number(m.group('mon3'))}:{m.group('year3') or 0}:"
    month = month_number(m.group("mon") or m.group("mon2"))
    day = int(m.group("d") or m.group("d2"))
    return "level", f"day:{month}:{day}:{m.group('year') or 0}"


def _restates(c: Claim, s: str, m: re.Match[str]) -> bool:
    """A record with no value whose words lie inside the reference ("the 2024 yearly low"
    read as a record of the year to date): the reference restated."""
    if c.kind != "record" or c.level is not None or not c.words:
        return False
    at = s.find(c.words, max(0, m.start() - 5))
    return at >= 0 and at + len(c.words) <= m.end() + 5


#: The extreme of the period that ends at the article, told with its value: "a weekly high
#: of $70,100", "the week's low at $64,200", "a monthly low of 1,850".
_PERIOD_EXTREME = re.compile(
    r"\b(?:(?P<unit>week|month)ly|(?:the|this) (?P<unit2>week|month)['\u2019]s) (?:intraday )?"
    r"(?P<ext>high|low|peak|bottom)s? (?:of|at|near|around) (?:US)?\$?\s?(?P<num>"
    + PRICE_NUM_RE
    + r")\b(?!%)",
    re.IGNORECASE,
)
#: Days back a period's extreme may lie: the period, and the day a recap of it comes out
#: after it closes (a weekly recap the Tuesday after the Monday it ends on).
_PERIOD_DAYS = {"week": 8, "month": 32}


def _period_extremes(s: str, claims: list[Claim]) -> list[Claim]:
    """Levels stated as the extreme of the week (month) ending at the article, moved from
    the article's day to any day of that period (window ``ext:SIDE:within:N:day``); one
    said of a named day ("closed Friday at a weekly high of $X") stays that day's."""
    out = list(claims)
    for m in _PERIOD_EXTREME.finditer(s):
        num = float(m.group("num").replace(",", ""))
        unit = (m.group("unit") or m.group("unit2")).lower()
        side = "low" if m.group("ext").lower() in ("low", "bottom") else "high"
        window = f"ext:{side}:within:{_PERIOD_DAYS[unit]}:day"
        out = [
            replace(c, window=window)
            if c.kind == "level" and c.level == num and c.window is None and c.when is None
            else c
            for c in out
        ]
    return out


#: A day's extreme told with its value: "a low of $1,750", "an intraday high of $2,050".
_DAY_EXTREME = re.compile(r"(?P<ext>high|low|peak|top|bottom) of\b", re.IGNORECASE)


def _day_extremes(claims: list[Claim]) -> list[Claim]:
    """Levels told as the high or low of a day named by its date ("dropped to a low of $1,640 on
    June 3"): that day's extreme (window ``ext:SIDE:day:MONTH:DAY:YEAR``), within 2% of
    it, rather than its close or its range."""
    out = []
    records = {c.asset for c in claims if c.kind == "record"}  # "its all-time high of $X"
    for c in claims:
        m = _DAY_EXTREME.match(c.words or "")
        if c.asset in records:
            m = None  # a record's value dates the record: read as it was
        dated = c.when is not None and c.when[0] == "date" and isinstance(c.when[1], tuple)
        if c.kind != "level" or m is None or not dated or c.op != "at":
            out.append(c)
            continue
        if c.window is not None and not c.window.startswith("on:"):
            out.append(c)
            continue
        month, day = c.when[1]  # type: ignore[index]
        year = (c.window or "on:0")[3:7]
        side = "low" if m.group("ext").lower() in ("low", "bottom") else "high"
        out.append(replace(c, window=f"ext:{side}:day:{month}:{day}:{int(year)}"))
    return out
