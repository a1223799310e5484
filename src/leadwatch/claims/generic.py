"""Lines that state no market fact: a saying quoted as such (pure).

"pundits like to say 'silver rises when the euro falls'", "as the old
adage goes, silver follows gold", "stock phrases like 'gold rose on fear'": the moves
inside a saying are a story, not what the market did (:func:`saying_start`); so are those
of a rule in the present ("When the dollar is down, gold is up": :func:`outside_sayings`),
and so are those said of past episodes in general ("during earlier bull runs", "in previous
bull markets", "Historically,", "History shows that ...": :func:`outside_history`); a dated
past ("Back in 2021") is another matter, graded on its date. A record hoped for is none
either ("raising expectations that a new all-time high ...", "betting on a fresh record"),
and a change in economic data names no asset's move ("a 0.2% increase in consumer prices",
"a 3.2% fall in weekly jobless claims"). A condition put first with "should" ("should
its outperformance begin to fade") states nothing, nor does a comparison with no figure
inside a view quoted from a speaker ("'ether is catching up with bitcoin,' she said").

Examples
--------
>>> s = "Traders often say things like 'ether is up because stocks are up'."
>>> s[saying_start(s):][:8]
"'ether i"
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import find_assets
from leadwatch.claims.clauses import clause_start
from leadwatch.claims.model import Claim
from leadwatch.claims.nonmarket import market_figures
from leadwatch.claims.vocabulary import words_re

__all__ = ["habitual", "outside_history", "outside_sayings", "rare_event", "saying_start"]

_SAYING = re.compile(
    r"\b(?:(?:say|says|said|saying|claim|claims|repeat|repeated|hear|heard)\s+(?:things|something)"
    r"\s+like|(?:phrases?|headlines?|lines|clich(?:e|\u00e9)s?|tropes?|slogans?)\s+(?:like|such as)"
    r"|(?:would|will|used to|like to|love to)\s+(?:\w+\s+)?(?:say|claim|argue|repeat)"
    r"|the (?:old |familiar |usual )?(?:adage|saying|mantra|refrain|cliche|cliché)"
    r"(?:\s+(?:is|goes|that))?|as the (?:old )?(?:saying|adage) goes)\b[\s:,]*",
    re.IGNORECASE,
)


def saying_start(s: str) -> int | None:
    """Where a saying quoted as such starts in ``s`` (its moves are a story), else ``None``."""
    m = _SAYING.search(s)
    return None if m is None else m.end()


# A rule stated in the present: "When the dollar is down, gold is up", "Whenever stocks
# slump, gold rallies", "If bitcoin is up, ether is up more".
_RULE = re.compile(
    r"\b(?:when|whenever|if|each time|every time|as long as)\b[^,;.]{0,60}?"
    r"\b(?:(?:is|are) (?:up|down|higher|lower|rising|falling)|rises|falls|gains|drops|climbs"
    r"|slides|slumps|rallies|jumps|sinks|weakens|strengthens|goes (?:up|down))\b",
    re.IGNORECASE,
)


def outside_sayings(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims of sentence ``s`` but those stated inside a saying, the bare moves of a
    rule in the present with no figure ("When the dollar is down, gold is up") and those
    said of past episodes in general (:func:`outside_history`); stories stay."""
    claims = [c for c in outside_history(s, market_figures(s, claims)) if not _unstated(s, c)]
    if _RULE.search(s) and not re.search(r"\d", s):
        claims = [c for c in claims if c.kind != "move" or c.when is not None]
    claims = [c for c in claims if not habitual(s, c) and not rare_event(s, c)]
    start = saying_start(s)
    if start is None:
        return claims
    return [c for c in claims if c.kind == "narrative" or s.find(c.words) < start]


# A habit told in the present: "uncertainty always drives gold higher", "a weak dollar
# usually lifts silver", "rate cuts tend to push bitcoin up": no move on a day.
_HABIT = re.compile(
    r"\b(?:always|usually|typically|normally|generally|invariably|tends? to|often)\s+"
    r"(?!been\b|was\b|were\b|had\b|has\b|have\b)[a-z]+s?\b",
)
# A move named as a kind of event with its frequency: "a 15% drawdown is rare", "a 10%
# correction happens about once every two years", "such a drop occurs on average ...".
_EVENTS = ("drawdowns?", "corrections?", "declines?", "drops?", "falls?", "crashes", "crash")
_MOVES = ("rall(?:y|ies)", "gains?", "moves?", "swings?", "sell-?offs?", "slumps?", "surges?")
_EVENT_NOUN = re.compile(
    rf"\s*(?:[a-z-]+\s+)?{words_re((*_EVENTS, *_MOVES, 'pullbacks?'))}\b", re.I
)
_INDEFINITE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|that|while)\s+)\W*(?:an?|such an?)\s+$", re.IGNORECASE
)
#: How often: "once every two years", "on average", "is rare", "happens".
_EVERY = r"(?:once|twice|\d+ times) (?:every|a|per|in) (?:\w+ )?(?:years?|decades?|months?)"
_RARE = ("rare", "uncommon", "common", "unusual", "typical", "normal")
_FREQUENCY = re.compile(
    rf"\b{_EVERY}\b|\b(?:on average|an average of)\b"
    rf"|\b(?:is|are) (?:(?:very|quite|fairly) )?{words_re(_RARE)}\b|\b(?:happens?|occurs?)\b",
    re.IGNORECASE,
)


def habitual(s: str, c: Claim) -> bool:
    """Whether ``c`` is a figureless move told as a habit in the present ("uncertainty
    always drives gold higher", "rate cuts tend to lift bitcoin"): a rule, not a move.

    >>> c = Claim(0, "move", "gold", "drives gold higher", "up")
    >>> habitual("Fear always drives gold higher.", c), habitual("Fear drives gold higher.", c)
    (True, False)
    """
    if c.kind != "move" or c.when is not None or c.pct is not None or c.level is not None:
        return False
    pos = s.find(c.words)
    return pos >= 0 and any(
        m.start() <= pos + 1 and clause_start(s, pos) <= m.start() for m in _HABIT.finditer(s)
    )


def rare_event(s: str, c: Claim) -> bool:
    """Whether the figure of ``c`` names a kind of move whose frequency the sentence tells
    ("A 15% drawdown is rare; it happens once every 30 months"): a statistic, no move.

    >>> c = Claim(0, "percent", "spx", "12%", "down", pct=12.0)
    >>> rare_event("A 12% slump happens about once every four years.", c)
    True
    >>> rare_event("Stocks fell 12%, a slump that happens once every four years.", c)
    False
    """
    pos = s.find(c.words)
    if c.pct is None or c.when is not None or pos < 0 or not _FREQUENCY.search(s):
        return False
    lead = _INDEFINITE.search(s[:pos])
    return lead is not None and _EVENT_NOUN.match(s, pos + len(c.words)) is not None


# Past episodes in general, not a dated one: "during earlier rallies", "in previous cycles".
_EPISODES = (
    r"cycles?|runs?|rall(?:y|ies)|bull (?:runs?|markets?|cycles?)|bear markets?|episodes?"
    r"|crises|crashes|downturns|sell-?offs?|halvings?|eras|decades|booms?|busts?|recessions?"
    r"|instances|occasions|periods of \w+|spikes|surges|corrections|drawdowns|squeezes"
)
_HISTORY = re.compile(
    r"\b(?:(?:during|in|over|across|through(?:out)?|unlike|as in|like) (?:the |its |their )?"
    r"(?:past|previous|prior|earlier|former|other|many) (?:[\w-]+ ){0,2}(?:" + _EPISODES + r")"
    r"|historically|history (?:suggests|shows|tells us|says|indicates|teaches)"
    r"|in the past(?=\s*[,;.]|\s+(?:when|whenever)\b))\b",
    re.IGNORECASE,
)
_GRADED = ("move", "percent", "comparison", "record", "level")


def outside_history(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims of ``s`` but those said of past episodes in general: in a clause that
    names them ("ether trailed bitcoin during earlier bull runs, ...") or in the clause
    that a sentence-opening one leads ("Historically, bitcoin has rallied 20% after ...").

    >>> c = Claim(0, "percent", "btc", "rallied 20%", "up", pct=20.0)
    >>> len(outside_history("In past cycles, bitcoin rallied 20% after a halving.", [c]))
    0
    >>> len(outside_history("Over the past week, bitcoin rallied 20%.", [c]))
    1
    """
    marks = list(_HISTORY.finditer(s))
    if not marks:
        return claims
    return [c for c in claims if c.kind not in _GRADED or not _in_history(s, c, marks)]


def _in_history(s: str, c: Claim, marks: list[re.Match[str]]) -> bool:
    pos = max(s.find(c.words), 0)
    lo, end = clause_start(s, pos), pos + len(c.words)
    hi = next((q for q in range(end, len(s)) if clause_start(s, q) != clause_start(s, end)), len(s))
    for m in marks:
        if lo <= m.start() < hi:
            return True  # the clause names the past episodes
        opens = not s[: m.start()].strip(" \"'\u201c")
        if opens and m.end() <= pos and clause_start(s[m.end() : pos].lstrip(" ,"), pos) == 0:
            return True  # "Historically, bitcoin has rallied 20%"
    return False


# A record as the object of a hope or a bet: "expectations that a new all-time high",
# "speculation that a record", "betting on a fresh record", "optimism about a new peak".
_HOPES = (
    *("expectations?", "expecting", "speculation", "bets?", "betting", "wagers?", "optimism"),
    *("hopes?", "hoping", "talk", "predictions?", "calls?", "dreams?", "anticipation", "odds"),
)
_LEAD = ("a", "an", "the", "its", "new", "fresh", "further", "another", "even")
_HOPED = re.compile(
    rf"\b{words_re(_HOPES)} (?:that|of|for|on|about)\s+(?:{words_re(_LEAD)}\s+)*$", re.I
)
# A change in economic data after its figure: "0.2% increase in consumer prices".
_DATA = (
    *("claims", "sales", "orders", "payrolls", "inflation", "CPI", "PPI", "PCE", "GDP"),
    *("output", "production", "spending", "income", "wages", "earnings", "starts", "permits"),
    *("jobs", "employment", "unemployment", "exports", "imports", "deficit", "surplus"),
    *("confidence", "sentiment", "activity", "openings", "inventories", "stockpiles"),
    *("revenues?", "profits?", "(?:consumer|producer|import|export|home|housing|food) prices"),
)
_IN_DATA = re.compile(
    rf"\s*(?:[a-z-]+\s+)?in\s+(?P<np>(?:the\s+)?(?:[\w.-]+\s+){{0,3}}?{words_re(_DATA)})\b", re.I
)


# A condition put first with "should": "should its outperformance begin to falter", "Should
# bitcoin slip below $80,000, ...": its clause states nothing.
_SHOULD = re.compile(
    r"\bshould (?:its|their|the|this|that|(?-i:[A-Z])[\w.&-]*)\b(?! be\b)[^,;.]*", re.IGNORECASE
)


# A view quoted from someone, the speaker after it: "\u201cX is catching up after lagging
# Y,\u201d an analyst said", "'Y leads here,' she wrote".
_VIEW = re.compile(
    r"[\"\u201c](?P<q>[^\"\u201c\u201d]{10,400})[\"\u201d]\s*,?\s*(?:[\w.'\u2019-]+,?\s+){0,10}?"
    r"(?:said|says|observed|noted|notes|wrote|writes|told|added|argued|explained|commented)\b"
)


def _unstated(s: str, c: Claim) -> bool:
    """A record hoped for, a change in economic data named after its figure, or a
    comparison with no figure inside a view quoted from someone (an opinion)."""
    pos = s.find(c.words)
    if pos < 0:
        return False
    bare = c.kind == "comparison" and c.pct is None and c.level is None
    if bare and any(m.start("q") <= pos < m.end("q") for m in _VIEW.finditer(s)):
        return True  # "'ether is catching up with bitcoin,' she said": an opinion
    if any(m.start() <= pos < m.end() for m in _SHOULD.finditer(s)):
        return True  # "should its outperformance falter": a condition, not a fact
    if c.kind == "record":  # "bets on the first rate cut since 2020": the past is stated
        return c.op not in ("cut", "hike") and _HOPED.search(s, max(0, pos - 60), pos) is not None
    data = _IN_DATA.match(s, pos + len(c.words)) if c.pct is not None else None
    return data is not None and not find_assets(data.group("np"))
