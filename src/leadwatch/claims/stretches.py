"""Windows named by a stretch of trading that a noun phrase states (pure).

"A month of gains left gold up 7%", "after a fortnight of losses", "two weeks of selling":
the stretch is the window of the move the sentence states (``month``, ``days:14``, ...);
"over the past fortnight", "in the last fortnight": 14 days; "from last Friday's close":
since that day (``since:last Friday``); a plain count, "rose 40% in three months", "in
just 3.5 months", "over two weeks": that span to the article date (not a span bounding a
record: "its highest in three months").

Examples
--------
>>> stretch_windows("A month of outsized gains left gold up more than 7%.")
[(0, 'month')]
>>> stretch_windows("Silver has climbed 9% over the past fortnight.")
[(22, 'days:14')]
>>> stretch_windows("Gold is up $169 from last Friday's close.")
[(16, 'since:last Friday')]
>>> stretch_windows("Silver doubled in just 3.5 months."), stretch_windows("its best in 3 months")
([(15, 'days:106')], [])
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import NUMBER_WORDS, WEEKDAYS, count_value, words_re

__all__ = ["stretch_windows"]

_DAYS = {"day": 1, "session": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_NAMED = {1: "day", 7: "week", 30: "month", 90: "months", 365: "year"}
# What a stretch is made of: "gains", "heavy selling", "outsized performance".
_STUFF = (
    r"(?:gains|losses|declines|selling|buying|rallying|advances|rallies|outflows|inflows"
    r"|weakness|strength|volatility|turmoil|performance|trading|slides|drops|rises|sell-?offs"
    r"|outperformance|underperformance|pressure|upside|downside)"
)
_COUNT = rf"(?P<n>a|one|an|\d+|{words_re(NUMBER_WORDS[2:13])})"
_STRETCH = re.compile(
    rf"\b{_COUNT} (?P<unit>day|session|week|fortnight|month|year)s?"
    rf" of (?:[\w-]+ ){{0,2}}?{_STUFF}\b"
    r"|\b(?:over|in|during|for|across|within) (?:the )?(?:past|last|previous) (?P<fort>fortnight)\b"
    r"|\bfrom (?P<last>last (?:" + words_re(WEEKDAYS[:5]) + r"))['\u2019]s"
    r" (?:close|closing level|settlement|settle|finish|level|fix)\b",
    re.IGNORECASE,
)


# "rose 40% in three months", "doubled in just 3.5 months", "over two weeks": a plain
# count of weeks, months or years (days are :mod:`.daycounts`'), unless it bounds a record
_SPAN = re.compile(
    r"\b(?:in|over|within|across) (?:just |only |a mere |barely |less than |under )?"
    rf"(?P<n>\d+(?:\.\d)?|{words_re(NUMBER_WORDS[2:13])}) (?P<unit>week|month|year)s\b"
    r"(?! (?:from|after|later|before|ago|time)\b)",
    re.IGNORECASE,
)
_RECORDED = re.compile(
    r"\b(?:first time|highest|lowest|best|worst|biggest|largest|steepest|sharpest|strongest"
    r"|weakest|most|least|not seen|unseen|since)\b[^,;%$\d]{0,30}$",
    re.IGNORECASE,
)


# events counted over the span, not a move's window: "11 new records in 17 weeks"
_COUNTED = re.compile(
    r"\b(?:records?|highs|lows|peaks|times|closes|sessions|days|gains|losses|declines)\s*$",
    re.IGNORECASE,
)


def _spans(sentence: str) -> list[tuple[int, str]]:
    """The plain counted spans of ``sentence`` ("in just 3.5 months": ``days:106``)."""
    out = []
    for m in _SPAN.finditer(sentence):
        before = sentence[max(0, m.start() - 60) : m.start()]
        if _RECORDED.search(before) or _COUNTED.search(before):
            continue  # "its highest in three months", "11 new records in 17 weeks"
        n, unit = m.group("n"), m.group("unit").lower()
        count = float(n) if n[0].isdigit() else float(count_value(n))
        if unit == "year" and count.is_integer():
            out.append((m.start(), "year" if count == 1 else f"years:{int(count)}"))
            continue
        days = round(count * {"week": 7, "month": 30.4, "year": 365}[unit])
        out.append(
            (m.start(), _NAMED.get(days, {91: "months", 30: "month"}.get(days, f"days:{days}")))
        )
    return out


def stretch_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of the stretch windows of ``sentence`` (module doc)."""
    out = _spans(sentence)
    for m in _STRETCH.finditer(sentence):
        if m.group("last"):
            out.append((m.start(), "since:" + m.group("last")))
            continue
        unit = (m.group("unit") or m.group("fort")).lower()
        days = count_value(m.group("n")) * _DAYS[unit]  # "a", "an": one
        out.append((m.start(), _NAMED.get(days, f"days:{days}")))
    return out
