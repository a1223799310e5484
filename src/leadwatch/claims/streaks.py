"""Moves told as a streak: "climbed for a third consecutive session", "up three sessions in
a row", "headed for a second straight weekly gain", "its fourth straight monthly decline",
"a fifth consecutive month in the red", "on course to drop for a third week in a row",
"a five-day winning streak", "in each of the past three months", "four straight losing
sessions", "three consecutive weekly declines", "a losing week, the third week running"
(pure).

A streak is a move with the streak's direction, no size and the window ``streak:<P>:<n>``
(:func:`streak_window`): each of its ``n`` periods is graded
(:mod:`leadwatch.claims.streakcheck`), the latest to date where the text says the streak is
under way ("on track to", "set for": qualifier ``todate``), the ones before the period told
where it says the streak ended ("snapping a five-day winning streak", "steadied after three
weekly declines": qualifier ``ended``), to the last day of a month or year it is said to
close ("three straight losing sessions to end November": qualifier ``through``). It is
left out where the sentence already states a move of the asset over that period and where
it tells of a period already past ("Last week, gold notched its fourth straight weekly
gain": the periods count back from the article date, not from last week's end), but for a
run of sessions told of yesterday, which ends then.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "The euro slid while the dollar was on course for a third straight weekly rise."
>>> [(c.asset, c.op, c.window) for c in streak_moves(s, 0, find_assets(s), [])]
[('dxy', 'up', 'streak:W:3')]
"""

from __future__ import annotations

import calendar
import re
from typing import Any

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.vocabulary import (
    DOWN_NOUN_RE,
    DOWN_VERB_RE,
    IN_A_ROW_RE,
    MONTH_NAME_RE,
    NUMBER_WORDS,
    ORDINALS,
    UP_NOUN_RE,
    UP_VERB_RE,
    YEAR_RE,
    count_value,
    ending,
    month_number,
    words_re,
)

__all__ = ["When", "streak_moves", "streak_window", "with_streaks"]

#: The time of a sentence's claims, as a :class:`~leadwatch.claims.model.Claim` holds it in
#: ``when`` (``None``: the sentence names none); the readers of a sentence's moves take it.
When = tuple[str, Any] | None

_ORDINAL = rf"(?:{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))"
_COUNT = rf"(?:{'|'.join(NUMBER_WORDS[2:])}|\d+)"
_UNIT = r"(?P<{}>session|trading day|day|week|month|quarter|year)s?"
#: A direction said as a state ("in the red for seven weeks in a row", "closed in the green")
#: or as a verb's base form after "to" ("poised to drop for a third week in a row").
#: Or as a trend kept up ("extended its downward trend for a third consecutive day").
_TREND = r"(?:its|their|the) {} (?:trend|move|momentum|path|trajectory|bias)"
_UP_STATE = (
    r"in (?:the )?green|in positive territory|to (?:rise|gain|climb|advance|rally|increase)|"
    + _TREND.format("(?:upward|bullish|positive|rising)")
)
_DOWN_STATE = (
    r"in (?:the )?red|in negative territory|to (?:fall|decline|drop|slip|slide|lose|ease)|"
    + _TREND.format("(?:downward|bearish|negative|falling)")
)
_DIRECTION = rf"(?:(?P<up>{UP_VERB_RE}|{_UP_STATE})|(?P<down>{DOWN_VERB_RE}|{_DOWN_STATE}))"
#: How a verb's streak counts: "for the third consecutive session", "three sessions in a
#: row", "for five straight days", "in each of the past three months".
_COUNTED = (
    rf"for\s+(?:the|a)\s+{_ORDINAL}\s+(?:{IN_A_ROW_RE}\s+)?{_UNIT.format('unit0')}",
    rf"(?:(?:for|in)\s+)?(?:the|a|its)\s+{_ORDINAL}\s+{IN_A_ROW_RE}\s+{_UNIT.format('unit')}",
    rf"(?:(?:for|in)\s+)?{_COUNT}\s+{IN_A_ROW_RE}\s+{_UNIT.format('unit2')}",
    rf"(?:(?:for|in)\s+)?{_COUNT}\s+{_UNIT.format('unit3')}\s+(?:in a row|running)",
    rf"in each of the (?:past|last|previous) {_COUNT}\s+{_UNIT.format('unit4')}",
)
_VERB_STREAK = re.compile(rf"\b{_DIRECTION}\s+{words_re(_COUNTED)}\b", re.IGNORECASE)
#: Or by a noun of the move: "posted gains for a third straight session".
_NOUN_COUNTED = re.compile(
    rf"\b(?:(?P<up5>{UP_NOUN_RE})|(?P<down5>{DOWN_NOUN_RE}))\s+{words_re(_COUNTED)}\b",
    re.IGNORECASE,
)
_OWNER = r"(?:\b(?:a|its|the|their)|['\u2019]s)"
#: A noun of a move up or down: "gains", "decline".
_NOUN_WAY = rf"(?:(?P<up>{UP_NOUN_RE})|(?P<down>{DOWN_NOUN_RE}))"
_PER = r"(?P<per>daily|session|weekly|monthly|quarterly|annual|yearly|week|month|day|year)"
#: What a noun streak is of: "weekly increase", "month in the red", "day of gains".
# "a third consecutive day of upward momentum": the days' direction
_MOMENTUM = r"(?:{0}ward|{0}side) (?:momentum|moves?|movement|pressure)"
_OF = (
    rf"{_PER}\s+{_NOUN_WAY}",
    rf"{_UNIT.format('unit')}\s+of\s+(?:(?P<up2>{UP_NOUN_RE}|{_MOMENTUM.format('up')})"
    rf"|(?P<down2>{DOWN_NOUN_RE}|{_MOMENTUM.format('down')}))",
    rf"{_UNIT.format('unit1')}\s+(?:(?P<up3>in (?:the )?green|higher|up)"
    r"|(?P<down3>in (?:the )?red|lower|down))",
)
#: A period named by its direction: "losing sessions", "a down week", "winning months".
_WAY_UNIT = (
    r"(?:(?P<up4>winning|up|positive|gaining)|(?P<down4>losing|down|negative|falling))\s+"
    + _UNIT.format("unit5")
)
#: An owner and an ordinal starting a noun streak: "its seventh", "the metal's second".
_NTH = rf"{_OWNER}\s+{_ORDINAL}\s+"
# "a second consecutive weekly increase", "the metal's seventh consecutive day of gains",
# "its third straight losing week"
_NOUN_STREAK = re.compile(
    rf"{_NTH}(?:{IN_A_ROW_RE}\s+)?{words_re((*_OF, _WAY_UNIT))}\b", re.IGNORECASE
)
#: A count of periods named by what they did: "four straight losing sessions", "three
#: consecutive weekly declines", "two straight weeks of losses".
_COUNTED_NOUNS = re.compile(
    rf"(?<![\d,.$])\b{_COUNT}\s+{IN_A_ROW_RE}\s+{words_re((*_OF, _WAY_UNIT))}\b", re.IGNORECASE
)
#: A period told again as the latest of a run: "a losing week, for the third week running".
_AGAIN_STREAK = re.compile(
    rf"\ba\s+{_WAY_UNIT}\s+(?:for|in)\s+(?:the|a)\s+{_ORDINAL}\s+(?:{IN_A_ROW_RE}\s+)?"
    rf"{_UNIT.format('unit6')}(?:\s+in a row|\s+running)?\b",
    re.IGNORECASE,
)
#: A streak with no period named: "a third straight decline", "its fifth consecutive gain": in
#: a sentence that names no longer period, one of sessions (:func:`_bare_period`).
_BARE_STREAK = re.compile(
    rf"{_NTH}{IN_A_ROW_RE}\s+{_NOUN_WAY}\b(?![- ](?:streak|run)\b)", re.IGNORECASE
)
#: A longer period named in the clause after a unit-less streak: it may count those ("a
#: third straight decline this week", "..., the first for the month").
_LONGER = re.compile(
    r"[^.;,]*?\b(?:this|the|a|for the|on the|of the) (?:week|month|quarter|year)\b", re.I
)
_STREAK_DIRECTION = r"(?:(?P<up>winning|rally|rallying|gaining)|(?P<down>losing|falling|slide))"
# "a five-day winning streak", "its six-week losing run", "a 10-session rally streak",
# "a multi-session losing streak" (at least two: the honest floor of "multi")
_COUNTED_STREAK = re.compile(
    rf"{_OWNER}\s+(?P<n>{_COUNT}|multi)[- ]?{_UNIT.format('unit')}[- ]{_STREAK_DIRECTION}"
    r"\s+(?:streak|run)\b",
    re.IGNORECASE,
)
#: A rank told after a streak: "for the first time since 2018", "the first such run since
#: March 2015", "its longest since 2011": no run as long since, and one then.
_RANK_WORDS = r"for the first time|(?:the|its) (?:first|longest)(?: such)?(?: run| streak| time)?"
_SINCE_NAMED = rf"(?P<since>(?:(?:{MONTH_NAME_RE}) )?{YEAR_RE})"
#: Or over a span back: "a run unseen for over 400 days", "the first in two years".
_SPAN_BACK = (
    rf"(?:not seen|unseen|(?:{_RANK_WORDS})) (?:in|for) (?:more than |over |nearly |almost )?"
    rf"(?P<n>{_COUNT}|a) (?P<unit>day|week|month|year)s?"
)
_RANKED_AFTER = re.compile(
    rf"^[^.;]{{0,40}}?\b(?:(?:{_RANK_WORDS}) since {_SINCE_NAMED}|{_SPAN_BACK})\b", re.I
)
#: A streak said to close a named month or the year: "four straight losing sessions to close
#: out December", "a third monthly gain to end the year": it ends on that period's last day.
_CLOSING = re.compile(
    r",?\s+(?:to|as it|as they)\s+(?:close(?: out)?|closed(?: out)?|end(?:ed)?|finish(?:ed)?"
    r"|round(?:ed)? out|cap(?:ped)?|wrap(?:ped)? up)\s+(?:the |its )?"
    rf"(?P<what>year|{MONTH_NAME_RE})\b",
    re.IGNORECASE,
)


def _closing(s: str, end: int) -> When:
    """The last day of the period a streak ending at ``end`` is said to close (``None``)."""
    m = _CLOSING.match(s, end)
    if m is None:
        return None
    what = m.group("what").lower()
    month = 12 if what == "year" else month_number(what)
    last = calendar.monthrange(2001, month)[1]  # (February: the 28th, the usual close)
    return ("date", (month, last))


#: Words before a streak that end it ("ending a five-day winning streak", "snapped").
_ENDED = ending(
    *("end", "ended", "ending", "ends", "snapped", "snapping", "snaps", "broke", "break"),
    *("breaking", "breaks", "halted", "halting", "halts", "stopped", "stopping", "after"),
    gap=r"\s+(?:\S+\s+){0,2}",
)
#: Words before a streak that tell it is still under way: the latest period is to date.
_UNDER_WAY = ending(
    *("on track", "on course", "on pace", "set", "headed", "heading", "poised", "en route"),
    *("looking", "bound"),
    gap=r"(?:\s+\S+){0,3}\s*",
)
_PAST = re.compile(
    r"\b(?:last|previous|prior|the preceding) (?:week|month|session|day)\b|\byesterday\b", re.I
)
#: A streak's period in words and its code.
_CODES = {
    **dict.fromkeys(("session", "trading day", "day", "daily"), "D"),
    **dict.fromkeys(("week", "weekly"), "W"),
    **dict.fromkeys(("month", "monthly"), "M"),
    **dict.fromkeys(("quarter", "quarterly"), "Q"),
    **dict.fromkeys(("year", "yearly", "annual"), "Y"),
}


def streak_window(unit: str, n: int) -> str | None:
    """The window code of a streak of ``n`` periods named ``unit`` ("week", "monthly"),
    graded by :func:`leadwatch.claims.streakcheck.check_streak`.

    >>> streak_window("weekly", 3), streak_window("fortnight", 2)
    ('streak:W:3', None)
    """
    code = _CODES.get(unit.lower())
    return None if code is None or n < 1 else f"streak:{code}:{n}"


_WINDOW = {
    **dict.fromkeys(("session", "trading day", "day", "daily"), "day"),
    **dict.fromkeys(("week", "weekly"), "week"),
    **dict.fromkeys(("month", "monthly"), "month"),
    **dict.fromkeys(("quarter", "quarterly"), "months"),
    **dict.fromkeys(("year", "yearly", "annual"), "year"),
}


#: What joins two names of one subject or object: "the S&P 500 and the Nasdaq".
_AND = re.compile(r"\s*(?:,|,?\s+(?:and|&))\s+(?:the\s+)?", re.IGNORECASE)


def _owners(s: str, mentions: list[AssetMention], pos: int) -> list[str]:
    """The asset named last before ``pos`` and the names joined to it by "and" ("dragged the
    S&P 500 and the Dow into a third straight decline": both)."""
    before = [x for x in mentions if x.start < pos and x.asset not in GROUPS]
    if not before:
        return []
    out = [before[-1]]
    for x in reversed(before[:-1]):
        if not _AND.fullmatch(s[x.end : out[-1].start]):
            break
        out.append(x)
    return list(dict.fromkeys(x.asset for x in out))


def _same_span(c: Claim, window: str) -> bool:
    """Whether move ``c`` covers the streak's latest ``window`` ("fell 2% on Friday", "lost
    5% over three straight sessions")."""
    if window != "day":
        return c.window in (window, None)
    told = c.window in ("day", None, "prev") or (c.window or "").startswith("sessions:")
    return told or c.when is not None


#: Words that start another clause: "slipped 0.3% but is poised to drop for a third week".
_CLAUSE_BREAK = re.compile(r"\b(?:and|but|while|as|after)\b|;", re.IGNORECASE)


def _joined(s: str, words: str, m: re.Match[str]) -> bool:
    """Whether a move stated in ``words`` is told in the clause of streak ``m`` ("have fallen
    for three straight sessions, losing 5%"), not in another one."""
    at = s.find(words)
    if at < 0:
        return True
    between = s[at + len(words) : m.start()] if at < m.start() else s[m.end() : at]
    return not _CLAUSE_BREAK.search(between)


def _length(words: str) -> int:
    """The number of periods a streak's words count ("fifth" 5, "3rd" 3, "six" 6, "multi" 2)."""
    if words.lower().startswith("multi"):
        return 2
    for w in re.findall(r"[a-z]+|\d+", words.lower()):
        if w in ORDINALS:
            return ORDINALS.index(w) + 2
        if w.isdigit() or w in NUMBER_WORDS[2:]:
            return count_value(w)
    return 1


def _streak(m: re.Match[str]) -> tuple[str, str, str] | None:
    """The direction, period and length of streak match ``m``; a streak with no period
    named ("a third straight decline") counts sessions unless its clause names a longer
    period after it ("a third straight decline this month" may count weeks)."""
    named = {k: v for k, v in m.groupdict().items() if v}
    period = next((v.lower() for k, v in named.items() if k.startswith(("unit", "per"))), "")
    if m.re is _BARE_STREAK:
        period = "" if _LONGER.match(m.string, m.end()) else "session"
    op = "up" if any(k.startswith("up") for k in named) else "down"
    window = streak_window(period, _length(m.group("n") if "n" in named else m.group(0)))
    return None if window is None else (op, period, window)


def _owned(
    s: str, mentions: list[AssetMention], pattern: re.Pattern[str]
) -> list[tuple[re.Match[str], str]]:
    """Each streak ``pattern`` finds in ``s``, with each asset it is told of."""
    return [(m, a) for m in pattern.finditer(s) for a in _owners(s, mentions, m.start())]


def streak_moves(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim], when: When = None
) -> list[Claim]:
    """The moves sentence ``s`` (number ``index``) tells as streaks, for the asset named
    last before each, of the sentence's time ``when``; none where ``claims`` already hold a
    move of that asset and period, or where the streak ended ("snapping a five-day winning
    streak")."""
    out: list[Claim] = []
    past = _PAST.search(s)
    for pattern in _PATTERNS:
        for m, asset in _owned(s, mentions, pattern):
            read = _streak(m)
            if read is None:
                continue
            op, period, window = read
            if past and not (window.startswith("streak:D") and when and when[0] == "yesterday"):
                continue  # "Last week, gold ..." (but "Yesterday, gold fell for a third session")
            ended = bool(_ENDED.search(s[: m.start()]))
            told = [c for c in claims if c.asset == asset and c.kind in ("percent", "move")]
            if not ended and any(
                _same_span(c, _WINDOW[period]) and _joined(s, c.words, m) for c in told
            ):
                continue  # "gold rose 1% for a third straight session": the move is stated
            if any(c.asset == asset and c.window == window for c in out):
                continue
            under_way = bool(_UNDER_WAY.search(s[: m.start()]))
            quals = ("ended",) if ended else ("todate",) if under_way else ()
            closes = _closing(s, m.end())
            quals = ("through",) if closes is not None else quals
            out.append(
                Claim(
                    index,
                    "move",
                    asset,
                    m.group(0),
                    op,
                    when=closes or when,
                    window=window,
                    qualifiers=quals,
                )
            )
            out += _ranked(s, m, index, out[-1])
    return out


_PATTERNS = (
    _VERB_STREAK,
    _NOUN_COUNTED,
    _NOUN_STREAK,
    _COUNTED_STREAK,
    _COUNTED_NOUNS,
    _AGAIN_STREAK,
    _BARE_STREAK,
)


def with_streaks(
    s: str, index: int, mentions: list[AssetMention], claims: list[Claim], when: When = None
) -> list[Claim]:
    """``claims`` and the streaks of :func:`streak_moves`, less a record read from the words of
    a streak's rank ("its third weekly fall in a row, unseen for over 400 days" is no
    500-day low: it ranks the run)."""
    streaks = streak_moves(s, index, mentions, claims, when)
    ranks = [c.words for c in streaks if c.kind == "record"]
    kept = [c for c in claims if c.kind != "record" or not any(c.words in w for w in ranks)]
    return kept + streaks


def _ranked(s: str, m: re.Match[str], index: int, move: Claim) -> list[Claim]:
    """The rank told after streak ``m`` ("the fifth monthly fall in a row, the first since
    2018"): a record of the run's length (qualifier ``streak``), since the year named."""
    ranked = _RANKED_AFTER.search(s[m.end() :])
    if ranked is None or move.window is None:
        return []
    side = "best" if move.op == "up" else "worst"
    op = f"{side}:{move.window.split(':')[1]}"
    words = m.group(0) + ranked.group(0)
    n = ranked.group("n")
    count = 1 if n is None or n.lower() == "a" else count_value(n.lower())
    since = f"since:{ranked.group('since')}" if n is None else f"last:{count}:{ranked['unit']}"
    return [Claim(index, "record", move.asset, words, op, window=since, qualifiers=("streak",))]
