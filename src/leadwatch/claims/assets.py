"""The asset names articles use, mapped to catalog ids (or plain names the store may lack).

One table, :data:`ALIASES`: ``(id, pattern)`` in priority order (earlier patterns win on
overlapping spans: "digital gold" is Bitcoin, "gold futures" is gold). Whether an id can be
checked is decided at run time against :mod:`leadwatch.catalog` and the store, so a series a
user adds under one of these ids (``copper``) becomes checkable without a code change.
Phrases for the subject of the previous sentences ("it", "the metal") are in :data:`CARRY`.

Examples
--------
>>> [m.asset for m in find_assets("The yellow metal and the S&P 500 rose; copper and XAG fell")]
['gold', 'spx', 'copper', 'silver']
>>> [m.asset for m in find_assets("EUR/USD rose to 1.1773 while the dollar index fell")]
['eurusd', 'dxy']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from leadwatch.claims.carrywords import CARRY, GENERIC
from leadwatch.claims.crossrates import CROSS_RATE_NAMES, cross_rate
from leadwatch.claims.currencies import CURRENCY_NAMES
from leadwatch.claims.fundtickers import FUND_CODES, FUND_NAMES
from leadwatch.claims.groupnames import (
    COMMODITIES,
    GROUP_NAMES,
    INSTITUTION,
    MATURITY_VERB,
    METAL_REFERENCE,
    NAMED_AFTER_ASSETS,
    OTHER_DOLLARS,
    OTHER_INDEXES,
    OTHER_RATES,
    PRICE_RATIOS,
    TENORS,
    US_CURRENCY,
    US_MARKET,
    names_rate,
    short_tenor,
    tenor_pattern,
)
from leadwatch.claims.linkedto import linked_object
from leadwatch.claims.nicknames import (
    BTC_DESCRIBED,
    ETH_DESCRIBED,
    GOLD_DESCRIBED,
    SILVER_DESCRIBED,
)
from leadwatch.claims.tickers import DATELINE, LISTED, NOT_TICKERS, with_codes
from leadwatch.claims.userpatterns import UserWords, user_patterns, user_words

__all__ = [
    "ALIASES",
    "ASSET_NAMES",
    "CARRY",
    "GENERIC",
    "INDEXES",
    "AssetMention",
    "find_assets",
    "referents",
    "user_patterns",
]

#: Display names (ids not listed here are shown as they are).
ASSET_NAMES: dict[str, str] = {
    "silver": "silver",
    "gold": "gold",
    "gold_fund": "gold funds and tokens",
    "silver_fund": "silver funds and tokens",
    "btc": "Bitcoin",
    "eth": "Ether",
    "dxy": "the US dollar (DXY)",
    "real_yield_10y": "real yields (10-year TIPS)",
    "yield_10y": "the 10-year Treasury yield",
    "fed_funds": "the Fed (fed funds rate)",
    "breakeven_10y": "10-year breakeven inflation",
    "usd_broad": "the broad trade-weighted dollar",
    "bbdxy": "the Bloomberg Dollar Spot Index",
    "wsj_dollar": "the WSJ Dollar Index",
    "spx": "the S&P 500",
    "foreign_stocks": "a stock market outside the US",
    "vix": "the VIX",
    **GROUP_NAMES,
    **FUND_NAMES,
    **{f"yield_{n}y": f"the {n}-year Treasury yield" for n, _ in TENORS},
    "crypto_market": "the crypto market",
    "cd20": "the CoinDesk 20 index",
    "jgb": "Japanese government bonds",
    "bund": "German government bonds",
    "gilt": "UK government bonds",
    **CURRENCY_NAMES,
    **CROSS_RATE_NAMES,
}

_US = r"(?:US |U\.S\. |American )?"  # and below a maturity written short: "10Y", "10-yr"
_TEN = r"(?<!German |French )(?<!British |Italian )(?<!Japanese )(?:10|ten)[- ]?(?:year|yr|Y)"
_MAT = r"[- ]?(?:year|yr|Y)\b"  # another country's maturity: "JGB 10Y", "German 10-year"
_TRACKER = (
    r"\b{0}(?:[- ]backed|[- ]linked)? (?:exchange[- ]traded (?:funds?|products?)|ETFs?|ETPs?"
    r"|tokens?|stablecoins?|(?:fund |ETF )?holdings)\b(?! (?:tracks?|tracking|mirrors?)\b)"
)


_WORDS: tuple[tuple[str, str], ...] = (
    *NAMED_AFTER_ASSETS,  # before the assets they name: "the Gold Bugs Index"
    *FUND_CODES,  # "GLD closed at 245.10": the fund, not gold (:mod:`.fundtickers`)
    *PRICE_RATIOS,  # "the gold/silver ratio": neither metal's price
    ("btc", r"digital gold|\bbitcoin\b|\bBTC(?:USD)?\b|\bXBT\b|" + BTC_DESCRIBED),
    ("eth", r"\bether(?:eum)?\b|\bETH(?:USD)?\b|" + ETH_DESCRIBED),
    # the market as a whole and its indices are not Bitcoin: "the crypto market rose 7%"
    (
        "crypto_market",
        r"\b(?:the )?(?:wider |broader |overall |whole |global |total )?crypto"
        r"(?:currency)? market(?:s|[- ]cap(?:italization)?)?\b",
    ),
    ("cd20", r"\bCoinDesk 20\b|\bCD20\b"),
    ("xrp", r"\bXRP\b"),
    ("dogecoin", r"\bdogecoin\b|\bDOGE\b"),
    ("solana", r"\bsolana\b|\bSOL\b"),
    # funds, tokens and their holdings that track a metal are not the metal's price
    ("gold_fund", _TRACKER.format("gold")),
    ("silver_fund", _TRACKER.format("silver")),
    ("silver", r"\bsilver\b|\bXAG(?:USD)?\b|" + SILVER_DESCRIBED),
    ("gold", r"\bgold\b|\bXAU(?:USD)?\b|\bbullion\b|" + GOLD_DESCRIBED),
    ("platinum", r"\bplatinum\b"),
    ("palladium", r"\bpalladium\b"),
    ("copper", r"\bcopper\b"),
    *COMMODITIES,
    ("oil", r"\b(?:crude|brent|WTI|oil)\b|\bblack gold\b"),
    ("metals", r"\bprecious metals\b"),
    ("eurusd", r"\bEUR/?USD\b|\beuro\b|\bthe (?:single|common) currency\b"),
    *OTHER_DOLLARS,  # before the US dollar: "the Canadian dollar"
    ("jpy", r"\byen\b|\bUSD/?JPY\b"),
    ("gbp", r"\bsterling\b|\bGBP/?USD\b|\b(?:the|British|UK|U\.K\.) pound\b"),
    ("cny", r"\byuan\b|\brenminbi\b|\bUSD/?CNY\b"),
    # other dollar gauges are other series than the ICE index of six currencies (DXY)
    ("bbdxy", r"\bBloomberg (?:US |U\.S\. )?Dollar (?:Spot )?Index\b|\bBBDXY\b"),
    ("wsj_dollar", r"\bWSJ (?:US |U\.S\. )?Dollar Index\b|\bBUXX\b"),
    (
        "usd_broad",  # the Fed's trade-weighted index against 26 currencies
        r"\b(?:the )?(?:nominal )?(?:broad )?trade[- ]weighted (?:US |U\.S\. )?dollar(?: index)?\b"
        r"|\bbroad (?:US |U\.S\. )?dollar index\b|\bDTWEXBGS\b",
    ),
    (
        "dxy",
        r"\b(?:DXY|USDX|DX-Y)\b|\bUSD index\b|\b(?:the )?"
        + _US
        + r"dollar index\b|\bgreenback\b|\bthe world['\u2019]s reserve currency\b|"
        + US_CURRENCY
        + r"|(?<![-\d])(?<!\d )\b(?:the )?"  # "a 3000 dollar price": a unit
        + _US
        + r"dollar\b(?![-/]| index\b| (?:terms|changes?|amounts?|figures?|values?|signs?)\b)",
    ),
    ("real_yield_10y", r"\breal (?:yields?|interest rates?|rates)\b|\b(?-i:TIPS)\b"),
    *OTHER_RATES,  # before the Treasury yields: "the 30-year fixed mortgage rate"
    # another country's bonds are not the Treasury: "Japanese government bond yields jumped"
    (
        "jgb",
        r"\b(?:Japan(?:ese|['\u2019]s)|JGBs?)(?: (?:10|ten|30|thirty|2|two)" + _MAT + r")?"
        r"(?: government)?(?: bonds?)?(?: yields?)?\b(?<!Japanese)(?<!Japan['\u2019]s)",
    ),
    (
        "bund",
        r"\b(?:German|Bund)(?: (?:10|ten)" + _MAT + r")?"
        r"(?: government)?(?: bonds?| Bunds?)? yields?\b|\bBunds?\b",
    ),
    (
        "gilt",
        r"\b(?:UK|British|U\.K\.)(?: (?:10|ten)" + _MAT + r")?"
        r"(?: government)?(?: bonds?| gilts?)? yields?\b|\bgilts?\b",
    ),
    (  # the market's inflation expectation: the 10-year yield less the TIPS yield
        "breakeven_10y",
        r"\b(?:" + _TEN + r" )?break-?evens?(?: inflation)?(?: rates?)?\b|\bT10YIE\b",
    ),
    (
        "yield_10y",
        r"\b(?:the yield on the |the )?(?:US)?"
        + _TEN
        + r" (?:(?:US |U\.S\. )?(?:benchmark )?(?:government )?)?(?:Treasury |T-|UST )?"  # UST
        r"(?:yields?|notes?|bonds?|rates?|treasur(?:y|ies)|UST)\b(?: (?:note |bond )?yields?\b)?"
        r"|\b(?:US|U\.S\.) " + _TEN + r" government (?:bonds?|notes?|debt)(?: yields?)?\b"
        r"|\bUS ?10Y\b|\b10[- ]?(?:Y|yr)(?=\s*:)|\bbenchmark (?:Treasury )?yields?\b"
        r"|\bTreasury yields?\b|\bthe (?:US |U\.S\. |benchmark )?(?:10-year|10[- ]?yr|10Y)"
        + MATURITY_VERB
        + "|"
        + short_tenor("10"),
    ),
    *((f"yield_{n}y", tenor_pattern(n, word, _US, MATURITY_VERB)) for n, word in TENORS),
    (
        "fed_funds",
        r"\bthe Fed\b|\bFederal Reserve\b|\bFOMC\b|\b(?:fed|federal) funds\b|\bEFFR\b",
    ),
    # another region's stock market is not the S&P 500: "European shares neared records"
    (
        "foreign_stocks",
        r"\b(?:European|Asian|Asia-Pacific|Japanese|Chinese|Hong Kong|UK|British|German|French"
        r"|emerging[- ]market)(?: (?:stock|equity))? (?:shares|equities|bourses)\b"
        r"|\b(?:(?:international|developed|global|overseas|foreign) (?:stock |equity )?markets"
        r"|(?:stocks|markets|equities) outside (?:the )?U\.?S\.?)\b",
    ),
    # the market as a whole, or its major indexes together: the S&P 500 (not in its VIX's name)
    (
        "spx",
        r"\bS ?& ?P(?: ?500\b(?! Volatility)|\b(?!/|[/ ](?:Global|Dow Jones|Volatility|BSE|ASX|TSX"
        r"|NZX|GSCI|Mid ?Cap|Small ?Cap|Europe|Asia|Latin|China|India|Japan|[1-9]\d{1,3}\b"
        r"|(?:[A-Za-z&]+ ){1,3}ETF\b)))"  # "the SPDR S&P Retail ETF": a sector fund
        r"|\bSPX\b"
        r"|\bStandard (?:&|and) Poor['\u2019]s 500\b"
        r"|\b(?:SP|US) ?500\b|" + US_MARKET,
    ),
    ("nasdaq", r"\bNasdaq(?: Composite| 100)?\b|\bthe tech[- ]heavy (?:index|benchmark|gauge)\b"),
    (
        "dow",
        r"(?<!Global )\bDow(?: Jones)?(?: Industrial Average)?\b(?! Jones Global)|\bDJIA\b"
        r"|\bthe blue[- ]chip (?:index|average)\b",
    ),
    ("nikkei", r"\bNikkei\b"),
    *OTHER_INDEXES,
    (
        "vix",
        r"\bVIX\b|\bvolatility index\b|\bfear (?:gauge|index)\b|\b(?:gauge|measure|barometer)"
        r" of (?:investor |market |stock[- ]market )?(?:anxiety|fear)\b",
    ),
    ("metal", METAL_REFERENCE),
    # "by noon the gauge was back near 101.2": the index named last (find_assets resolves it)
    (
        "index_ref",
        r"\bthe (?:gauge|index|benchmark|measure)\b"
        r"(?!\s+(?:[A-Z0-9]|yields?|rates?|index|of|for|that|which|tracking)\b)",
    ),
)
#: (id, pattern), in priority order; feed and exchange codes (``GC=F``, ``^TNX``) first.
ALIASES = with_codes(_WORDS)
#: Words that stand for the current subject in a sentence that names no asset.
#: The market as a whole is a subject of its own figures, not the object of a coin's.
_MARKET_WIDE = frozenset({"crypto_market", "cd20"})
_OBJECT = re.compile(
    r"\b(?:in|of|on|across|into|from|to|than|over|with|for|by|led|leads?|leading|lift\w*"
    r"|drag\w*|push\w*|outperform\w*|underperform\w*|outpac\w*|beat\w*|trail\w*|lagg\w*"
    r"|taken|took|tak(?:es|ing)|rock\w*|shook|shak\w*|roil\w*|rattl\w*|jolt\w*|domin\w*)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_ASSET_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in ALIASES), re.IGNORECASE)
_ACRONYMS = ("solana", "dogecoin")


@dataclass(frozen=True, slots=True)
class AssetMention:
    """An asset named in a sentence (``metal`` is resolved by :func:`find_assets`)."""

    asset: str
    start: int
    end: int
    words: str


def find_assets(
    sentence: str, previous_metal: str = "silver", previous_index: str | None = None
) -> list[AssetMention]:
    """Asset mentions in order; "the metal" becomes the last metal named (before or in it),
    "the gauge", "the index", "the benchmark" the last index named (none named: no
    mention, the sentence's subject stands for it). Read once per sentence, referents
    and user series (an article's readers ask again and again)."""
    return list(_mentions(sentence, previous_metal, previous_index, user_words()))


@lru_cache(maxsize=8192)
def _mentions(
    sentence: str, previous_metal: str, previous_index: str | None, users: UserWords
) -> tuple[AssetMention, ...]:
    found: list[AssetMention] = []
    metal, index, ticker_end = previous_metal, previous_index, 0
    for m in _ASSET_RE.finditer(sentence):
        kind = m.lastgroup or ""
        if kind in _ACRONYMS and len(m.group(0)) <= 4 and not m.group(0).isupper():
            continue  # "sol", "doge" in lower case are words, not tickers
        if (kind == "index_ref" and index is None) or _in_address(sentence, m.end()):
            continue  # "(gold-api.com)", "bitcoin.org": a web address, a source
        if kind == "metal":
            kind = metal
        elif kind == "index_ref":
            kind = index or ""
        metal, index = referents([AssetMention(kind, 0, 0, "")], metal, index, found)
        if m.start() < ticker_end or linked_object(sentence, m.start()):
            continue  # the "GOLD" of "Barrick Gold (GOLD)"; "tied to the dollar"
        if kind in _MARKET_WIDE and _OBJECT.search(sentence[: m.start()]):
            continue  # "Bitcoin led the crypto market higher, rising 5%": bitcoin's
        company = _company(sentence, m.start(), m.end())
        if company is not None:  # "bitcoin holder Strategy (MSTR)", "Barrick Gold (GOLD)"
            found.append(AssetMention(company[0], m.start(), m.end(), m.group(0)))
            ticker_end = company[1]
            continue
        kind = cross_rate(sentence, kind, m.end())  # "the dollar climbed 0.6% to 151.20 yen"
        found.append(AssetMention(kind, m.start(), m.end(), m.group(0)))
    taken = [(m.start, m.end) for m in found]
    for m in LISTED.finditer(sentence):  # "Strategy (MSTR) is down 8%": the stock's figure
        tick = m.group("tick") or m.group("strip")
        overlaps = any(a < m.end() and m.start() < b for a, b in taken)
        overlaps |= DATELINE.match(sentence, m.end()) is not None and not sentence[: m.start()]
        if tick not in NOT_TICKERS and not _ASSET_RE.fullmatch(tick) and not overlaps:
            found.append(AssetMention((m["name"] or tick).lower(), m.start(), m.end(), m[0]))
    for series_id, words in users:
        for m in re.finditer(words, sentence, re.IGNORECASE):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                found.append(AssetMention(series_id, m.start(), m.end(), m.group(0)))
                taken.append((m.start(), m.end()))
    if not names_rate(sentence):  # "hawkish Fed comments": the Fed named in passing
        found = [m for m in found if m.asset != "fed_funds" or not INSTITUTION.match(m.words)]
    return tuple(sorted(found, key=lambda m: m.start))


def _in_address(sentence: str, end: int) -> bool:
    """Whether the word ending at ``end`` is part of a web address ("gold-api.com")."""
    tld = r"com|org|net|io|dev|co|info|me|ai|app|xyz|uk|de"
    return re.match(rf"[\w-]*\.(?:{tld})\b", sentence[end:], re.IGNORECASE) is not None


_ROLE = (
    r"(?:holder|miner|producer|developer|issuer|owner|buyer|investor|lender|operator|provider"
    r"|explorer|streamer|manager|trader|broker|maker|custodian|company|compan(?:y|ies)|firm"
    r"|stock|giant|treasury|platform|fund|bank|exchange|proxy|group|major|specialist)s?"
)
_TICKER = (
    r" \((?:NYSE|NASDAQ|Nasdaq|TSX|ASX|LSE)?:? ?(?P<ticker>(?=[\d.]*[A-Z])[A-Z0-9][A-Z0-9.]{0,6})\)"
)
# A role noun after the asset, then a company and its ticker: "ether holder BitMine (BMNR)".
_DESCRIBES = re.compile(
    rf"^(?:[- ][a-z][\w-]*){{0,3}}[- ]{_ROLE} (?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){{0,3}})"
    + _TICKER
)
# "Barrick Gold (GOLD)", "Gold Fields (GFI)", "Bitcoin Depot (BTM)": the asset inside a name.
_NAME_AFTER = re.compile(r"^(?P<rest>(?: [A-Z][\w.&'-]*){0,3})" + _TICKER)
_NOT_NAME = re.compile(r"(?:Spot|Comex|COMEX|Physical|The|US|U\.S\.|LBMA|Futures|Front)\b")
_NAME_BEFORE = re.compile(r"(?P<first>(?:[A-Z][\w.&'-]* ){1,3})$")


#: Assets an index noun ("the gauge", "the index", "the benchmark") stands for.
INDEXES = frozenset({"dxy", "usd_broad", "spx", "vix", "nasdaq", "dow", "nikkei", "yield_10y"})


def referents(
    mentions: list[AssetMention],
    metal: str,
    index: str | None,
    before: list[AssetMention] | None = None,
) -> tuple[str, str | None]:
    """The last metal named and the first index of the last sentence naming one, after
    ``mentions`` (``before``: the sentence's mentions before them): what "the metal" and
    "the gauge" stand for next ("The S&P 500 and the Nasdaq rose. The index ...": the S&P; a
    VIX named first gives way to the next index named).

    >>> ms = find_assets("The dollar index and the VIX fell as gold and silver rose")
    >>> referents(ms, "gold", "spx")
    ('silver', 'dxy')
    """
    named = [m.asset for m in before or [] if m.asset in INDEXES]
    for m in mentions:
        if m.asset in ("silver", "gold", "platinum", "palladium"):
            metal = m.asset
        elif m.asset in INDEXES and m.words != "(carried)" and set(named) <= {"vix"} - {m.asset}:
            index = m.asset
            named.append(m.asset)
    return metal, index


def _company(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """The company an asset word describes or names ("bitcoin miner Riot (RIOT)"), lower
    case, and where its ticker ends; ``None`` when the word is the asset itself ("bitcoin
    (BTC)")."""
    after = sentence[end:]
    described = _DESCRIBES.match(after)
    if described is not None and _ASSET_RE.fullmatch(described.group("ticker")) is None:
        return described.group("name").lower(), end + described.end()
    named = _NAME_AFTER.match(after)
    words = sentence[start:end]
    if named is None or not words[:1].isupper():
        return None
    if named.group("ticker") != words.upper() and _ASSET_RE.fullmatch(named.group("ticker")):
        return None  # "the ICE U.S. Dollar Index (DXY)": the asset's own code, no company
    before = _NAME_BEFORE.search(sentence[max(0, start - 40) : start])
    first = before.group("first") if before else ""
    first = "" if _NOT_NAME.match(first) else first  # "Spot Gold (XAU)"
    if not (named.group("rest") or first):
        return None  # "Bitcoin (BTC)", "Gold (XAU)": the asset and its code
    return f"{first}{words}{named.group('rest')}".strip().lower(), end + named.end()
