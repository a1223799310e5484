"""Records of moves: "its sharpest one-day fall in six years", "the worst quarterly
performance since 2022" (pure).

:func:`move_records` reads them as claims of kind ``record`` whose ``op`` is
``worst:<period>`` or ``best:<period>`` (period ``D`` a session, ``W``, ``M``, ``Q``,
``Y``) and whose window is the span (``last:5:year``, ``since:2022``).
:func:`check_move_record` (in :mod:`leadwatch.claims.rankedcheck`, re-exported here)
checks one: the move over the latest period to the article
date is the most extreme of every period in the span (for ``since``: of every period
after the named one, and one in it was more extreme).

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> s = "The S&P 500 suffered its sharpest one-day fall in six years."
>>> [(c.asset, c.op, c.window) for c in move_records(s, find_assets(s), None, 0)]
[('spx', 'worst:D', 'last:6:year')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.clauses import unknown_subject
from leadwatch.claims.compared import past_the_compared
from leadwatch.claims.model import GROUPS, Claim
from leadwatch.claims.multiday import MULTI_DAY_PERIODS
from leadwatch.claims.rankedcheck import (
    check_move_record,
    latest_period,
    period_returns,
    run_lengths,
    to_date_moves,
)
from leadwatch.claims.rankspans import RANKED_OVER, span_window
from leadwatch.claims.recordcounts import record_counts
from leadwatch.claims.text import find_when, find_when_at
from leadwatch.claims.vocabulary import (
    MONTH_NAME_RE,
    MONTHS,
    ORDINALS,
    YEAR_RE,
)
from leadwatch.claims.windows import find_windows

__all__ = [
    "RANKED_OVER",
    "check_move_record",
    "latest_period",
    "move_records",
    "period_returns",
    "ranked_asset",
    "run_lengths",
    "span_window",
    "to_date_moves",
]

#: A period's adjective and its code: "one-day", "weekly".
_PERIODS = {
    **dict.fromkeys(("single-day", "one-day", "daily", "single-session", "intraday"), "D"),
    **dict.fromkeys(("single day", "one day", "single session"), "D"),  # unhyphened
    **{"weekly": "W", "monthly": "M", "quarterly": "Q", "annual": "Y", "yearly": "Y"},
    **MULTI_DAY_PERIODS,  # "its biggest two-day decline": D2
}
_PERIOD_CODES = {"day": "D", "session": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y"}
_DOWN_WORDS = (
    *("drop", "fall", "decline", "loss", "slide", "selloff", "sell-off", "plunge"),
    *("nosedive", "crash", "rout", "tumble", "collapse", "slump", "pullback", "retreat"),
    *("dive", "dip", "drawdown", "decrease"),
)
_UP_WORDS = (
    *("gain", "rise", "rally", "jump", "advance", "surge", "run", "increase", "climb"),
    *("leap", "spike", "rebound", "bounce", "upswing"),
)
#: The superlatives that rank a move ("the sharpest fall", "its biggest gain", "the
#: highest daily pullback").
_RANK = (
    "worst|biggest|steepest|sharpest|largest|greatest|heaviest|highest|best"
    "|most (?:significant|severe)"
)
#: The measure a ranked move is told in: "in percentage terms", "in percentage and dollar
#: terms", "in point terms".
_TERMS = (
    r"(?:(?:in|by) (?:both )?(?:(?:percentage|percent|point|(?:US |U\.S\. )?dollar|absolute)"
    r"(?: terms)?(?:,? (?:and|or) )?){1,2} )?"
)
_MOVE_RECORD_RE = re.compile(  # "its best and worst daily returns since": one claim each
    rf"\b(?:(?P<pair>best|worst) and )?(?P<ext>{_RANK}|strongest)\s+"
    rf"(?:(?P<per>{'|'.join(_PERIODS)})\s+)?(?:percentage |point )?"
    rf"(?P<what>{'|'.join(_DOWN_WORDS + _UP_WORDS)}"
    rf"|performance|return)(?:e?s)?\s+(?:\([^()]{{1,24}}\)\s+)?{_TERMS}{RANKED_OVER}",  # "(+4%)"
    re.IGNORECASE,
)


#: A rank below the top before the superlative: "its 2nd-", "the third-" ("the 2nd-best week").
_ORDINAL_PREFIX = rf"(?:(?:\d+(?:st|nd|rd|th)|{'|'.join(ORDINALS)})[- ])?"


def _ranked_record(ext: str, what: str) -> re.Pattern[str]:
    """A ranked record told with its owner: "its", "the", "their" or a possessive, then the
    superlative ``ext`` (an alternation), then ``what`` is ranked and over what span.

    Parameters
    ----------
    ext : str
        The superlatives, an alternation (group ``ext``).
    what : str
        The pattern of what is ranked ("week", "start to a year", "losing streak").

    Returns
    -------
    re.Pattern[str]
        The compiled pattern, ignoring case, with the groups of :data:`RANKED_OVER`.
    """
    return re.compile(
        rf"(?:\b(?:its|the|their)|['\u2019]s) {_ORDINAL_PREFIX}(?:(?P<pair>{ext}) and )?"
        rf"(?P<ext>{ext}) {what}"
        rf"\s+{RANKED_OVER}",
        re.IGNORECASE,
    )


_WORST_OR_BEST = "worst|best|weakest|strongest"
# "its worst day since December", "the best week in five years": a period's move, ranked.
_PERIOD_RECORD_RE = _ranked_record(  # "its strongest September since 2013": of Septembers
    _WORST_OR_BEST, rf"(?:calendar )?(?P<per>{'|'.join(_PERIOD_CODES)}|{MONTH_NAME_RE})s?"
)
# "its 12 per cent plunge - the largest since May 1998", "an intraday drop on Thursday that
# was the largest on record": a session's move, then its rank.
_AFTER_MOVE_RE = re.compile(
    rf"\b(?P<what>{'|'.join(_DOWN_WORDS + _UP_WORDS)})s?(?:\s*[\u2014\u2013,:-]+\s*"
    r"|(?: (?:on|from|in) [\w-]+){0,2} (?:that|which) (?:was|is|marked|ranks as) )(?:the|its) "
    rf"(?P<ext>{_RANK}) {RANKED_OVER}",
    re.IGNORECASE,
)
#: "both markets suffered their steepest declines": every asset named before ranks its move.
_BOTH = re.compile(
    r"\b(?:both|the two|each of the two)(?: (?:markets|metals|assets|coins|tokens|of them))?\b"
    r"[^,;.]*$",
    re.IGNORECASE,
)


# "its worst start to a year since 2018", "the best year-to-date performance on record": the
# change from the last close of the year before, ranked against the same span of other years
_START_RECORD_RE = _ranked_record(
    _WORST_OR_BEST,
    r"(?:start (?:to|of) (?:a|the|any) (?:calendar |new )?year"
    r"|(?:year-to-date|ytd) (?:performance|start|run|return)s?)",
)
# "its longest losing streak since 2022", "the longest weekly winning run in more than a year",
# "its longest run of monthly gains since 2017": the length of the run, ranked
_STREAK_RECORD_RE = _ranked_record(
    "longest",
    r"(?:(?P<per>daily|weekly|monthly|annual) )?"
    r"(?:(?:(?P<up>winning|rally)|(?P<down>losing)) (?:streak|run)|(?:streak|run) of (?:"
    r"(?P<per2>daily|weekly|monthly|annual) )?(?:(?P<up2>gains|advances|rises)|(?P<down2>"
    r"losses|declines|falls|drops)))",
)


#: "the 2nd-best week", "its second-largest drop", "the third-worst day": a rank below the
#: top, which the record of a move is not
ORDINAL = re.compile(
    rf"\b(?:\d+(?:st|nd|rd|th)|{'|'.join(ORDINALS)})"
    r"[- ](?:\w+est[- ](?:[\w-]+ ){0,3})?$",
    re.IGNORECASE,
)


def ranked_asset(
    s: str,
    m: re.Match[str],
    mentions: list[AssetMention],
    subject: str | None,
    ordinal: bool = False,
) -> str | None:
    """The asset whose move ``m`` ranks: the last one named before it, else the subject;
    none for a move ranked below the top ("the 2nd-best week since 2023") unless
    ``ordinal`` (the rank is then graded, see :func:`move_rank`)."""
    if not ordinal and ORDINAL.search(s[: m.start("ext")]):
        return None
    before = [x.asset for x in mentions if x.start < m.start() and x.asset not in GROUPS]
    if not before and unknown_subject(s, m.start(), mentions):  # "income fell 0.4%, the ..."
        return None
    return past_the_compared(s, mentions, m.start(), before[-1]) if before else subject


def move_rank(s: str, m: re.Match[str]) -> tuple[str, ...]:
    """The qualifier ``rank:N`` of a session's move ranked below the top ("its second-biggest
    leap ever", "the 3rd-largest one-day drop on record", "the VIX's second largest daily
    jump since 2020"): ``N - 1`` periods of the span moved further; none for the top.

    >>> s, top = "It was the VIX's second-biggest jump ever.", "It was the VIX's biggest jump ever."
    >>> move_rank(s, re.search("biggest", s)), move_rank(top, re.search("biggest", top))
    (('rank:2',), ())
    """
    found = ORDINAL.search(s[: m.start("ext") if "ext" in m.re.groupindex else m.start()])
    if found is None:
        return ()
    word = re.match(r"\d+|[a-z]+", found.group(0).lower())
    assert word is not None
    n = int(word.group(0)) if word.group(0).isdigit() else ORDINALS.index(word.group(0)) + 2
    return (f"rank:{n}",) if 1 < n <= 10 else ()


# The period a sentence's move is told over: "annual gains", "in 2025", "this week".
_TOLD_PERIOD = re.compile(
    rf"\b(?:(?P<Y>annual|yearly|(?:this|the|calendar) year|in {YEAR_RE}|year-to-date)"
    r"|(?P<Q>quarterly|this quarter)|(?P<M>monthly|this month)|(?P<W>weekly|this week))\b",
    re.IGNORECASE,
)


def _period_told(s: str, pos: int) -> str:
    """The period of "its best performance" from the words before it ("heading for annual
    growth near 60%, its best performance since 2008": a year); a session when none."""
    told = list(_TOLD_PERIOD.finditer(s, 0, pos))
    return next((k for k, v in told[-1].groupdict().items() if v), "D") if told else "D"


def _stated_period(s: str) -> str:
    """The period of a ranked move that names none ("up 150% in 2025, its best performance
    since 1979"; "off 9% over the first half of 2025, its weakest performance since 1980":
    first halves): the one every window of the sentence is of, else a session."""
    codes = {
        w.split(":")[1] if w.startswith("part:") else _WINDOW_PERIODS.get(w.split(":")[0])
        for _, w in find_windows(s)
    }
    return codes.pop() or "D" if len(codes) == 1 else "D"


def _year_ranked(s: str) -> tuple[str, ...]:
    """``("at:2024",)`` when the sentence's moves are all told of one calendar year ("rose
    31% in 2023, its largest yearly rise since 2011"): the year ranked, not the latest."""
    years = {w[4:] for _, w in find_windows(s) if w.startswith("cal:")}
    return (f"at:{years.pop()}",) if len(years) == 1 else ()


def _performance_period(s: str, span: str) -> str:
    """The period of "its best performance since 1979", told with no period and no window:
    a year when ranked back to a year and no day is named in the sentence (a session's rank
    names its day or "day"), else a session."""
    if re.fullmatch(rf"since:{YEAR_RE}", span) and find_when(s) is None:
        return "Y"
    return "D"


#: The period of a stated window ("in 2025": a year; "this week": a week).
_WINDOW_PERIODS = {"day": "D", "week": "W", "month": "M", "mtd": "M"} | dict.fromkeys(
    ("ytd", "year", "cal"), "Y"
)


def move_records(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """Records of moves stated in sentence ``s`` (number ``i``); a move ranked below the top
    ("the 2nd-best week since 2023") carries its rank (qualifier ``rank:N``)."""
    out = []
    for m in _MOVE_RECORD_RE.finditer(s):
        what, ext = m.group("what").lower(), m.group("ext").lower()
        worst = what in _DOWN_WORDS or ext == "worst"
        if what == "performance" and ext in ("best", "strongest"):
            worst = False
        per = _PERIODS[m.group("per").lower()] if m.group("per") else _period_told(s, m.start())
        per = per if m.group("per") or per != "D" else _stated_period(s)  # "up 25% this year"
        if what == "performance" and not m.group("per") and per == "D":
            per = _performance_period(s, span_window(m))  # "its best performance since 1979"
        op = f"{'worst' if worst else 'best'}:{per}"
        told = _intraday(s, m) + move_rank(s, m)  # "the 2nd-best weekly gain": ranked 2nd
        told += _year_ranked(s) if per == "Y" else ()  # "27% in 2024, its biggest annual gain"
        for named in _ranked_assets(s, m, mentions, subject, True):
            out += [
                Claim(i, "record", named, m.group(0), o, window=span_window(m), qualifiers=told)
                for o in _paired(m, op)
            ]
    for m in _AFTER_MOVE_RE.finditer(s):
        worst = m.group("what").lower() in _DOWN_WORDS or m.group("ext").lower() == "worst"
        op, told = f"{'worst' if worst else 'best'}:D", _intraday(s, m) + move_rank(s, m)
        for named in _ranked_assets(s, m, mentions, subject, True):
            out.append(
                Claim(i, "record", named, m.group(0), op, window=span_window(m), qualifiers=told)
            )
    for m in _PERIOD_RECORD_RE.finditer(s):  # "its 2nd-best week since 2023": ranked 2nd
        asset = ranked_asset(s, m, mentions, subject, ordinal=True)
        if asset is None or any(c.asset == asset for c in out):
            continue
        side = "worst" if m.group("ext").lower() in ("worst", "weakest") else "best"
        per = m.group("per").lower()
        code = _PERIOD_CODES.get(per) or f"M{MONTHS.index(per) + 1}"  # "M9": Septembers only
        op, told = f"{side}:{code}", move_rank(s, m)
        out += [
            Claim(i, "record", asset, m.group(0), o, window=span_window(m), qualifiers=told)
            for o in _paired(m, op)
        ]
    out += record_counts(s, mentions, subject, i)  # "its sixth straight record close"
    return [_session_day(c, s) for c in out] + _ranked_runs(s, mentions, subject, i)


def _paired(m: re.Match[str], op: str) -> list[str]:
    """``op`` and, for a pair of superlatives ("its best and worst days since 2023"), the
    other side's too."""
    if not m.group("pair") or m.group("pair").lower() == m.group("ext").lower():
        return [op]
    side, per = op.split(":")
    return [f"{'best' if side == 'worst' else 'worst'}:{per}", op]


#: The kinds of time that name one session: "on Monday", "yesterday", "on March 4".
_DAY_WHENS = ("weekday", "yesterday", "date")


def _session_day(c: Claim, s: str) -> Claim:
    """A ranked session move with the day its sentence names ("fell 3% on Monday, its
    largest one-day fall in two years"): ranked on that day (``when``), not the article's.

    >>> s = "On Tuesday the dollar had its biggest one-day gain in a year."
    >>> c = Claim(0, "record", "dxy", "biggest one-day gain in a year", "best:D")
    >>> _session_day(c, s).when, _session_day(replace(c, op="best:W"), s).when
    (('weekday', 1), None)
    """
    if c.when is not None or not (c.op or "").endswith(":D"):
        return c
    at = s.find(c.words)
    when = find_when_at(s, max(at, 0))
    return replace(c, when=when) if when is not None and when[0] in _DAY_WHENS else c


def _intraday(s: str, m: re.Match[str]) -> tuple[str, ...]:
    """The qualifier ``intraday`` of a ranked move said of the swing within a session ("the
    biggest intraday drop since 2013", "an intraday loss ... that was the biggest on
    record"): closes alone cannot settle it."""
    said = re.search(r"\bintra-?day\b", s[max(0, m.start() - 20) : m.end()], re.IGNORECASE)
    return ("intraday",) if said else ()


def _ranked_assets(
    s: str, m: re.Match[str], mentions: list[AssetMention], subject: str | None, ordinal: bool
) -> list[str]:
    """The assets whose moves ``m`` ranks: :func:`ranked_asset`, or every asset named
    before it when "both" (or "the two") heads it ("gold and silver ... after both markets
    suffered their steepest declines in decades"); a rank below the top counts only where
    ``ordinal`` (a session's move, which :func:`move_rank` grades)."""
    asset = ranked_asset(s, m, mentions, subject, ordinal=ordinal)
    if asset is None:
        return []
    before = [x for x in mentions if x.start < m.start() and x.asset not in GROUPS]
    named = list(dict.fromkeys(x.asset for x in before))
    if len(named) == 2 and _BOTH.search(s, before[-1].end, m.start()):
        return named
    return [asset]


def _ranked_runs(s: str, mentions: list[AssetMention], subject: str | None, i: int) -> list[Claim]:
    """Ranked starts of a year (op ``worst:YTD``) and ranked streaks (qualifier ``streak``:
    the run's length is ranked) stated in sentence ``s``."""
    out = []
    for m in _START_RECORD_RE.finditer(s):
        asset = ranked_asset(s, m, mentions, subject)
        side = "worst" if m.group("ext").lower() in ("worst", "weakest") else "best"
        if asset is not None:
            out.append(Claim(i, "record", asset, m.group(0), f"{side}:YTD", window=span_window(m)))
    for m in _STREAK_RECORD_RE.finditer(s):
        asset = ranked_asset(s, m, mentions, subject)
        per = _PERIODS.get((m.group("per") or m.group("per2") or "daily").lower(), "D")
        side = "best" if m.group("up") or m.group("up2") else "worst"
        if asset is not None:
            window = span_window(m)
            out.append(
                Claim(
                    i,
                    "record",
                    asset,
                    m.group(0),
                    f"{side}:{per}",
                    window=window,
                    qualifiers=("streak",),
                )
            )
    return out
