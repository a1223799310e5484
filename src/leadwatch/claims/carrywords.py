"""Sentence openings that stand for the last named asset: a pronoun ("It", "Their"), a
noun of the price ("The token"), a noun of its move ("This pullback", "The rally"), a
demonstrative that states the move ("This marks a 45% rise", "That is a steep 12% drop")
or a list of moves ("Daily moves included") (pure; the extractor resolves them).

Examples
--------
>>> [bool(CARRY.match(s)) for s in ("This marks a 9% gain.", "This is a 9% tariff.")]
[True, False]
>>> [bool(CARRY.match(s)) for s in ("That's down 20% from its peak.", "That is up from 2%.")]
[True, False]
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import words_re

__all__ = ["CARRIED_NOUNS", "CARRY", "DATA_SOURCE", "GENERIC", "OWN_PROFIT"]

#: "That's down more than 20% from its record", "This leaves it up 3% on the week": where
#: the last named asset now stands, told of a demonstrative.
_LEAVES = (
    "['\u2019]s",
    "is",
    "was",
    "puts? (?:it|them)",
    "leaves? (?:it|them)",
    "left (?:it|them)",
)
_ABOUT = r"(?:(?:by |more than |about |nearly |almost |roughly |some |around |over )*)"
_STANDS_AT = rf"^(?:This|That) ?{words_re(_LEAVES)} (?:now |still )*(?:down|up|off) {_ABOUT}\d"
#: Phrases standing for the last named asset (resolved by the extractor).
CARRY = re.compile(
    r"^(?:It|Its|They|Their|(?:The|This) (?:(?:crypto|digital) )?(?:price|token|coin|asset|index"
    r"|cryptocurrency)"
    r"|(?:This|That|The) (?:[a-z]+(?:-[a-z]+)? ){0,2}(?:decline|drop|fall|slide|pullback|sell-?off"
    r"|slump|rally|gain|rise|surge|advance|move|rebound|jump|achievement|performance|run|climb"
    r"|milestone|increase|loss|streak|run-?up|ascent|plunge|tumble|trajectory|(?:up|down)?trend"
    r"|momentum|upswing|retreat|correction))\b"
    # "This marks a 45% rise", "That is a steep 12% drop": the move of the last asset
    r"|^(?:This|That) (?:marks?|marked|signals?|signall?ed|represents?|represented|is|was"
    r"|amounts? to|amounted to|translates? (?:in)?to|translated (?:in)?to|means) (?:an? |the )?"
    r"(?:[a-z]+ ){0,2}\d[\d.,]*\s?(?:%|per ?cent) (?:[a-z]+ )?(?:rise|gain|jump|surge|rally"
    r"|increase|advance|climb|drop|fall|decline|loss|slide|plunge)s?\b"  # "Daily moves included"
    r"|^(?:The )?(?:(?:[Dd]aily|[Ww]eekly|[Ss]ession|[Ii]ntraday) )?(?:[Mm]oves|[Mm]ovements"
    r"|[Cc]hanges|[Ss]wings)(?: (?:included|were|comprised|featured)\b| ?:)"
    rf"|{_STANDS_AT}"
)

#: A source of price data as the subject of a move ("CoinGecko figures show a 12% drop",
#: "exchange-tracked data showed"): the move is the asset's the text is about, not the
#: source's.
#: "sending this week's profit to 3.2%", "bringing its year-to-date growth to 38%": the
#: asset's own gain, not an economic indicator's profit or growth.
OWN_PROFIT = re.compile(
    r"\b(?:this|last|the) (?:week|month|year)['\u2019]s profits?$"
    r"|\b(?:its|their) (?:[\w-]+ )?growth$",
    re.IGNORECASE,
)
DATA_SOURCE = (
    r"(?:(?:Binance|Coinbase|Kraken|Bitstamp|CoinGecko|CoinMarketCap|Coinglass|Kaiko|Kitco"
    r"|TradingView|LSEG|Refinitiv|FactSet|Bloomberg|CoinDesk|Yahoo Finance|Investing\.com)"
    r"(?:[-\u2011 ]tracked)?|[A-Za-z]+[-\u2011]tracked|(?:market|price|exchange|trading) )"
    r" ?(?:data|figures|numbers|prices|quotes)(?= (?:shows?|showed|indicates?|indicated"
    r"|reveals?|revealed|points? to|pointed to)\b)"
)
#: Nouns standing for the current subject anywhere in a sentence that names no asset: "the
#: crypto touched $98,500" (not "the crypto market"), and a source of price data.
CARRIED_NOUNS = (
    r"the crypto(?![- ](?:market|sector|space|industry|exchange|firm|compan|stock|fund|asset"
    r"|world|communit|investor|trader|winter|bill|law|rule|regulat|crash|rally|price|ETF|news))"
    r"|the digital (?:currency|asset|coin|token)(?![- ](?:market|sector|space|industry|exchange))"
    rf"|{DATA_SOURCE}"
)


# "stock prices", "home prices": another market's prices, not the subject's
_NOT_ITS = "".join(
    f"(?<!{w} )" for w in ("stock", "share", "equity", "home", "house", "housing", "oil", "food")
)
#: Words for the subject anywhere in a sentence ("its", "the metal", "prices"), not "stock prices".
GENERIC = re.compile(
    r"\b(?:it|its|they|their|the (?:index|metal|token|coin|cryptocurrency|benchmark)"
    r"|futures(?: contracts?)?|(?:the|most[- ]active|front[- ]month)(?: \w+)? contracts?"
    rf"|{CARRIED_NOUNS}|{_NOT_ITS}prices?(?![- ](?:index|indices|indexes|targets?|to-earnings"
    r"|pressures?|growth|inflation)))\b",
    re.IGNORECASE,
)
