"""Phrasings that read like a comparison or a move but state none to check (pure).

- A ranking by market value ("now the fifth-largest asset, ahead of Amazon and silver",
  "its market cap overtook Meta's and silver's"): who is bigger, not whose price rose
  more, so no outperformance (:func:`value_rank`).
- A cause told of a move with no figure and no time: "one more reason for the surge:
  ...", "the drivers of the selloff", "the prospect of levies has lifted the dollar" (a
  story of why, not a move on a day): the figureless move of such a sentence is no claim
  (:func:`drop_cause_moves`), nor is a push told in passing as another event's consequence
  ("Trump threatened tariffs, pushing yields higher") in a sentence naming no day, nor is
  an effect in a relative clause ("worries that weakened the dollar"), in a sentence
  opening as a consequence ("As a result, ether slid") or with causes as its subject
  ("These factors pushed silver to records", a record too;
  :mod:`leadwatch.claims.consequences`). A move with a figure or a day stays one.
- A figureless easing from records ("ether and bitcoin eased from their record peaks", "bitcoin
  slipped from its all-time highs") tells a record set lately, as "edged back from record
  levels" does: it is that record claim, not a move from close to close
  (:func:`eased_records`).
- A record of the gap between two quotes ("slipped to a discount for the first time since
  May"): :mod:`leadwatch.claims.spreadrecords`.
- A comparison with no asset to grade: a lag told of a whole field ("an industry still
  lagging behind stocks", "the sector trails"), or, in a sentence naming no window, a lag
  behind another market's record run as backdrop ("trading sideways, trailing the
  record-setting rally in gold") (:func:`compared_vague`).

:func:`unstated_moves` applies both to an article's claims.

Examples
--------
>>> value_rank("Bitcoin became the fifth-largest asset, surpassing silver and Amazon.")
True
>>> value_rank("With 40% yearly gains, ether beat silver and became the sixth-largest asset.")
False
>>> value_rank("Bitcoin outperformed silver this year.")
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from leadwatch.claims.assets import find_assets
from leadwatch.claims.clauses import unknown_subject
from leadwatch.claims.consequences import causes_subject, consequence_opening, relative_effect
from leadwatch.claims.oddsof import odds_of
from leadwatch.claims.pastepisodes import drop_past_episodes
from leadwatch.claims.premarket import before_the_open
from leadwatch.claims.referredmoves import drop_referred_moves
from leadwatch.claims.spreadrecords import drop_spread_records
from leadwatch.claims.vocabulary import MODAL_RE, WEEKDAYS, any_of, words_re

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = [
    "compared_ahead",
    "compared_vague",
    "drop_cause_moves",
    "eased_records",
    "unstated_moves",
    "value_rank",
]

#: Size by value: "market cap", "by market capitalisation", "the fifth-largest asset",
#: "the most valuable company", "by total value".
_BY_VALUE = re.compile(
    r"\bmarket (?:cap\b|capitali[sz]ation|value)"
    r"|\b(?:[\w-]+[- ])?(?:largest|biggest|most valuable)(?: \w+)? (?:assets?|compan(?:y|ies)"
    r"|cryptocurrenc(?:y|ies)|commodit(?:y|ies)|stocks?)\b(?: in the world| globally)?"
    r"|\bby (?:total )?value\b",
    re.IGNORECASE,
)
#: The cause of a move named as a noun: "behind the rally", "the drivers of the selloff",
#: "fuelled the surge".
_CAUSE_OF = re.compile(
    r"\b(?:factors?|drivers?|reasons?|catalysts?|forces?|tailwinds?|headwinds?|causes?)"
    r" (?:behind|for|of|driving) (?:the|this|that|its|their|today's) (?:[\w-]+ )?"
    r"(?:rally|rallies|surge|gains?|rise|advance|run|selloff|sell-off|slide|decline|drop|rout)\b",
    re.IGNORECASE,
)
#: A hope or a fear as the subject of a push, in the perfect: "the prospect of new levies
#: has pushed the dollar higher", "fears of a slowdown have driven yields lower".
_HOPES = ("prospects?", "expectations?", "hopes?", "fears?", "bets?", "worries", "concerns?")
_TALK = ("talk", "threats?", "uncertainty", "speculation")
_PUSHED = ("pushed", "driven", "sent", "lifted", "knocked", "dragged")
_PROSPECT_PUSH = re.compile(
    rf"\b{words_re((*_HOPES, *_TALK))} (?:of|over|about|for|that)\b[^.;]{{0,80}}?"
    rf"\b(?:has|have) {words_re(_PUSHED)}\b",
    re.IGNORECASE,
)

#: A push told in passing, as the consequence of another event ("Trump threatened tariffs,
#: pushing yields higher"), in a sentence that names no day: background, not a move to date.
_PUSHES = ("pushing", "sending", "driving", "lifting", "dragging", "knocking", "forcing")
_PUSHING = re.compile(rf"^{words_re(_PUSHES)}\b", re.IGNORECASE)
_ON_WEEKDAY = f"on {words_re(WEEKDAYS)}"
_DAY_WORD = any_of(
    "today", "yesterday", "overnight", _ON_WEEKDAY, "this (?:morning|afternoon|session)"
)

#: A verb of a small fall, then "from" a record: "eased from record peaks", "slipped back
#: from its all-time highs", "retreated from a record peak" (one of no other time).
_EASES = (
    *("eas(?:e|ed|es|ing)", "slip(?:s|ped|ping)?", "dip(?:s|ped|ping)?", "retreat(?:s|ed|ing)?"),
    *("declin(?:e|es|ed|ing)", "fell", "falls?", "falling", "drop(?:s|ped|ping)?"),
    *("sl(?:id|ides?|iding)", "pull(?:s|ed|ing)? back", "edged (?:back|lower|down)"),
    *("back(?:s|ed)? (?:off|away)", "c(?:a|o)me(?:s)? off", "coming off", "step(?:s|ped)? back"),
)
#: The peak's noun after "record": "record highs", "all-time peak" (or none: "records").
_PEAK = r"(?:\s+(?:highs?|peaks?|levels?|tops?))?"
#: What dates a record to another time: "the peak it set in October", "record highs of 2021".
_SET = ("set", "hit", "reached", "touched", "notched", "seen", "posted", "made", "recorded")
_SET_AT = words_re((*_SET, "struck", "of", "in", "above", "near", "at"))
_DATED = rf"\s+(?:(?:it|they|that|which)\s+)?{_SET_AT}\b"
_EASED_FROM = re.compile(
    rf"\b(?:{words_re(_EASES)}|(?:after|following)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:slump|slide|drop|fall|pullback|retreat|decline|sell-?off|correction|tumble|plunge))"
    r"\s+(?:back\s+)?from\s+(?:(?:its|their|the|a|an|recent|fresh|new)\s+)*"
    rf"(?:record|all[- ]time){_PEAK}s?\b(?!{_PEAK}{_DATED})",
    re.IGNORECASE,
)

#: Between a subject and its verb: no comma, semicolon or clause word ("while", "but").
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:while|whereas|but|as|after|when)\b", re.IGNORECASE)


#: A gain told before the comparison verb, ahead of any ranking by value: "up 60% in a
#: year, ether beat silver and then became a top-ten asset by size".
_GAINS = ("gains?", "returns?", "rise", "advance")
_SURPASSES = ("surpass", "outpac", "outperform", "outshin", "outstrip", "beat", "overt[ao]")
_GAIN_FIRST = re.compile(
    rf"\d\s?%[^.;$]{{0,30}}?\b{words_re(_GAINS)}\b[^.;$%]{{0,40}}?\b{words_re(_SURPASSES)}", re.I
)


def value_rank(s: str) -> bool:
    """Whether ``s`` ranks by market value (module doc): its "surpassing" is no
    outperformance (unless a gain told before the verb is what it surpasses with)."""
    m = _BY_VALUE.search(s)
    gain = _GAIN_FIRST.search(s)
    return m is not None and not (gain is not None and gain.end() <= m.start())


# A comparison still ahead: "will outperform", "expects gold to outpace silver", "tips it to
# outperform"; not one that goes on ("has continued to outperform").
_FORESEES = ("expect(?:s|ed)?", "tips?", "tipped", "sees?", "predicts?", "predicted")
_FORESEEN = words_re((*_FORESEES, "forecasts?", "poised", "set", "likely", "bound"))
_AHEAD = re.compile(
    rf"\b(?:{MODAL_RE}(?:n['\u2019]t| not)?|{_FORESEEN}(?: \w+)? to)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def compared_ahead(s: str, start: int) -> bool:
    """Whether the comparison verb at ``start`` of ``s`` is only foreseen ("will outperform",
    "expects gold to outpace silver", "the odds of gold beating silver": :mod:`~.oddsof`): a
    forecast, no comparison to grade.

    >>> compared_ahead("He tips ether to outperform bitcoin.", 17)
    True
    >>> compared_ahead("Ether has continued to outperform bitcoin.", 23)
    False
    """
    return _AHEAD.search(s[:start]) is not None or odds_of(s[:start])  # "the odds of"


#: A whole field as the comparison's subject: "an industry still lagging behind", "the
#: sector has trailed" (not an asset's name).
_FIELD_SUBJECT = re.compile(
    r"\b(?:an?|the|this|that|whole|entire)\s+(?:[\w-]+\s+)?(?:industry|sector|space|asset class"
    r"|ecosystem)\s+(?:(?:is|was|still|has|had|been|now|yet|also)\s+){0,3}$",
    re.IGNORECASE,
)
#: Another market's record run as what is lagged: "the record-breaking momentum in", "the
#: record-setting rally of".
_RECORD_RUN = re.compile(
    r"^\s+(?:behind\s+)?(?:the\s+)?record[- ](?:breaking|setting|high|shattering)\s+"
    r"(?:momentum|rally|rallies|run|surge|gains|advance)\b",
    re.IGNORECASE,
)


def compared_vague(s: str, verb: re.Match[str], window: str | None) -> bool:
    """Whether the comparison verb ``verb`` of ``s`` compares no asset to grade (module
    doc): one only foreseen (:func:`compared_ahead`), a field or a market the store does
    not know as its subject (:func:`~leadwatch.claims.clauses.unknown_subject`), or, with no
    ``window`` named, a record run of another market as its object.

    >>> s = "A buoyant year may come for an industry still lagging behind stocks."
    >>> compared_vague(s, re.search("lagging", s), None)
    True
    >>> s = "Ether, still lagging behind bitcoin, slipped."
    >>> compared_vague(s, re.search("lagging", s), None)
    False
    """
    if compared_ahead(s, verb.start()) or _FIELD_SUBJECT.search(s[: verb.start()]):
        return True
    if unknown_subject(s, verb.start(), find_assets(s)) is not None:
        return True  # "..., which saw Japanese stocks surpass ...": another market's
    return window is None and _RECORD_RUN.match(s[verb.end() :]) is not None


def drop_cause_moves(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the figureless, timeless moves of a sentence that tells a cause
    (module doc).

    >>> from leadwatch.claims.model import Claim
    >>> from leadwatch.claims.text import split_sentences
    >>> s = tuple(split_sentences("One big driver behind the rally: a new ETF rule."))
    >>> drop_cause_moves(s, [Claim(0, "move", "btc", "the rally", "up")])
    []
    """
    texts = {s.index: s.text for s in sentences}
    out = []
    for c in claims:
        s = texts.get(c.sentence, "")
        bare = c.kind == "move" and c.pct is None and c.level is None and c.when is None
        if bare and (_CAUSE_OF.search(s) or _PROSPECT_PUSH.search(s)):
            continue
        after_comma = s[: max(s.find(c.words), 0)].rstrip().endswith(",")
        unplaced = c.window in (None, "day") and not _DAY_WORD.search(s)  # no window told
        if bare and after_comma and unplaced and _PUSHING.match(c.words):
            continue  # "..., pushing yields higher": a consequence in passing
        if bare and unplaced and (relative_effect(s, c.words) or consequence_opening(s)):
            continue  # "threats that weakened the dollar", "As a result, ether slid"
        plain = c.kind in ("move", "record") and c.pct is None and c.level is None
        if plain and c.when is None and unplaced and causes_subject(s):
            continue  # "These factors pushed silver to records", "Such forces lifted gold"
        out.append(c)
    return out


def eased_records(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with each figureless fall of a sentence that eases "from record levels"
    told as the record set lately (module doc).

    >>> from leadwatch.claims.model import Claim
    >>> from leadwatch.claims.text import split_sentences
    >>> s = tuple(split_sentences("Gold eased from all-time peaks."))
    >>> [(c.kind, c.op) for c in eased_records(s, [Claim(0, "move", "gold", "Gold eased", "down")])]
    [('record', 'high')]
    """
    texts = {s.index: s.text for s in sentences}
    out: list[Claim] = []
    for c in claims:
        text = texts.get(c.sentence, "")
        eased = _EASED_FROM.search(text)
        bare = c.kind == "move" and c.op == "down" and c.pct is None and c.level is None
        if eased is None or not _subject_of(text, c.asset, eased.start()):
            out.append(c)
            continue
        noun = eased.group(0).lower().startswith(("after", "following"))  # "after a slump from"
        if noun and c.kind == "move" and c.pct is None and c.level is None:
            out.append(c)  # "climbed after a slide from fresh records": the move, the record
            c = replace(c, kind="record", op="high", words=eased.group(0), window="past:lately")
            if any((o.sentence, o.kind, o.asset) == (c.sentence, "record", c.asset) for o in out):
                continue
        elif bare:
            c = replace(c, kind="record", op="high", words=eased.group(0), window="past:lately")
            if any((o.sentence, o.kind, o.asset) == (c.sentence, "record", c.asset) for o in out):
                continue
        elif _record_eased_from(c, text, eased):  # "retreated from record highs": not today's
            c = replace(c, window="past:lately")
        out.append(c)
    return out


def _record_eased_from(c: Claim, text: str, eased: re.Match[str]) -> bool:
    """Whether ``c`` is the record high a fall eases from (its words inside ``eased``)."""
    if c.kind != "record" or c.op != "high" or c.window is not None or c.level is not None:
        return False
    at = text.find(c.words, eased.start())
    return eased.start() <= at and at + len(c.words) <= eased.end()


def _subject_of(s: str, asset: str | None, at: int) -> bool:
    """Whether ``asset`` is named before ``at`` in the clause of the verb there ("gold and
    silver eased": both; "yields fell, and metals eased": not the yields)."""
    before = [m for m in find_assets(s) if m.asset == asset and m.end <= at]
    return bool(before) and _CLAUSE_BREAK.search(s[before[-1].end : at]) is None


def unstated_moves(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` less the moves that only tell a cause, and with the easings from records
    told as records (module doc)."""
    claims = drop_past_episodes(sentences, claims)  # "there have been 9 prior weeks where"
    claims = drop_referred_moves(sentences, claims)  # "This firmer dollar hurt gold"
    claims = before_the_open(sentences, claims)  # "S&P 500 futures fell 2% premarket"
    claims = drop_spread_records(sentences, claims)  # "to a discount for the first time since"
    return eased_records(sentences, drop_cause_moves(sentences, claims))
