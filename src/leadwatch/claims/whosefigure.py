"""Figures that belong to another subject than the asset word beside them (pure).

An asset word often only describes the subject of a figure: "bitcoin proxy Strategy lost
17%", "gold miner Newmont rose 4%", "spot bitcoin ETFs fell 5%", "crypto-linked stocks
slumped". Such a figure is the company's or the fund's, reported under that name (not in
the store, so not checkable), never graded as the asset. The same holds for a figure in
another currency ("US$80,600 (A$129,100)", "\u20ac2,500", "down 30% in rupee terms"), for
a metal's local price whose US-dollar conversion only stands in brackets ("80,000 ($930)
rupees per 10 grams"), and for a sentiment or market gauge that a carried subject would
otherwise take ("The Fear and Greed Index fell to 14, its lowest since 2022").

Examples
--------
>>> from leadwatch.claims.model import Claim
>>> from leadwatch.claims.text import split_sentences
>>> s = tuple(split_sentences("Bitcoin proxy Strategy lost 17% on Tuesday."))
>>> [c.asset for c in whose_figures(s, [Claim(0, "percent", "btc", "17%", "down", pct=17)])]
['strategy']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from leadwatch.claims.assets import find_assets
from leadwatch.claims.comparedterms import compared_owners
from leadwatch.claims.currencies import CURRENCY_SIGNS, currency_patterns
from leadwatch.claims.localprices import local_currency, local_prices
from leadwatch.claims.vocabulary import YIELDS, any_of

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["whose_figures"]

_GRADED = ("level", "move", "percent", "record", "figure")
#: Rates and indexes: "the Fed funds rate", "dollar index funds" name no company of theirs.
_NO_COMPANIES = frozenset({"dxy", "usd_broad", "fed_funds", "vix", *YIELDS})
#: Nouns an asset word describes: the companies, funds and shares tied to it.
_ROLES = (
    r"proxy|proxies|miners?|mining (?:stocks|shares|firms?|compan(?:y|ies))|holders?"
    r"|treasury (?:firms?|compan(?:y|ies)|stocks)|exchanges?|ETFs?|ETPs?|ETNs?|funds?|trusts?"
    r"|stocks|shares|equities|compan(?:y|ies)|firms?(?! (?:at|above|below|near|around|as|on"
    r"|amid|after|against|despite|ahead|while)\b)|developers?|producers?|issuers?|lenders?"
    r"|royalty compan(?:y|ies)|streamers?|(?:Trust|Fund)(?: ETF)?|ETF"
    r"|[Ee]xchange[- ][Tt]raded (?:[Ff]unds?|[Pp]roducts?|[Nn]otes?)"  # spelt out, capitalised
    r"|(?:trading |spot |futures |options )?volumes?|open interest|market cap(?:italization)?"
)
#: Words between the asset word and the noun it describes ("bitcoin-linked", "spot bitcoin
#: ETFs", "gold mining stocks"), not a clause's own words ("gold rose and stocks fell", a
#: verb: "held firm at", "stayed firm"); then the noun, and the company's name if one follows.
_DESCRIBES = re.compile(
    r"^(?:[- ](?!(?:and|or|but|while|as|with|to|in|on|at|of|the|a|is|was|are|were|has)\b"
    r"|(?:held|holds|holding|stayed|stays|staying|stood|stands|standing|remained|remains|kept"
    r"|keeps|looked|looks|traded|trades|closed|ended|finished|settled|opened)\b)"
    rf"[a-z][\w-]*){{0,2}}?[- ](?P<role>{_ROLES})\b(?! (?:rates?|prices?|values?|index)\b)"
    r"(?P<name>,? (?:[A-Z][\w&.'-]*)(?: [A-Z][\w&.'-]*){0,3})?"
)
#: Words that start another clause between a described asset word and a figure.
_BREAK = any_of(*("and", "while", "but", "whereas", "as", "after", "before", "when", "than"))
#: "... and fell 13%": a second verb of the same subject, no clause of its own.
_SAME_SUBJECT = re.compile(
    r",?\s+and\s+(?:(?:then|also|later) )?(?=(?:[a-z]+ed|fell|rose|sank|slid|lost|shed)\s)"
)
#: "a 70% increase in trading volume", "a 25% jump in open interest": the size of another
#: quantity, told as a noun after the figure.
_QUANTITY_AFTER = re.compile(
    r"^\s*(?:(?:increase|rise|jump|surge|spike|gain|climb|drop|decline|fall|decrease|plunge)s?"
    r"|(?:higher|lower|more|less|up|down))\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<what>(?:trading\s+)?volumes?|open interest|market cap(?:italization)?|(?:in|out)?flows?"
    r"|holdings|liquidations|funding rates?|active addresses|transactions|hash ?rate)\b",
    re.IGNORECASE,
)
#: Gauges of sentiment or of the market that the store does not hold.
_GAUGE = any_of(
    *(r"(?:crypto |CNN )?Fear (?:and|&) Greed(?: Index)?", r"(?:bitcoin|BTC|ether|ETH) dominance"),
    *(r"(?:sentiment|fear|greed) (?:index|gauge|indicator|reading)", r"funding rates?"),
    *("open interest", r"hash ?rate", r"(?:put|long)[-/](?:call|short) ratio", "RSI"),
    "relative strength index",
)
#: A US-dollar amount in brackets after another figure: a conversion ("80,034 ($927.69)").
_CONVERSION = re.compile(r"\d\s*\((?:US)?\$\s?\d[\d,]*(?:\.\d+)?\)")
#: An amount followed by a currency's name: "95,000 rupees per kg", "450,000 yen".
_AMOUNTS = currency_patterns(lambda words: rf"\d\s+(?:{words})\b")
_USD = re.compile(r"(?<![A-Za-z])\$|\bUS\$|\bUSD\b")
#: A figure framed in another currency: "in INR terms", "priced in yen", "euro-denominated".
_FRAMED = currency_patterns(
    lambda words: (
        rf"\bin (?:{words}) terms\b|\b(?:{words})[- ](?:denominated|terms)\b"
        rf"|\b(?:priced|denominated|quoted|measured|valued) in (?:{words})\b"
    ),
    re.IGNORECASE,
)
#: Currencies read as assets of their own ("sterling fell 1%"): no figure of theirs is framed.
_CURRENCY_ASSETS = ("eurusd", "gbp", "jpy", "cny", "aud", "cad", "chf", "inr")
#: Signs of other currencies than those :mod:`leadwatch.claims.currencies` names.
_OTHER_SIGNS = {
    "nzd": re.compile(r"\bNZ\$"),
    "hkd": re.compile(r"\bHK\$"),
    "sgd": re.compile(r"\bS\$"),
    "zar": re.compile(r"(?<![\w$])R(?=\s?\d)"),  # the rand: "R997 000", "R1 million"
}


def whose_figures(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with each figure given to its own subject (module doc): the local series
    of a metal priced in another currency (:func:`~leadwatch.claims.localprices.local_prices`),
    then the company, fund, currency or gauge the figure is about."""
    out = []
    for own, c in zip(claims, local_prices(sentences, claims), strict=True):
        s = sentences[c.sentence].text
        if c.kind in _GRADED and c.asset is not None and c.asset == own.asset:
            c = replace(c, asset=_owner(s, c))
        out.append(c)
    return compared_owners(sentences, out)  # "Silver did better than gold, up 4%"


def _owner(s: str, c: Claim) -> str:
    """Whose the figure of ``c`` in sentence ``s`` is (``c.asset`` when its own)."""
    assert c.asset is not None
    code = _currency_of(c.words) if c.kind == "level" else None
    if code is not None:
        return f"{c.asset}_{code}"  # "(A$129,134)": bitcoin in Australian dollars
    framed = next((k for k, f in _FRAMED.items() if f.search(s)), None)
    if framed and not _USD.search(s) and c.asset not in (*_NO_COMPANIES, *_CURRENCY_ASSETS):
        return f"{c.asset}_{framed}"  # "ether is down 30% in INR terms": not the USD price
    local = _local(_CONVERSION.sub(lambda m: m.group(0)[0], s))
    if local is not None and c.asset in ("gold", "silver"):
        return f"{c.asset}_{local}"  # "80,034 ($927.69) rupees per 10 grams"
    pos = s.find(c.words)
    if pos < 0 or c.asset in _NO_COMPANIES:
        return c.asset
    return (
        _described(s, pos, c.asset)
        or _token(s, pos, c.asset)
        or _gauge(s, pos, c.asset)
        or _quantity(s, pos + len(c.words), c)
        or c.asset
    )


def _quantity(s: str, end: int, c: Claim) -> str | None:
    """The quantity a percent figure ending at ``end`` sizes when a noun phrase tells it
    ("a 35% rise in daily trading volume": the volume's, not the price's)."""
    if c.kind not in ("percent", "move", "figure"):
        return None
    told = _QUANTITY_AFTER.match(s[end:])
    return None if told is None else re.sub(r"\s+", " ", told.group("what").lower())


def _local(s: str) -> str | None:
    """The one currency other than the US dollar that sentence ``s`` prices in, with its
    metal named or carried ("\u20b980,000 per 10 grams"); ``None`` with a US-dollar figure."""
    found = local_currency(f"gold {s}")  # the metal carried from before counts as named
    if found is not None or _USD.search(s):
        return found
    named = [code for code, word in _AMOUNTS.items() if word.search(s)]  # "95,000 rupees"
    return named[0] if len(named) == 1 else None


def _currency_of(words: str) -> str | None:
    """The currency other than the US dollar that a level's own words are priced in."""
    for code, sign in (CURRENCY_SIGNS | _OTHER_SIGNS).items():
        if code != "inr" and re.search(rf"(?:{sign.pattern})\s?\d", words):
            return code  # the sign on the figure itself, not a stray one ("\u20ac" of a dash)
    return None


def _described(s: str, pos: int, asset: str) -> str | None:
    """The company or fund that the last word for ``asset`` before ``pos`` describes
    ("bitcoin proxy Strategy", "Strategy, the largest bitcoin holder,"), lower case, when
    the figure's verb follows it in the same clause; ``None`` when the word is the asset."""
    own = [m for m in find_assets(s) if m.asset == asset and m.start < pos]
    if not own:
        return None
    m = own[-1]
    described = _DESCRIBES.match(s[m.end : pos])
    if described is None:
        return None
    after = s[m.end + described.end() : pos]
    if re.search(r"[;:]|\.\s", after) or _BREAK.search(_SAME_SUBJECT.sub(" ", after)):
        return None  # "bitcoin ETFs drew inflows, and bitcoin rose 2%": another clause
    name = described.group("name")
    if name:
        return name.strip(", ").lower()
    return s[m.start : m.end + described.end()].lower()


#: Another token named by its ticker or kind ("the $WIF meme coin", "a memecoin"), then a
#: clause led by "the token" or "the coin" up to the figure ("though the token itself fell").
_TOKEN = re.compile(
    r"(?P<name>(?<![\w$])\$[A-Z][A-Z0-9]{1,9}\b|\bmeme ?coins?\b)[^.;]*?"
    r"\b(?:the|that|this) (?:meme ?)?(?:token|coin)\b(?:[^,;:.]|\.(?=\d)){1,40}$"
)


def _token(s: str, pos: int, asset: str) -> str | None:
    """The other token a figure at ``pos`` is said of when its clause is led by "the
    token" after that token is named ("a $WIF memecoin purchase, though the token fell 3%"),
    lower case; ``None`` when ``asset`` is named in between."""
    m = _TOKEN.search(s, 0, pos)
    if m is None or any(
        x.asset == asset and m.end("name") <= x.start < pos for x in find_assets(s)
    ):
        return None
    return m.group("name").lower().lstrip("$").replace(" ", "")


def _gauge(s: str, pos: int, asset: str) -> str | None:
    """The gauge heading the sentence when ``asset`` is not named before ``pos``: the
    subject carried from before does not own the gauge's figures."""
    gauge = _GAUGE.search(s, 0, pos)
    if gauge is None or any(m.asset == asset and m.start < pos for m in find_assets(s)):
        return None
    return gauge.group(0).lower()
