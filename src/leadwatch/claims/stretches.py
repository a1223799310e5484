"""Windows named by a stretch of trading that a noun phrase states (pure).

"A month of gains left gold up 7%", "after a fortnight of losses", "two weeks of selling":
the stretch is the window of the move the sentence states (``month``, ``days:14``, ...);
"over the past fortnight", "in the last fortnight": 14 days; "from last Friday's close":
since that day (``since:last Friday``).

Examples
--------
>>> stretch_windows("A month of outsized gains left gold up more than 7%.")
[(0, 'month')]
>>> stretch_windows("Silver has climbed 9% over the past fortnight.")
[(22, 'days:14')]
>>> stretch_windows("Gold is up $169 from last Friday's close.")
[(16, 'since:last Friday')]
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


def stretch_windows(sentence: str) -> list[tuple[int, str]]:
    """``(position, code)`` of the stretch windows of ``sentence`` (module doc)."""
    out = []
    for m in _STRETCH.finditer(sentence):
        if m.group("last"):
            out.append((m.start(), "since:" + m.group("last")))
            continue
        unit = (m.group("unit") or m.group("fort")).lower()
        days = count_value(m.group("n")) * _DAYS[unit]  # "a", "an": one
        out.append((m.start(), _NAMED.get(days, f"days:{days}")))
    return out
