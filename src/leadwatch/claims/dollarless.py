"""Prices of dollar-quoted assets written without the "$" sign, made explicit (pure).

Crypto and metals copy often drops the currency sign: "Ether trades at around 3.1k", "a bit
below the record high of 4,950", "gold near 2,650". The level rules read a figure after a
level word only with its "$" (a number with no sign may be a count, a year or an index's
points). :func:`dollar_figures` puts the "$" back before such a number when all hold:

- it is written with a "k" suffix ("75k", "3.1k") after a level word (a preposition such
  as "at", "around", "near", "above", "of", or "hit", "reached"; hedges allowed, "at
  roughly"), or with thousands grouped by commas ("76,180") after an extreme's noun ("the
  record high of", "a peak near"); never a plain whole number ("2025", "840000"). Other
  bare figures ("slipped to 2,415.50") are :func:`leadwatch.claims.levelverbs.bare_levels`'s,
  which the checker keeps only where plausible for the asset;
- the asset named last before it in the sentence (no bracket, colon or semicolon between)
  is bitcoin, ether or gold, no index or rate quoted in points is named in the sentence,
  and the value lies in the range that asset's price can have (:data:`_RANGES`): the
  "6,000" of the S&P 500 or "21,000,000" coins is never read as a price;
- no unit, scale or count follows it ("12,500 BTC", "1,200 points", "3,000 addresses");
- the line is no image's alt text (it names the picture's size, "1024x475"): a headline
  copied under a chart is no claim of the text.

Examples
--------
>>> dollar_figures("Ether trades at around 3.1k, below the record high of 4,950.")
'Ether trades at around $3.1k, below the record high of $4,950.'
>>> dollar_figures("Bitcoin miners hold about 1,800,000 coins at 2,400 sites.")
'Bitcoin miners hold about 1,800,000 coins at 2,400 sites.'
>>> dollar_figures("Bitcoin rose as the S&P 500 hit 6,100.")
'Bitcoin rose as the S&P 500 hit 6,100.'
"""

from __future__ import annotations

import re

from leadwatch.claims.assets import find_assets
from leadwatch.claims.vocabulary import EXTREME_NOUN_RE, NO_DOLLAR, YIELDS

__all__ = ["dollar_figures"]

#: The prices each asset can be quoted at, with a wide margin (bitcoin since 2017).
_RANGES = {"btc": (2_000.0, 400_000.0), "eth": (80.0, 20_000.0), "gold": (1_000.0, 12_000.0)}
_FIGURE = re.compile(
    r"(?<![\w$.,])(?P<before>(?:at|around|near|nearly|about|roughly|above|below|over|under"
    r"|beneath|past|of|to|toward|towards|hit|hitting|reach(?:ed|ing|es)?|touch(?:ed|ing|es)?"
    r"|topp(?:ed|ing)|surpass(?:ed|ing)?|breaking|broke|exceed(?:ed|ing)?)"
    r"(?: (?:about|around|roughly|nearly|almost|just|some|approximately|near|above|below))*"
    r" )(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,3}(?:\.\d{1,2})?(?=\s?k\b))"
    r"(?P<k>\s?k\b)?(?![\d%])(?=(?P<after>[^.;,]{0,16}))",
    re.IGNORECASE,
)
#: What follows a number that is no price: a percent, a scale, a unit, a count of things.
_NOT_PRICE = re.compile(
    r"^\s*(?:-|%|per ?cent|percentage|points?|pts|bps?|basis|x\b|times|trillion|billion"
    r"|million|thousand|bn|tn|mn|[mb]\b|ounces?|oz|tons?|tonnes?|btc|eth|bitcoins?|ethers?"
    r"|coins?|tokens?|contracts?|shares?|jobs|barrels?|years?|days?|weeks?|hours?|people"
    r"|users|holders|addresses|wallets|transactions|blocks?|units|votes|sites|miners|nodes"
    r"|followers|views|subscribers|members|traders|accounts|positions|orders|downloads"
    r"|[a-z]+ (?:btc|eth|coins?|tokens?))\b",
    re.IGNORECASE,
)
_POINTS = NO_DOLLAR | YIELDS
#: An extreme's noun right before the figure: "the all-time high of 76,180", "a peak near".
_EXTREME_OF = re.compile(
    rf"\b(?:{EXTREME_NOUN_RE}|level|mark)s? (?:of|at|near|around|above|below)"
    r"(?: (?:about|around|roughly|nearly|almost|just|some|approximately))* $",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[();:]")  # "Gold (after a dull week) rose to 3,100": not gold's
_IMAGE_SIZE = re.compile(r"\b\d{2,4}x\d{2,4}\b")


def dollar_figures(s: str) -> str:
    """``s`` with a "$" before every bare price of a dollar-quoted asset (module doc)."""
    mentions = find_assets(s)
    if not mentions or any(m.asset in _POINTS for m in mentions) or _IMAGE_SIZE.search(s):
        return s
    out, last = [], 0
    for m in _FIGURE.finditer(s):
        if _NOT_PRICE.match(m.group("after")):
            continue
        if not m.group("k") and not _EXTREME_OF.search(s, 0, m.start("num")):
            continue  # "slipped to 2,415.50": a bare level (claims.levelverbs), checked so
        named = [a for a in mentions if a.end <= m.start("num")]
        if (
            not named
            or named[-1].asset not in _RANGES
            or _BREAK.search(s, named[-1].end, m.start())
        ):
            continue
        value = float(m.group("num").replace(",", "")) * (1000.0 if m.group("k") else 1.0)
        low, high = _RANGES[named[-1].asset]
        if low <= value <= high:
            out += [s[last : m.start("num")], "$"]
            last = m.start("num")
    return "".join([*out, s[last:]])
