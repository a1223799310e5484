"""Percentages of quantities that are not a market's price: no asset's move (pure).

A sentence that does not name the asset it would be lent ("The IMF cut its forecast for
US growth, to 1.8% from 2.7%" after a line on the dollar) gives its percentages to the
forecast, the poll, the share or the data it talks about, not to the subject carried from
before; and a relative figure ("+20% in gold's favour", "the spread widened to 15%") is a
comparison, not the named asset's move, and a group's figure ("the rest of the top 10
gained under 10%") no move of one of its members. Such figures become ``figure`` claims with no
asset: reported, never graded against a price (only a catalog asset's figures change:
those already given to the data they name, "consumer prices rose 0.3%", stay).

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> c = Claim(0, "percent", "dxy", op="up", pct=1.8, words="1.8%")
>>> s = "The IMF cut its growth forecast for the US, to 1.8% from 2.7%."
>>> [(x.kind, x.asset) for x in market_figures(s, [c])]
[('figure', None)]
"""

from __future__ import annotations

import re
from dataclasses import replace

from leadwatch.claims.assets import ASSET_NAMES, find_assets
from leadwatch.claims.attempts import tried
from leadwatch.claims.clauses import clause_start
from leadwatch.claims.indicators import indicator_before
from leadwatch.claims.model import Claim
from leadwatch.claims.vocabulary import words_re

__all__ = ["market_figures"]

# What a sentence's percentages are about when it names no asset: forecasts, the economy,
# polls and odds, shares of a whole, policy.
_ECONOMY = r"forecasts?|projections?|outlook|estimates?|growth|GDP|econom(?:y|ies|ic)|inflation"
_ODDS = r"CPI|PCE|unemployment|jobless|payrolls|polls?|surveys?|respondents|probabilit(?:y|ies)"
_SHARES = r"odds|chances?|likelihood|share of|supply|demand|tariffs?|tax(?:es)?|deficit|surplus"
_BOOKS = r"wages?|earnings|revenues?|profits?|sales|approval|population|households?|margins?"
_QUANTITY = re.compile(rf"\b(?:{_ECONOMY}|{_ODDS}|{_SHARES}|{_BOOKS})\b", re.IGNORECASE)
# A pronoun or a price noun that carries the subject into the figure's own clause.
_CARRIER = re.compile(r"\b(?:it|its|they|their|prices?|the (?:metal|coin|token|index))\b", re.I)
# A figure relative to another asset or a measure of two: "+20% in gold's favour", "the
# relative performance", "the spread", "the gap", "the ratio".
_FAVOUR = re.compile(r"^\S*\s+in\s+(?:\w+['\u2019]s?|its|their)\s+favou?r\b", re.I)
_TWO = r"relative performance|performance gap|outperformance|underperformance|spread|premium"
_RELATIVE = re.compile(rf"\b(?:{_TWO}|discount|gap|ratio)\b[^,;.]*$", re.IGNORECASE)
# A group the figure's clause is about ("the rest of the top 10 gained under 10%", "other
# altcoins fell 5%"): its figure is no move of an asset carried from before.
_MOST = "(?:most|many|several|all)(?: of the)? "
_SOME_OF = words_re(("the rest of (?:the )?", "(?:the )?remaining ", _MOST, "other "))
_COINS = (r"top[- ]?\d+", "altcoins", "alts", "coins", "tokens", "cryptos", "cryptocurrencies")
_HOLDINGS = ("metals", "majors", "assets", "stocks", "sectors", "currencies")
_MEMBERS = words_re((*_COINS, *_HOLDINGS, "constituents", "components", "others"))
# ... or named with no quantifier ("the altcoins ..., with many 5-10% drops")
_ALTS = r"(?:the )?(?:altcoins|alts|meme ?coins)"
_GROUP = re.compile(rf"\b(?:{_SOME_OF}(?:[\w-]+ )?{_MEMBERS}|{_ALTS})\b", re.I)
_MOVES = frozenset({"percent", "move", "figure"})
# A currency code before a price is its sign, not an asset: "trades at USD $31.20 (+11%)".
_SIGNS = frozenset({"usd", "us$", "us", "usd$"})
# A move or level only tried ("attempted to reclaim $100,000"): :mod:`~.attempts`.
_TRIED = frozenset({"percent", "move", "level", "record"})


def market_figures(s: str, claims: list[Claim]) -> list[Claim]:
    """The claims of sentence ``s``, with the percentages of non-market quantities made
    ``figure`` claims with no asset (module docstring).

    Parameters
    ----------
    s
        The sentence.
    claims
        Its claims.

    Returns
    -------
    list[Claim]
        The same claims, in order; a moved percentage kept on its asset only when the
        sentence names that asset (or a pronoun carries it) and the figure is no relative one;
        less the levels that are a technical indicator's value (:mod:`~.indicators`) and
        the moves and levels only tried (:mod:`~.attempts`).
    """
    named = {m.asset for m in find_assets(s)}
    claims = [_priced_in(s, c, claims) if c.asset in _SIGNS else c for c in claims]
    # "its 200-day moving average at $85,000": the indicator's value, no price of the asset
    claims = [c for c in claims if c.kind != "level" or not indicator_before(s, s.find(c.words))]
    claims = [c for c in claims if c.kind not in _TRIED or not tried(s, s.find(c.words))]
    return [_unattributed(c) if _not_market(s, c, named) else c for c in claims]


def _not_market(s: str, c: Claim, named: set[str]) -> bool:
    if c.kind not in _MOVES or c.pct is None or c.asset not in ASSET_NAMES:
        return False
    pos = s.find(c.words)
    if pos < 0:
        return False
    if _FAVOUR.match(s[pos + len(c.words) :]) or _RELATIVE.search(s[clause_start(s, pos) : pos]):
        return True
    clause = s[clause_start(s, pos) : pos]
    group = (
        clause
        if re.search(r"[A-Za-z]{3}", clause)
        else s[clause_start(s, pos - len(clause) - 1) : pos]
    )
    if _GROUP.search(group) and c.asset not in {m.asset for m in find_assets(clause)}:
        return True
    if c.asset in named or _CARRIER.search(clause):
        return False
    return _QUANTITY.search(s[:pos]) is not None


def _priced_in(s: str, c: Claim, claims: list[Claim]) -> Claim:
    """A figure headed by a currency code ("at USD $31.20 (+11% year-to-date)"): the asset
    priced just before it (the last level of the sentence before the figure), else none."""
    pos = s.find(c.words)
    before = [x for x in claims if x.kind == "level" and 0 <= s.find(x.words) < pos]
    owner = before[-1].asset if before else None
    return replace(c, asset=owner) if owner is not None else _unattributed(c)


def _unattributed(c: Claim) -> Claim:
    return replace(c, kind="figure", asset=None, op=None)
