"""Rule-based claim extraction: price levels, records, moves, comparisons, percentages, stories.

:func:`extract_claims` reads an article and returns an :class:`Extraction`: its
sentences and the market claims found in them. Each :class:`Claim` keeps the
sentence it came from, the words that matched and what would check it. The rules
are deliberately transparent (one regular expression per pattern below); a
model-based extractor can later return the same :class:`Claim` objects.

Patterns
--------
``level``
    ``<asset> ... broke through | at | approaching | above | below $X`` (``$90,000``,
    ``$83/oz``, ``$90k``); the asset is the nearest one named before the price.
``record``
    ``all-time high``, ``record high``, ``new high`` (``all-time low``/``record low``).
``move``
    ``<asset> surged/rallied/fell``, ``pushed <asset> lower``, ``weakened <asset>``,
    ``the rally has been building for months`` (the subject carried over).
``comparison``
    ``surpassed <asset>``, ``outperformed``, ``has not followed``, ``lagged``.
``percent``
    ``<asset> rose/fell N%``; a percentage about something the store does not hold
    (an industry's growth) becomes a ``figure`` claim, not checkable.
``narrative``
    Generalisations ("historically", "often", "tends to", "in previous cycles") and
    lead-lag language, mapped to built-in theses by :func:`map_theses`.
``expectation``
    What markets expect of the Fed: not in the store, so not checkable.

Examples
--------
>>> ex = extract_claims("Silver surged to a fresh all-time high today at $101. "
...                     "Bitcoin has not followed.")
>>> [(c.kind, c.asset, c.op, c.level, c.when) for c in ex.claims]
[('level', 'silver', 'at', 101.0, ('today', 0)), ('record', 'silver', 'high', None, ('today', 0)), \
('comparison', 'btc', 'lags', None, None)]
>>> ex.claims[-1].other
'silver'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from leadwatch.claims.text import (
    AssetMention,
    KnownAssets,
    Sentence,
    find_assets,
    find_when,
    split_sentences,
)

__all__ = ["Claim", "Extraction", "extract_claims", "map_theses"]

PRICED = KnownAssets("silver", "gold", "btc", "dxy", "real_yield_10y", "fed_funds")

_PRICE_RE = re.compile(
    r"(?P<op>broke through|breaking through|breaks through|broke above|breaking above|"
    r"surpass(?:ed|ing)?|topp(?:ed|ing)|crossed|approaching|nearing|near|close to|around|"
    r"above|over|below|under|at|to|hit|hitting|reach(?:ed|ing)?)"
    r"(?: the| a| an| roughly| about)? \$\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<k>\s?(?:k|K|thousand)\b)?(?P<after>[^.;,]{0,20})",
    re.IGNORECASE,
)
_OPS = {
    "broke": "break",
    "breaking": "break",
    "breaks": "break",
    "surpass": "break",
    "topp": "break",
    "crossed": "break",
    "approaching": "near",
    "nearing": "near",
    "near": "near",
    "close": "near",
    "around": "near",
    "above": "above",
    "over": "above",
    "below": "below",
    "under": "below",
}
_NOT_A_PRICE = re.compile(r"^\s*(?:call|put|strike|option)", re.IGNORECASE)
_RECORD_RE = re.compile(
    r"\b(?:all[- ]time|record|new|fresh) (?P<hl>high|low)s?\b|\bATH\b|\brecord\b", re.IGNORECASE
)
_UP = r"surg\w*|rall\w*|r[io]se|rising|climb\w*|gain\w*|jump\w*|soar\w*|advanc\w*|strength\w*"
_DOWN = r"fell|fall\w*|drop\w*|declin\w*|slump\w*|weak\w*|slid|lower|plung\w*"
_MOVE_RE = re.compile(rf"\b(?P<up>{_UP}|higher|upward)\b|\b(?P<down>{_DOWN})\b", re.IGNORECASE)
# A finite verb right after the asset ("silver prices surged", "gold has fallen").
_VERB_UP = (
    r"surged|rallied|rose|climbed|gained|jumped|soared|advanced|strengthened"
    r"|(?:is|are) (?:rising|surging|rallying|climbing)"
)
_VERB_DOWN = (
    r"fell|dropped|declined|slumped|slid|plunged|weakened"
    r"|(?:is|are) (?:falling|declining|weakening|dropping)"
)
_AFTER_ASSET = re.compile(
    rf"^(?:'s|\u2019s)?(?: prices?)?(?: (?:has|have|had))?(?: now| also| just)?(?: been)? "
    rf"(?:(?P<up>{_VERB_UP})|(?P<down>{_VERB_DOWN}))\b",
    re.IGNORECASE,
)
# "pushed real yields lower"; "weakened the dollar"; "the rally has been building for months".
_PUSH_RE = re.compile(
    r"\b(?:push\w*|send\w*|driv\w*) (?P<obj>[\w .]{1,30}?) (?P<dir>lower|higher)\b", re.I
)
_CAUSE_RE = re.compile(r"\b(?P<verb>weaken(?:ed|ing)|strengthen(?:ed|ing)) ", re.I)
_TREND_RE = re.compile(
    r"\b(?:the|this) (?:rally|upward trend|uptrend|rise|advance|trend)\b", re.IGNORECASE
)
_PCT_RE = re.compile(r"(?P<num>[+-]?\d+(?:[.,]\d+)?)\s?(?:%|per ?cent\b)", re.IGNORECASE)
_OUTPERF_RE = re.compile(
    r"\b(?:surpass\w*|outperform\w*|outpac\w*|(?:best|strongest)[- ]performing)\b", re.IGNORECASE
)
_LAG_RE = re.compile(
    r"\b(?:(?:has|have|had) not (?:followed|rallied|kept pace)|not yet followed|lagg\w*|"
    r"lagged|trail\w*|underperform\w*)\b",
    re.IGNORECASE,
)
_GENERAL_RE = re.compile(
    r"\b(?:historically|historical|often|usually|typically|tends? to|in previous cycles|"
    r"past cycles|traditionally|paves? the way|preceded|precedes|lag of|with a lag|requires a lag|"
    r"weeks (?:to|or even) months|no coincidence|linkage|simultaneously|"
    r"opportunity cost|once (?:fear|liquidity)|debasement|monetary hedge|not an immediate|"
    r"meaningful for|key triggers|loose liquidity|performed best|does best)\b",
    re.IGNORECASE,
)
_EXPECT_RE = re.compile(
    r"\b(?:expected to|pricing in|betting that|expectations? (?:for|of)|will initiate)\b",
    re.IGNORECASE,
)
_WINDOW_RE = re.compile(
    r"\b(?P<months>(?:for|over) (?:the past |several |a few |multiple )*(?:few )?months|"
    r"several months|for months)\b|\b(?P<year>this year|over the past year|year[- ]to[- ]date)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Claim:
    """One market claim: the sentence it came from, what it says, and how to check it.

    Attributes
    ----------
    sentence
        Index of its sentence in :attr:`Extraction.sentences`.
    kind
        ``level``, ``record``, ``move``, ``comparison``, ``percent``, ``narrative``,
        ``figure`` or ``expectation``.
    asset, other
        Catalog ids of the asset and (comparisons) the asset it is set against.
    op
        ``at``/``near``/``above``/``below``/``break`` (levels), ``high``/``low``
        (records), ``up``/``down`` (moves, percentages), ``outperforms``/``lags``.
    level, pct
        The price level (USD) or percentage stated.
    when
        The time expression of the sentence (:func:`leadwatch.claims.text.find_when`).
    window
        ``months`` (about 3 months), ``year`` or ``None`` (the default window).
    words
        The words that matched.
    theses
        Built-in theses a narrative claim maps to.
    """

    sentence: int
    kind: str
    asset: str | None
    words: str
    op: str | None = None
    level: float | None = None
    pct: float | None = None
    other: str | None = None
    when: tuple[str, Any] | None = None
    window: str | None = None
    accelerating: bool = False
    theses: tuple[str, ...] = ()

    def describe(self) -> str:
        """The claim in a few words."""
        a = self.asset or "-"
        if self.kind == "level":
            return f"{a} {self.op} ${self.level:,.0f}" if self.level else f"{a} {self.op}"
        if self.kind == "record":
            return f"{a} at a record {self.op}"
        if self.kind in ("move", "percent"):
            pct = f" {self.pct:g}%" if self.pct is not None else ""
            return f"{a} {self.op}{pct}"
        if self.kind == "comparison":
            return f"{a} {self.op} {self.other or '?'}"
        if self.kind == "narrative":
            return "story: " + (", ".join(self.theses) or "no built-in thesis")
        return f"{self.kind}: {self.words}"


@dataclass(frozen=True, slots=True)
class Extraction:
    """The article's sentences, the claims found in them, and the periods it names.

    ``periods`` lists ``(sentence, when)`` for every month or "beginning of YEAR"
    the body names; they bound the article's date.
    """

    text: str
    sentences: tuple[Sentence, ...]
    claims: tuple[Claim, ...] = field(default=())
    periods: tuple[tuple[int, tuple[str, Any]], ...] = field(default=())


def _nearest_before(mentions: list[AssetMention], pos: int, priced: bool = True) -> str | None:
    best = None
    for m in mentions:
        if m.start < pos and (not priced or m.asset in PRICED):
            best = m.asset
    return best


def _levels(s: str, mentions: list[AssetMention], when: Any, index: int) -> list[Claim]:
    out = []
    for m in _PRICE_RE.finditer(s):
        if _NOT_A_PRICE.match(m.group("after")):
            continue
        asset = _nearest_before(mentions, m.start())
        if asset is None:
            continue
        value = float(m.group("num").replace(",", ""))
        if m.group("k"):
            value *= 1000.0
        word = m.group("op").lower().split()[0]
        op = next((v for k, v in _OPS.items() if word.startswith(k)), "at")
        out.append(Claim(index, "level", asset, m.group(0).strip(), op, value, when=when))
    return out


def _records(s: str, mentions: list[AssetMention], subject: str, when: Any, i: int) -> list[Claim]:
    m = _RECORD_RE.search(s)
    if m is None:
        return []
    asset = _nearest_before(mentions, m.start()) or subject
    hl = (m.group("hl") or "high").lower()
    return [Claim(i, "record", asset, m.group(0), hl, when=when)]


def _window(s: str) -> str | None:
    m = _WINDOW_RE.search(s)
    return None if m is None else ("months" if m.group("months") else "year")


def _is_heading(s: str) -> bool:
    """A heading glued into the text ("Why Bitcoin Has Not Rallied Alongside Silver")."""
    words = s.split()
    return (
        not re.search(r"[.!?\u3002\uff01\uff1f:;\"\u201d]$", s)
        and len(words) <= 10
        and all(
            w[:1].isupper() or not w[:1].isalpha() or w in ("and", "of", "the", "to", "in", "is")
            for w in words
        )
    )


def _sentence_claims(
    s: str, index: int, mentions: list[AssetMention], subject: str, previous: list[str]
) -> list[Claim]:
    if _is_heading(s):
        return []
    when = find_when(s)
    priced = [m.asset for m in mentions if m.asset in PRICED]
    assets = [m.asset for m in mentions]
    if not assets and re.search(r"\b(?:both|these two|the two)\b", s, re.IGNORECASE):
        assets = previous
    if _GENERAL_RE.search(s) and (assets or re.search(r"\b(?:rally|rallies)\b", s)):
        names = map_theses(s, assets or [subject])
        first = next((a for a in assets if a in PRICED), subject)
        return [Claim(index, "narrative", first, s, theses=names)]
    claims: list[Claim] = []
    if _EXPECT_RE.search(s) and "fed_funds" in priced:
        claims.append(Claim(index, "expectation", "fed_funds", s))
    claims += _levels(s, mentions, when, index)
    claims += _records(s, mentions, subject, when, index)
    window = _window(s)
    compare = _LAG_RE.search(s) or _OUTPERF_RE.search(s)
    if compare:
        op = "lags" if _LAG_RE.search(s) else "outperforms"
        first = _nearest_before(mentions, compare.start()) or (priced[0] if priced else subject)
        others = [a for a in priced if a not in (first, "dxy", "real_yield_10y", "fed_funds")]
        other = others[0] if others else (subject if subject != first else None)
        claims.append(
            Claim(
                index,
                "comparison",
                first,
                compare.group(0),
                op,
                other=other,
                when=when,
                window=window,
            )
        )
        return claims
    for pct in _PCT_RE.finditer(s):
        asset = _nearest_before(mentions, pct.start())
        move = _MOVE_RE.search(s)
        if asset is None or move is None:
            claims.append(Claim(index, "figure", asset, pct.group(0), pct=_num(pct)))
        else:
            op = "up" if move.group("up") else "down"
            claims.append(
                Claim(index, "percent", asset, pct.group(0), op, pct=_num(pct), when=when)
            )
    if any(c.kind in ("percent", "figure") for c in claims):
        return claims
    accel = bool(re.search(r"\baccelerat\w*", s, re.IGNORECASE))
    for asset, op, words in _moves(s, mentions, subject, window):
        if any(c.asset == asset and c.kind != "expectation" for c in claims):
            continue
        claims.append(
            Claim(index, "move", asset, words, op, when=when, window=window, accelerating=accel)
        )
    return claims


def _moves(
    s: str, mentions: list[AssetMention], subject: str, window: str | None
) -> list[tuple[str, str, str]]:
    """(asset, up/down, words) for each move stated with its asset (rules in the module doc)."""
    found: list[tuple[str, str, str]] = []
    for m in mentions:
        after = _AFTER_ASSET.match(s[m.end :])
        if after and m.asset in PRICED:
            found.append((m.asset, "up" if after.group("up") else "down", m.words + after.group(0)))
    for push in _PUSH_RE.finditer(s):
        for m in mentions:
            if push.start("obj") <= m.start < push.end("obj") and m.asset in PRICED:
                found.append((m.asset, "down" if push.group("dir") == "lower" else "up", push[0]))
    for cause in _CAUSE_RE.finditer(s):
        for m in mentions:
            gap = s[cause.end() : m.start] if m.start >= cause.end() else "x"
            if gap in ("", "the ") and m.asset in PRICED:
                verb = cause.group("verb").lower()
                found.append((m.asset, "down" if verb[0] == "w" else "up", cause[0] + m.words))
    trend = _TREND_RE.search(s)
    if trend and window and not mentions:
        found.append((subject, "up", trend.group(0)))
    return found


def _num(m: re.Match[str]) -> float:
    return float(m.group("num").replace(",", "."))


def map_theses(sentence: str, assets: list[str]) -> tuple[str, ...]:
    """Built-in theses a narrative sentence speaks to (rules by asset pair and wording).

    >>> map_theses("Bitcoin has followed gold and silver with a lag of weeks", ["btc", "gold",
    ...            "silver"])
    ('silver-leads-bitcoin', 'gold-leads-bitcoin')
    """
    s = sentence.lower()
    has = set(assets)
    metal = bool(has & {"silver", "gold", "metals"})
    found: list[str] = []
    if re.search(r"real (?:yield|rate|interest)|weaker dollar|opportunity cost", s) and metal:
        found.append("real-yields-dollar-silver")
    if re.search(r"uncertainty|stress|rising risk|safe[- ]haven|flows? first|consolidat", s) and (
        metal or "btc" in has
    ):
        found.append("stress-metals-first")
    if re.search(
        r"debasement|liquidity expansion|rate cuts|fed actually|monetary hedge|performed best", s
    ):
        found.append("debasement-phase")
    if re.search(r"linkage|simultaneous|together|correlat|no coincidence|loose liquidity", s):
        found.append("liquidity-comovement")
    lead = re.search(r"preced|paves? the way|follow\w* .*lag|lag of|requires a lag|subsequent", s)
    if lead or ("btc" in has and re.search(r"\blag\b", s)):
        if "silver" in has or not has & {"gold"}:
            found.append("silver-leads-bitcoin")
        if "gold" in has:
            found.append("gold-leads-bitcoin")
    if re.search(r"breakout|all[- ]time high|record high", s) and re.search(
        r"meaningful|bullish|signal", s
    ):
        found.append("silver-ath-bitcoin")
    return tuple(dict.fromkeys(found))


def extract_claims(text: str) -> Extraction:
    """Split ``text`` into sentences and extract the market claims of the article body.

    Boilerplate (comments, disclaimers, page furniture after the article) is kept
    as sentences but yields no claims. Any text is accepted: empty, mixed scripts,
    markup (it is only matched, never interpreted).
    """
    sentences = tuple(split_sentences(text))
    claims: list[Claim] = []
    periods: list[tuple[int, tuple[str, Any]]] = []
    subject, metal, previous = "silver", "silver", ["silver"]
    for sent in sentences:
        if sent.boilerplate:
            continue
        mentions = find_assets(sent.text, metal)
        claims.extend(_sentence_claims(sent.text, sent.index, mentions, subject, previous))
        when = find_when(sent.text)
        if when is not None and when[0] in ("month", "year_start"):
            periods.append((sent.index, when))
        for m in mentions:
            if m.asset in ("silver", "gold"):
                metal = m.asset
        if mentions:
            previous = list(dict.fromkeys(m.asset for m in mentions))
            if mentions[0].asset in ("silver", "gold"):
                subject = mentions[0].asset
    return Extraction(text, sentences, tuple(claims), tuple(periods))
