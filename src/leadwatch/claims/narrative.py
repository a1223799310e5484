"""Narrative sentences: general, lead-lag wording ("historically", "tends to", "with a lag")
and the built-in theses such a sentence speaks to (pure).

Examples
--------
>>> [bool(GENERAL_RE.search(s)) for s in ("Bitcoin often follows gold with a lag",
...  "Simultaneously, the yield fell", "Both are simultaneously pushing higher")]
[True, False, True]
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import any_of

__all__ = ["GENERAL_RE", "map_theses"]

#: Words that make a sentence a general story rather than a dated fact. "simultaneously"
#: counts inside a clause ("both are simultaneously pushing higher"), not as the sentence's
#: opening connective ("Simultaneously, the yield fell to ..."), which only means "meanwhile".
GENERAL_RE = any_of(
    *("historically", "often", "usually", "typically", "tends? to"),
    r"historical(?! (?:high|low|peak|record|top|bottom|max|min)\w*)",  # not "historical highs"
    *("in previous cycles", "past cycles", "traditionally", "paves? the way", "preceded"),
    *("precedes", "lag of", "with a lag", "requires a lag", "weeks (?:to|or even) months"),
    *("no coincidence", "linkage", r"(?<=\w )simultaneously", "opportunity cost"),
    *("once (?:fear|liquidity)", "debasement", "monetary hedge", "not an immediate"),
    *("meaningful for", "key triggers", "loose liquidity", "performed best", "does best"),
)


def map_theses(sentence: str, assets: list[str]) -> tuple[str, ...]:
    """Built-in theses a narrative sentence speaks to (rules by asset pair and wording).

    >>> map_theses("Bitcoin tends to follow gold and silver after a lag of weeks", ["btc", "gold",
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
