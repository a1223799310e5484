"""Moves dated by period words that the sentence's time reader does not take as a time (pure).

- The week's first session: "opened the week down 0.9%", "started the week with a 1.2%
  gain", "kicked off the week by falling 2%". A one-session move that a week opener governs
  (the figure follows it in the same clause, with no other time word or clause between) is
  the move of that week's Monday (``when`` ``("weekday", 0)``, the last Monday by the
  article's date), not of the article's day; so is a level with no time of its own later in
  the opener's clause ("opened the week 2% lower ahead of a rally to $3,100").
- A month ranked against the same month of other years: "its worst February in years, with
  prices down as much as 25%". A move of the sentence with no time of its own is that
  month's (``when`` ``("month", (0, MONTH))``).
- A move told with "since" after the price a month or the year started at ("began March at
  $34 but has since lost $5", "opened the year at $30 and has gained 12% since"): the move
  from that start to date (window ``since:the start of MONTH``, ``mtd`` or ``ytd``).

A time of its own ("opened the week down 2% on Tuesday") wins.

Examples
--------
>>> from leadwatch.claims.extract import extract_claims
>>> [c.when for c in extract_claims("Gold started the week with a 1.2% gain.").claims]
[('weekday', 0)]
>>> [c.when for c in extract_claims("Gold heads for its best May in years, up 9%.").claims]
[('month', (0, 5))]
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import MONTH_NAME_RE, MONTHS, month_number

__all__ = ["said_periods"]

_OPENER = re.compile(
    r"\b(?:open(?:ed|s)?|start(?:ed|s)?|beg(?:an|ins|un)|kick(?:ed|s)? off) the (?:trading |new )?"
    r"week\b(?P<gap>(?:(?!\b(?:and|but|since|while|has|have|had|then|before|after|on)\b)"
    r"[^.;,$%\d])*)",
    re.IGNORECASE,
)


_RANKED_MONTH = re.compile(
    r"\b(?:its|their|the) (?:worst|best|weakest|strongest|biggest|sharpest|steepest) "
    rf"(?P<mon>{MONTH_NAME_RE})\b(?! \d)(?= (?:in|since|on record|ever)\b)",
)


def said_periods(s: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` of sentence ``s`` with each one-session move that a week opener governs
    dated on the week's Monday, and each move beside a ranked month dated in that month
    (rules in the module docstring)."""
    claims = _since_start(s, claims)
    ranked = _RANKED_MONTH.search(s)
    if ranked is not None:
        month = ("month", (0, month_number(ranked.group("mon"))))
        claims = [
            replace(c, when=month)
            if c.kind == "percent" and c.when is None and c.window in (None, "day")
            else c
            for c in claims
        ]
    spans = []
    for m in _OPENER.finditer(s):
        if len(m.group("gap")) <= 40:
            spans.append(m.end())
    if not spans:
        return claims
    out = []
    for c in claims:
        at = s.find(c.words) if c.words else -1
        one_day = c.kind == "percent" and c.window in (None, "day") and c.when is None
        if one_day and at >= 0 and any(0 <= at - end <= 12 for end in spans):
            c = replace(c, when=("weekday", 0), window="day")
        level = c.kind == "level" and c.when is None and c.window is None
        if level and any(end < at < _clause_end(s, end) for end in spans):
            c = replace(c, when=("weekday", 0))  # "opened the week down 1% ahead of a $X rally"
        out.append(c)
    return out


def _clause_end(s: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends: the next comma, semicolon or full stop."""
    found = re.compile(r"[,;]|\.(?!\d)").search(s, pos)
    return found.start() if found else len(s)


#: "since" with no time after it: "has since lost", "and has gained 12% since".
_BARE_SINCE = re.compile(
    r"\bsince\b(?!\s+(?:the|its|their|a|an|last|early|mid|late|then|\d|[A-Z]))"
)


def _since_start(s: str, claims: list[Claim]) -> list[Claim]:
    """Moves told with a bare "since" after a month's or the year's starting price: moves
    from that start (rules in the module docstring)."""
    starts = [c for c in claims if c.kind == "level" and c.when is not None]
    start = next((c for c in starts if c.when[0] in ("start", "year_start")), None)  # type: ignore[index]
    since = [m.start() for m in _BARE_SINCE.finditer(s)]
    if start is None or start.when is None or not since:
        return claims
    begun = s.find(start.words)
    kind, period = start.when
    if kind == "year_start" or period == "year":
        window, when = "ytd", None
    elif period == "month":
        window, when = "mtd", None
    elif str(period).startswith("month:"):
        month = int(str(period)[6:])
        window, when = f"since:the start of {MONTHS[month - 1].capitalize()}", ("month", (0, month))
    else:
        return claims
    out = []
    for c in claims:
        at = s.find(c.words) if c.words else -1
        moved = c.kind in ("percent", "move") and c.when is None and c.window in (None, "day")
        near = any(begun < pos <= at or 0 <= pos - at - len(c.words) <= 3 for pos in since)
        out.append(replace(c, window=window, when=when) if moved and at > begun and near else c)
    return out
