"""Assets named by a description instead of a name (pure patterns for :mod:`.assets`).

A coin is named by its rank, one rank word or two joined ("the oldest and biggest
cryptocurrency", "the world's first and biggest digital asset", "the No. 2 token"), or by a
title ("the king of crypto"); a metal by its colour among quality words in any order ("the
precious white metal", "the shiny yellow metal") or by a nickname ("the poor man's gold",
"the devil's metal"). What the description names is not the coin itself when a noun of a
business follows it ("the largest crypto exchange").

Examples
--------
>>> import re
>>> bool(re.search(BTC_DESCRIBED, "the oldest and biggest cryptocurrency", re.I))
True
>>> bool(re.search(BTC_DESCRIBED, "the largest crypto exchange", re.I))
False
>>> bool(re.search(ETH_DESCRIBED, "the No. 2 token", re.I))
True
>>> [bool(re.search(SILVER_DESCRIBED, t, re.I)) for t in ("the white precious metal",
...     "the poor man's gold", "the white and yellow metals")]
[True, True, False]
>>> [bool(re.search(GOLD_DESCRIBED, t, re.I)) for t in ("the shiny yellow metal",
...     "a rise in the global ounce", "the ounce of silver")]
[True, True, False]
"""

from __future__ import annotations

from leadwatch.claims.vocabulary import words_re

__all__ = ["BTC_DESCRIBED", "ETH_DESCRIBED", "GOLD_DESCRIBED", "SILVER_DESCRIBED"]

_THE = r"\bthe (?:world['\u2019]s )?"
# A rank at the top: "largest", "No. 1", "most valuable".
_RANK = words_re(
    (
        *("original", "largest", "biggest", "leading", "top", "major", "flagship", "premier"),
        "primary",
        *("oldest", "dominant", "foremost", "first", r"number[- ]one", r"No\.? ?1", "bellwether"),
        *("most valuable", r"best[- ]known", "most popular", r"most widely[- ](?:held|traded)"),
    )
)
# One rank or two joined: "largest and oldest", "first, and biggest".
_RANKS = rf"{_RANK}(?:,? (?:and|&) (?:the )?{_RANK}|, {_RANK})?"
_FIRST = _THE + _RANKS + r"(?:[- ](?:ranked|traded))? "
_SECOND = _THE + r"(?:second|No\.? ?2|number[- ]two)[- ](?:largest|biggest|ranked)? ?"
# The coin itself, not a business or a market around it.
_COIN = (
    r"(?:crypto(?:currency)?|digital (?:asset|currency|coin)|token|coin)\b"
    r"(?! (?:exchanges?|markets?|funds?|ETFs?|index|platforms?|lenders?|miners?|firms?"
    r"|compan(?:y|ies)|investors?|traders?)\b)"
)
# The measure of the rank: "the largest cryptocurrency by market capitalization".
_BY = r"(?: by (?:total )?market (?:capitali[sz]ation|cap|value))?"
#: Bitcoin named by its rank or its title.
BTC_DESCRIBED = (
    _FIRST
    + _COIN
    + _BY
    + r"|\bthe king of crypto(?:currenc(?:y|ies)|s)?\b|\bthe OG (?:crypto|coin)\b"
)
#: Ether named by its rank.
ETH_DESCRIBED = _SECOND + _COIN + _BY
# Words of a metal's quality that may stand on either side of its colour.
_QUALITY = r"(?:precious|shiny|lustrous|noble|industrial|safe[- ]haven)"


def _coloured(colour: str) -> str:
    return rf"\bthe (?:{_QUALITY} )?{colour}(?: {_QUALITY})? metal\b"


#: Silver named by its colour or its nickname.
SILVER_DESCRIBED = (
    _coloured(r"(?:white|grey|gray)")
    + r"|\bthe poor (?:man['\u2019]s|people['\u2019]s) gold\b|\bthe devil['\u2019]s metal\b"
)
#: Gold named by its colour, or as the world price of an ounce beside a local one ("a 6%
#: rise in the global ounce").
GOLD_DESCRIBED = (
    _coloured("yellow")
    + r"|\bthe (?:global|international|world) (?:gold )?ounce\b"
    + r"|\bthe ounce (?:globally|internationally|worldwide)\b"
)
