"""Whether a sentence's subject is a named thing the store does not hold (pure).

"Shares of Acme slid 7%", "Globex's stock dropped over 9 percent", "The price of meme token
Pepe coin jumped 14%": the clause before the sentence's first move verb names a company's
stock or another coin by its own name, and no asset of the store is named there. Its
figures are that stock's or that coin's: the asset carried from the sentence before
(ether, the S&P 500) does not lend itself to them. A price noun alone ("The price jumped
14%", "The coin rose 3%") or an asset named in the subject ("Bitcoin's price", "shares of
bitcoin miners") keeps the carried or named asset.

Examples
--------
>>> from leadwatch.claims.assets import find_assets
>>> said = ("Globex's stock dropped over 9 percent after hours.", "The price jumped 14% to $3,100.",
...     "The meme token Pepe coin jumped 14%.", "Shares of bitcoin miners fell 5%.")
>>> [foreign_subject(s, find_assets(s)) for s in said]
[True, False, True, False]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leadwatch.claims.assets import GENERIC, AssetMention
from leadwatch.claims.namedowners import named_owner
from leadwatch.claims.vocabulary import DOWN_VERB_RE, UP_VERB_RE

__all__ = ["foreign_subject", "fronted_other", "heading_first"]

_VERB = re.compile(rf"\b(?:{UP_VERB_RE}|{DOWN_VERB_RE})\b", re.IGNORECASE)
# A proper name; not a determiner ("The coin") nor a market's region ("US stock futures").
_NOT_NAME = (
    r"(?:The|This|That|Its|Their|A|An|Each|Every|Other|US|U\.S\.|American|Asian|European"
    r"|Global|World|Wall|Street|Stock|Market)\b"
)
_NAME = rf"(?!{_NOT_NAME})[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){{0,2}}"
# "Globex's stock", "Acme's shares", "shares of Acme", "Initech stock".
_STOCK = re.compile(
    rf"\b{_NAME}(?:'s|\u2019s)? (?:stock|shares|share price)\b|\b(?:shares|stock) (?:of|in) {_NAME}"
)
# "meme token Pepe coin", "the token Pepe", "Pepe coin", "memecoin Pepe".
_COIN_NOUN = r"(?:meme ?coin|meme token|token|coin|altcoin)"
_COIN = re.compile(rf"\b{_COIN_NOUN} {_NAME}|\b{_NAME} (?:coin|token)\b")


def foreign_subject(s: str, mentions: Sequence[AssetMention]) -> bool:
    """Whether the words before the first move verb of ``s`` name a stock or a coin the
    store does not hold, and no asset (module doc); ``mentions``: the assets named in ``s``."""
    verb = _VERB.search(s)
    if verb is None:
        return False
    head = s[: verb.start()]
    if any(m.start < verb.start() and m.words != "(carried)" for m in mentions):
        return False  # "Bitcoin's price jumped", "Shares of bitcoin miners fell"
    return _STOCK.search(head) is not None or _COIN.search(head) is not None or _group(head)


# A group the store holds no series of, heading the sentence: "Energy stocks", "Utility
# shares", "Junior miners", "Spot ETFs", "The sector" (one to three words before the noun).
_GROUP = re.compile(
    r"^\W*(?:(?:the|a|an|some|many|most|several)\s+)?(?:[\w&-]+\s+){0,3}?"
    r"(?P<noun>stocks|shares|equities|miners|funds|ETFs|ETPs|sectors?|industr(?:y|ies)"
    r"|companies|firms|names|producers|developers|issuers|REITs|banks|lenders)"
    r"(?:\s+(?:have|has|had|were|was|are|is|also|all|collectively|broadly|together))*\s*$",
    re.IGNORECASE,
)


def _group(head: str) -> bool:
    """Whether ``head`` (the words before the first move verb) is a group of stocks, funds
    or companies that no asset word describes ("Energy stocks", "The sector"): such a
    subject's figures are its own, not the asset carried from the sentence before.

    >>> [_group(h) for h in ("Energy stocks ", "Small-cap miners have ", "The price ")]
    [True, True, False]
    """
    return _GROUP.match(head) is not None


# A fronted clause whose pronoun looks ahead: "After posting their worst week in a year,
# small caps rebounded", "Having hit its lowest in months, the yen ...".
_FRONTED = re.compile(
    r"^\W*(?:After|Before|Having|Despite|Following|Since|Upon|On)\b[^,;]*?\b(?:its|their)\b"
    r"[^,;]*,\s*"
)

#: A subject that points back ("the yield", "both metals", "these two"): the carried asset's.
_DETERMINER = re.compile(
    r"(?:the|this|that|these|those|its|their|it|they|both|each|all)\b", re.IGNORECASE
)


def fronted_other(s: str, mentions: Sequence[AssetMention], before: str = "") -> bool:
    """Whether ``s`` opens with a clause whose "its" or "their" stands for the subject after
    its comma, and that subject is no asset nor a price noun ("After posting their worst
    decline in a year, small caps rebounded"): its figures are not the carried asset's.

    >>> from leadwatch.claims.assets import find_assets
    >>> for s in ("After logging their best week in a year, small caps slipped 1%.",
    ...           "After logging its best week in a year, the yield slipped 1%.",
    ...           "After setting their peaks in March, both metals eased 2%."):
    ...     print(fronted_other(s, find_assets(s)))
    True
    False
    False
    """
    if named_owner(s, before):
        return True  # "Acmecorp swung. Its size ...": the name's (``before``: the text before)
    fronted = _FRONTED.match(s)
    if fronted is None:
        return False
    verb = _VERB.search(s, fronted.end())
    stop = verb.start() if verb is not None else len(s)
    if any(m.start < stop and m.words != "(carried)" for m in mentions):
        return False
    if _DETERMINER.match(s, fronted.end()):
        return False  # "the yield rebounded": a noun the carried asset may stand for
    return GENERIC.search(s, fronted.end(), stop) is None


#: A phrase fronted before a sentence's subject: "Pressured by a firm dollar, gold ...",
#: "Despite a firmer dollar, silver ...", "With yields higher, bitcoin ...".
_LEAD_IN = re.compile(
    r"^\W*(?:(?:[A-Z][a-z]+ed|Hit|Held)(?: (?:down|up|back|lower|higher))? by|Despite|Amid|With"
    r"|Following|After|On the back of|Due to|Thanks to|Because of|Unlike|Like|As|While|Though"
    r"|Although|In the wake of|Alongside)\b[^,;]{3,120},\s*(?:the |spot |U\.S\. |US )*"
)


#: A main clause that names no asset before a subordinate one that does: its subject is
#: what the article was about ("Spot was bid early, then turned lower as the dollar rose").
_SUBORDINATE = re.compile(
    r"^\W*[A-Z][a-z]+\b[^;:]{3,}?\b(?:as|while|after|because|amid|since|when|against|versus"
    r"|vs\.?|than|relative to|compared (?:with|to))\s+[^,;]*$"
)


def heading_first(s: str, named: list[str], mentions: Sequence[AssetMention]) -> list[str]:
    """``named`` (the assets ``s`` names, in order) with the subject of the main clause
    first when a phrase naming another asset is fronted before it ("Pressured by a firm
    dollar, spot gold slipped": gold is what the next "it" stands for).

    >>> from leadwatch.claims.assets import find_assets
    >>> s = "Pressured by a firm US dollar, spot gold slid 0.7%."
    >>> heading_first(s, ["dxy", "gold"], find_assets(s))
    ['gold', 'dxy']
    >>> s = "Gold fell 0.7% as the dollar rose."
    >>> heading_first(s, ["gold", "dxy"], find_assets(s))
    ['gold', 'dxy']
    """
    first = next((m for m in mentions if m.asset in named), None)
    if first is not None and _SUBORDINATE.search(s, 0, first.start):
        return []  # "Spot turned lower as the dollar advanced", "it rose against the greenback"
    lead = _LEAD_IN.match(s)
    if lead is None:
        return named
    head = next((m.asset for m in mentions if m.start == lead.end() and m.asset in named), None)
    return named if head is None else [head, *(a for a in named if a != head)]
