"""Names that must not be read as a store asset they resemble (pure): Treasury maturities
other than the 10-year, the major US stock indexes as a group (read as the S&P 500, which
stands for them, not as another asset), and the words that make the Fed a rate rather than
an institution named in passing. :mod:`leadwatch.claims.assets` builds
its aliases from them.

Examples
--------
>>> import re
>>> bool(re.search(MAJOR_INDEXES, "record highs for the major US indexes"))
True
>>> bool(re.search(MAJOR_INDEXES, "major European indexes fell"))
False
>>> bool(RATE_WORDS.search("hawkish Fed comments did not deter buyers"))
False
"""

from __future__ import annotations

import re

from leadwatch.claims.vocabulary import any_of, words_re

__all__ = [
    "COMMODITIES",
    "GROUP_NAMES",
    "INSTITUTION",
    "MAJOR_INDEXES",
    "MATURITY_VERB",
    "METAL_REFERENCE",
    "NAMED_AFTER_ASSETS",
    "OTHER_DOLLARS",
    "OTHER_INDEXES",
    "OTHER_RATES",
    "PRICE_RATIOS",
    "RATE_WORDS",
    "TENORS",
    "US_CURRENCY",
    "US_MARKET",
    "US_STOCKS",
    "names_rate",
    "short_tenor",
    "tenor_pattern",
]

#: "the 30-year jumped", "the 2-Year sits at 4.09%", "the 30-year topped 5.10%", "the
#: benchmark 10-year shed 4 bps": a maturity used as a noun, before its verb (a lookahead).
_NOUN_VERBS = "|".join(
    """rose fell jumped climbed dropped slipped rallied was is at to hit ended sits sat up
down higher lower gained added lost eased edged ticked yielded yielding topped touched breached
crossed reached surged spiked soared sank slid tumbled hovered rebounded broke neared stands stood
held traded closed finished settled remained stayed""".split()  # noqa: SIM905
)
MATURITY_VERB = (  # "the 10-year retreated 0.10 percentage point", "shed 4bps": a size;
    # a participle after "with" the same ("with the 10-year easing 3 basis points to 4.2%")
    rf"\b(?= (?:(?:{_NOUN_VERBS}|[a-z]+(?:ed|ing) (?:up|down|higher|lower|to|at|above|below"
    r"|past|through))\b|[a-z]+(?:ed|ing) (?:by |about |some |nearly |almost )?\d))"
)
#: Treasury maturities other than the 10-year (outside the built-in store): their yields
#: are named as such, never taken for the 10-year.
TENORS = tuple(
    zip(
        ("1", "2", "3", "5", "7", "20", "30"),
        ("one", "two", "three", "five", "seven", "twenty", "thirty"),
        strict=True,
    )
)


# Other markets' bonds and curve measures a short maturity may belong to.
_FOREIGN = ("JGB", "Bund", "German", "Japan", "Japanese", "UK", "gilt", "Italian", "French")
_NOT_YIELD = (
    r"JGBs?|Bunds?|gilts?|OATs?|BTPs?|break-?evens?|TIPS|real|swaps?|CDS|returns?"
    r"|(?:yield )?(?:curve|spread)s?"
)
# What follows a short maturity that is a yield: its figure, a move or level word, a line end.
# ``_WORDS`` stand whole; ``_LEADS`` may also open a longer word.
_WORDS = ("yields?", "at", "up", "down", "was", "is", "sat", "hit")
_STOOD = ("unchanged", "steady", "flat", "holding", "holds", "held", "sits")
_MOVED = ("rose", "fell", "climbed", "jumped", "dropped", "slipped", "eased", "edged", "ticked")
_LEADS = (*_STOOD, *_MOVED, "added", "higher", "lower", "ended", "closed", "finished")
_YIELD_CONTEXT = rf"(?=\s*(?:{words_re(_WORDS)}\b|{words_re(_LEADS)}|[+\u2212-]\s?\d|\d|\n|$))"


def short_tenor(n: str) -> str:
    """A maturity written short: "UST 10Y", "US10Y", or "10Y", "10yr", "10-yr" before its
    figure or a move word ("10Y unchanged at 4.31%", "2y +3 bp"); not another country's
    ("JGB 10Y", "the German 10Y"), a curve spread ("2s10s", "10Y\u20132Y spread") or a
    return ("1Y return").

    >>> import re
    >>> [bool(re.search(short_tenor("10"), t, re.I)) for t in ("UST 10Y at 4%",
    ...     "10Y unchanged at 4.3%", "JGB 10Y yields", "a 10Y return of 40%")]
    [True, True, False, False]
    """
    before = "".join(f"(?<!{w} )" for w in _FOREIGN) + r"(?<![\w/.$\u2013\u2014-])"
    return (
        rf"{before}(?:(?:UST|US|U\.S\.) ?{n}[- ]?(?:yr|y)\b|{n}[- ]?(?:yr|y)\b{_YIELD_CONTEXT})"
        rf"(?! (?:{_NOT_YIELD})\b)(?!\s?[/\u2013\u2014-]\s?\d{{1,2}}[- ]?(?:yr|y)\b)"
    )


def tenor_pattern(n: str, word: str, us: str, verb: str) -> str:
    """The names of one maturity's yield: "the 2-year U.S. Treasury note yield", "two-year
    yields", "the 30-year bond", "the 2-year" or "with two-year" before a verb (``verb``, a
    lookahead), "US 2Y:" in a quote line, "the 10yr" before a verb, "the '30-year'" quoted
    (``us``: the optional "US "/"U.S. " of the assets' patterns)."""
    return (
        rf"\b(?:{n}|{word})[- ]year {us}(?:Treasury |T-|UST )?(?:note |bond )?"
        rf"(?:yields?|notes?|bonds?|rates?|UST|treasur(?:y|ies))\b"
        rf"|\b(?:the {n}|with (?:the )?(?:{n}|{word}))-year"
        + verb
        + rf"|\b(?:US ?)?{n}[- ]?(?:Y|yr)(?=\s*:)"
        + rf"|\bthe (?:US |U\.S\. )?{n}[- ]?(?:Y|yr)\b"
        + verb
        + rf"|\bthe ['\u2018\u2019\"\u201c]{n}-year['\u2019\"\u201d]"
        + "|"
        + short_tenor(n)
    )


# "record highs for major indexes", "the three main U.S. stock indices": several indexes at
# once, no one series; named so that no figure of theirs goes to another asset (not
# "major European indexes").
_REGIONS = (
    *("European", "Asian", "Japanese", "Chinese", "Canadian", "British", "German", "Indian"),
    *("global", "world", "regional", "Europe's", "Asia's", "Japan's", "China's"),
)
#: The major US stock indexes named together (the S&P 500 stands for them).
MAJOR_INDEXES = (
    "".join(f"(?<!{w} )" for w in _REGIONS)
    + r"\b(?:the |all |all three |the three |both )?(?:(?:main|major|key|leading|benchmark|big) "
    r"(?:US |U\.S\. |Wall Street(?:['\u2019]s)? |American )?"
    r"|(?:US |U\.S\. |Wall Street(?:['\u2019]s)? |American ))(?:stock |equity |equities )?"
    r"(?:indexes|indices|averages)\b"
)
#: The US stock market as a whole, which the S&P 500 stands for: "U.S. stocks", "American
#: equities", "US stock markets", "Wall Street's benchmark", "Wall Street's main index" (not
#: "U.S. stock futures", "Wall Street banks", or the indexes named together:
#: :data:`MAJOR_INDEXES`).
US_STOCKS = (
    r"\b(?:US|U\.S\.|American|Wall Street(?:['\u2019]s)?) (?:stocks|equities|shares"
    r"|stock markets?|equity markets?)\b(?! (?:of|in|listed|futures)\b)"
    r"|\bWall Street['\u2019]s (?:main |benchmark |broad(?:est)? |key |leading )?"
    r"(?:stock |equity )?(?:benchmark|index|gauge)\b(?! of (?:\w+ )?(?:anxiety|fear|volatility))"
    r"|\bStandard (?:&|and) Poor['\u2019]?s(?: 500)?(?: (?:index|stock index))?\b"  # spelt out
    # "Wall Street retreated from record highs": the market as the subject of its move
    r"|\bWall Street(?= (?:(?:stocks|shares|indexes|indices) )?(?:retreat|rall|fell|rose|climb"
    r"|slid|slump|tumbl|drop|gain|clos|ended|finish|open|extend|hit|notch|surg|jump|sank|edg"
    r"|advanc|declin|dipp|pull|rebound|soar|plung|wobbl|stumbl|is|was|had|has)\w*)"
)
#: The US stock market named as a whole or by its major indexes together: the S&P 500's names.
US_MARKET = f"{US_STOCKS}|{MAJOR_INDEXES}"
#: The US dollar named by its country: "the U.S. currency", "the American currency".
US_CURRENCY = r"\bthe (?:US|U\.S\.|American) currency\b"
#: The Fed named as an institution (not its rate: "fed funds", "EFFR").
INSTITUTION = re.compile(r"the Fed\b|Federal Reserve|FOMC", re.IGNORECASE)
#: What makes the Fed a sentence's subject as a rate: "rates", "the fed funds rate", "a 25
#: bp cut", "its target range". Without them the Fed is an institution named in passing
#: ("record highs despite hawkish Fed comments"), the subject of no figure.
RATE_WORDS = any_of(
    *("rates?", "funds", "target", "range", "benchmark", "basis[- ]points?", "bps?"),
    *("cut(?:s|ting)?", "hik(?:e|es|ed|ing)", "rais(?:e|es|ed|ing)", "lower(?:s|ed|ing)?"),
    *("eas(?:e|ing)", "tighten(?:s|ed|ing)?", "borrowing costs?"),
)
#: The Fed's inflation goal, which names no rate: "inflation is moving toward its 2% target",
#: "the 2% inflation goal", "an inflation target of 2%" (not "its target range").
_INFLATION_GOAL = re.compile(
    r"(?:\b(?:its|the|a|an|their) )?(?:\d+(?:\.\d+)? ?(?:%|percent) )?(?:inflation |price )?"
    r"(?:target|goal|objective)\b(?! range| rate)(?: of \d+(?:\.\d+)? ?(?:%|percent))?",
    re.IGNORECASE,
)


def names_rate(sentence: str) -> bool:
    """Whether ``sentence`` speaks of the Fed's rate (:data:`RATE_WORDS`), not only its goals.

    A sentence on inflation that names the Fed's inflation target ("inflation is moving
    toward its 2% target") states no rate: the target word counts only outside such goals.

    Parameters
    ----------
    sentence : str
        The sentence.

    Returns
    -------
    bool
        True where a rate word is left once the inflation goals are set aside.
    """
    if re.search(r"\b(?:inflation|prices)\b", sentence, re.IGNORECASE):
        sentence = _INFLATION_GOAL.sub(" ", sentence)
    return RATE_WORDS.search(sentence) is not None


#: Stock indexes of other markets (outside the built-in store): "Europe's Stoxx 600 posted
#: its largest gain since April" is the Stoxx's record, not the article's metal's.
OTHER_INDEXES: tuple[tuple[str, str], ...] = (
    ("stoxx", r"\b(?:Euro )?Stoxx(?: Europe)?(?: 600| 50)?\b"),
    ("dax", r"\bDAX\b"),
    ("ftse", r"\bFTSE(?: 100| 250| MIB| All-Share)?\b"),
    ("cac", r"\bCAC(?: 40)?\b"),
    ("hang_seng", r"\bHang Seng\b"),
    ("kospi", r"\bKOSPI\b"),
    ("sensex", r"\bSensex\b|(?-i:\bNifty(?: 50)?\b)"),
    ("csi300", r"\bCSI ?300\b|\bShanghai Composite\b"),
    ("russell", r"\bRussell (?:2000|1000|3000)\b"),
    ("msci", r"\bMSCI(?: [A-Z][\w-]*){0,3}(?: index)?\b"),
)
#: Borrowing rates outside the built-in store: "home-loan costs hit a high, the 15-year
#: mortgage rate at its highest since May" is the mortgage rate's record, not the yield's.
OTHER_RATES: tuple[tuple[str, str], ...] = (
    ("mortgage_rate", r"\b(?:(?:30|15)[- ]year (?:fixed[- ])?)?mortgage rates?\b"),
    ("prime_rate", r"\bprime (?:lending )?rate\b"),
)
#: Other countries' dollars (outside the built-in store): "the Canadian dollar rose 0.5%", "the
#: loonie slipped" are not the US dollar index.
OTHER_DOLLARS: tuple[tuple[str, str], ...] = (
    ("cad", r"\bCanadian dollars?\b|\bloonie\b"),
    ("aud", r"\b(?:Australian|Aussie) dollars?\b|\bthe Aussie\b"),
    ("nzd", r"\b(?:New Zealand|kiwi) dollars?\b"),
    (
        "other_dollar",
        r"\b(?:Hong Kong|Singapore|Taiwan(?:ese)?|New Taiwan|Jamaican|Namibian|Fijian|Brunei"
        r"|Liberian|Zimbabwe(?:an)?|Bahamian|Barbados|Belize|Guyanese|Trinidad and Tobago)"
        r" dollars?\b",
    ),
)
#: "the metal", "that metal", "the precious metal", "the troy ounce", a bare "COMEX": the last
#: metal named.
METAL_REFERENCE = (
    r"\b(?:the|that|this) (?:precious |safe[- ]haven )?metal\b(?!-)"
    r"|\bthe (?:troy|fine) ounce\b(?! of)"
    # the exchange named for its market: "COMEX settled at $2,748.70" (not "COMEX gold")
    r"|(?<!on )(?<!at )(?<!in )(?<!the )(?<!from )\b(?-i:COMEX|Comex)\b"
    r"(?! (?:gold|silver|copper|platinum|palladium|futures|data|inventor|exchange|division))"
)
#: Display names of the ids named here.
GROUP_NAMES = {
    "metals": "precious metals",
    "metal_company": "a listed company named for a metal (its shares)",
    "gold_by_karat": "gold priced by karat (a local retail price)",
    "metal_miners": "an index of metal miners' shares",
    "mortgage_rate": "US mortgage rates",
    "prime_rate": "the prime lending rate",
}
#: Commodities outside the built-in store: "Natural gas futures jumped 4%" is the gas's,
#: not the carried subject's ("futures" alone stands for it).
COMMODITIES: tuple[tuple[str, str], ...] = (
    ("natural_gas", r"\bnatural gas\b|\bnat ?gas\b|\bHenry Hub\b"),
    ("iron_ore", r"\biron ore\b"),
    *(
        (name, rf"\b{name}\b")
        for name in ("aluminium", "aluminum", "nickel", "zinc", "lithium", "uranium", "cobalt")
    ),
    *((name, rf"\b{name}\b") for name in ("wheat", "corn", "soybeans", "coffee", "cocoa")),
    # a listed company named for a metal: "Pan American Silver stock", "shares of Newmont Gold"
    (
        "metal_company",
        r"\b[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)* (?:Gold|Silver)\b(?=['\u2019]?s? (?:stock|shares"
        r"|Corp|Inc|Ltd|plc)\b)"  # with its ticker it is the company's own: "Barrick Gold (GOLD)"
        r"|(?<=shares of )[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)* (?:Gold|Silver)\b(?!\s*\()",
    ),
    # gold by its purity ("18-carat gold added EGP 40 a gram"): a local retail price
    (
        "gold_by_karat",
        r"\b(?:1\d|2[0-4])[- ]?(?:carats?|karats?|K|kt)\s+gold\b"
        r"|\bgold(?: of)? (?:1\d|2[0-4])[- ]?(?:carats?|karats?|K|kt)\b",
    ),
)
#: Series named after an asset that are not its price, read before the assets they name:
#: volatility gauges of other markets than the S&P 500 ("the Silver ETF Volatility Index",
#: "the crude oil volatility index (OVX)", "the MOVE index": not the VIX, nor their asset),
#: and indexes of miners' shares ("the Gold Bugs index", "GDX"; "gold stocks"
#: name their own figures: :mod:`leadwatch.claims.whosefigure`).
NAMED_AFTER_ASSETS: tuple[tuple[str, str], ...] = (
    (
        "other_volatility",
        r"\b(?:(?:Cboe |CBOE )?(?:gold|silver|(?:crude )?oil|bitcoin|ether(?:eum)?|crypto"
        r"|euro ?stoxx|Nasdaq(?:-100| 100)?|Russell 2000|emerging markets?|treasury|bond"
        r"|currency|FX)"
        r"(?: ETF)? (?:implied )?volatility index|GVZ|OVX|VXN|RVX|VXEEM|VSTOXX|DVOL|BVIV"
        r"|(?:ICE BofA )?MOVE index)\b",
    ),
    (
        "metal_miners",
        r"\b(?:NYSE Arca )?Gold Bugs(?: Index)?\b|\bHUI\b|\bGDXJ?\b"
        r"|\b(?:Philadelphia )?Gold (?:and|&) Silver (?:Sector )?Index\b",
    ),
)
#: The ratio of two prices is no price of either: "the gold/silver ratio fell to 80", "with
#: ETH/BTC down 40% this year at 0.02" (a pair of tickers stands for the ratio, no word
#: needed), "the silver-to-gold ratio widened" (any dash); its figures are the ratio's.
_RATIO_SIDE = r"(?:gold|silver|bitcoin|BTC|ether(?:eum)?|ETH|XAU|XAG)"
_DASH = "[-\u2010-\u2014]"
PRICE_RATIOS: tuple[tuple[str, str], ...] = (
    (
        "price_ratio",
        rf"\b{_RATIO_SIDE}\s*(?:/|:|{_DASH}to{_DASH}|{_DASH}|\s+to\s+)\s*{_RATIO_SIDE}"
        r"(?:\s+price)?\s+ratio\b"  # a pair of codes: "ETH/BTC", "BTC/NQ", "BTC/gold"
        r"|(?-i:\b(?:BTC|ETH|XAU|XAG)/(?:BTC|ETH|XAU|XAG|NQ|NDX|SPX|SPY|QQQ|DXY|[Gg]old|[Ss]ilver)\b)"
        rf"|\bratio\s+(?:of|between)\s+{_RATIO_SIDE}(?:\s+prices?)?\s+(?:to|and)\s+{_RATIO_SIDE}\b"
        r"|\bGSR\b",
    ),
)
