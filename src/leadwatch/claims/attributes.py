"""Quantities of an asset that are not its price: "Bitcoin's implied volatility rose 3%",
"the supply of silver", "the gold/silver ratio", "demand for gold"; and figures an economic
indicator heads ("with inflation at 3.1%", "GDP grew 2%") whatever asset was named before
(pure).

>>> from leadwatch.claims.assets import find_assets
>>> s = "Bitcoin's dominance rose to 61%."
>>> attribute(s, find_assets(s)[0])
True
>>> s = "Total silver demand rose 4% in the quarter."
>>> attribute(s, find_assets(s)[0])
True
>>> s = "The Fed held rates, with inflation at 2.9%."
>>> indicator_figure(s, s.index("at 2.9"), find_assets(s))
True
>>> s = "The appetite for gold versus the dollar soared."
>>> [attribute(s, m) for m in find_assets(s)]
[True, True]
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence

from leadwatch.claims.assets import AssetMention
from leadwatch.claims.vocabulary import MARGIN_HEDGE_RE, MODAL_RE, ending, words_re

__all__ = [
    "asked",
    "attribute",
    "attribute_figure",
    "indicator_figure",
    "no_move",
    "statistic",
    "supposed",
]

# A technical indicator of the price is no price: "gold's 50-day moving average", "its RSI".
_TECHNICAL = (
    r"(?:(?:simple |exponential )?moving average|[SE]?MA|RSI|MACD|z-?score"
    r"|relative strength(?: index)?|Bollinger bands?|stochastics?)"
)
# "Bitcoin's implied volatility", "the supply of silver": a quantity of the asset, not its price.
_ATTRIBUTE = (
    r"(?:[\w-]+ |\([A-Z]{2,5}\) ){0,3}(?:implied )?(?:volatility|dominance|market (?:cap\w*|share)"
    r"|supply|demand"
    r"|volume|(?:in|out)?flows?|hash ?rate|difficulty|open interest|funding|premiums?|discounts?"
    r"|holdings"
    r"|reserves"
    rf"|production|output|imports|exports|share|stake|ETFs?|costs?|AISC|{_TECHNICAL}"
    r"|sectors?|sub-?ind(?:ex|ices|exes)|components?|constituents?|bets|wagers|positioning)"
)
# A sector of a stock index is a sub-index, not the index: "the S&P 500 Energy Sector Index".
_SECTOR = (
    r"(?:energy|(?:information )?technology|tech|utilities|financials?|health ?care|materials"
    r"|industrials|real estate|consumer (?:discretionary|staples)|communication services|banks)"
)
# A noun the asset qualifies: "gold demand", "silver supply", "bitcoin ETF inflows".
_QUANTITY = (
    r"(?:demand|supply|volumes?|(?:in|out)?flows?|holdings|reserves|production|output|dominance"
    r"|imports|exports|purchases|sales|discounts|premiums|(?:network |transaction |mining )?fees"
    r"|hash ?rate"
    r"|network|blockchain|protocol|ledger|(?:block |mining )?rewards?|halvings?"
    r"|(?:active )?addresses|wallets|holders|transactions|(?:mining )?difficulty|miners?"
    r"|market cap\w*"
    r"|market value|mining(?: stocks| shares| equities| companies| firms)?|stocks|shares|equities"
    r"|(?:royalty |streaming |treasury |mining )?(?:producers?|compan(?:y|ies)|firms?|developers?"
    r"|explorers?|streamers?|names|plays|proxies)"
    r"|(?:ETF|ETP|fund) (?:holdings|flows?|inflows?|outflows?)|RSI|MACD"
    r"|(?:(?:exchange|wallet|whale|on-?chain|custody) )?(?:balances?|withdrawals?|deposits?"
    r"|reserves|stockpiles?|inventor(?:y|ies))"
    r"|(?:lease|leasing|borrow(?:ing)?|lending|funding) (?:rates?|costs?|fees)"
    r"|liquidations|short interest|open interest|(?:long |short )?positions"
    rf"|{_SECTOR}(?: Select)?(?: sector)?(?: (?:sub-?)?index| SPDR| ETF)?)"
)
# An appetite for the asset, not its price: "the appeal of holding silver over the euro",
# "interest in silver", "appetite for bitcoin" (the assets of the phrase move with it).
_ABSTRACT = re.compile(
    r"\b(?:desirability|attractiveness|appeal|appetite|interest|enthusiasm|preference|demand"
    r"|sentiment|love|hunger|thirst|case|argument)\s+(?:to (?:hold|own|buy|keep)|for|of|in|toward"
    r"|towards|on)\s+(?:(?:the|a|an|physical|holding|owning|buying)\s+)*(?:[\w$&-]+\s+)?"
    r"(?:(?:vs\.?|versus|over|against|and|or|relative to|rather than)\s+(?:the\s+)?(?:US\s+)?)?$",
    re.IGNORECASE,
)
# What an owner publishes or watches is not its own price: "the Fed's preferred price gauge",
# "its June projections" (a possessive or "its" before it).
_OWNED = (
    r"(?:[\w-]+ ){0,3}(?:gauge|measure|metric|yardstick|barometer|indicator"
    r"|projections|forecasts|estimates|dot plot)"
)
_ATTR_AFTER = re.compile(
    rf"^(?:(?:'s|\u2019s) (?:{_ATTRIBUTE}|{_OWNED})|(?:/\w+)? ratio|[ -]{_QUANTITY})\b",
    re.IGNORECASE,
)  # "Bitcoin's dominance", "the ETH/BTC ratio", "gold demand", "gold-miner funds"
# "Its market cap rose 2.5%", "their ETF holdings": a pronoun standing for the asset.
_ITS_ATTR = re.compile(rf"(?:its|their) (?:{_ATTRIBUTE}|{_OWNED})\b", re.IGNORECASE)
_ATTR_BEFORE = re.compile(
    rf"\b(?:{_ATTRIBUTE}|shares|stocks|amount|number|quantity|(?:largest|biggest|top|corporate|public|listed)"
    r"(?: [\w'-]+){0,2} (?:holder|owner|buyer|issuer|custodian)s?)"
    r" (?:of|in|for|on) (?:the )?(?:(?:producing|mining|holding|buying|storing) )?"
    r"(?:(?:[\w.-]+ ){0,2}[\w.-]+['\u2019]s |(?:Comex|COMEX|CME|Nymex|NYMEX) )?$",  # "on CME's"
    re.IGNORECASE,
)  # "shares of gold producers", "the largest corporate holder of Bitcoin" (a company)


def attribute(s: str, mention: AssetMention) -> bool:
    """Whether the figures after ``mention`` are a quantity of the asset, not its price."""
    before = s[: mention.start]
    return bool(
        _ATTR_AFTER.match(s[mention.end :])
        or _ATTR_BEFORE.search(before)
        or _ABSTRACT.search(before)
        or (mention.words == "(carried)" and _ITS_ATTR.match(s, mention.start))
    )


# A clause headed by the asset's own stand-in: its figure is the price's, whatever quantity
# an earlier clause named ("Bitcoin positions were wiped out as the digital currency slid 5%").
_OWN_CLAUSE = re.compile(
    r"\s*(?:the (?:[\w-]+ )?(?:metal|token|coin|(?:digital |crypto)?currency|cryptocurrency))"
    r"\s+(?!(?:'s|\u2019s)\b)",
    re.IGNORECASE,
)


def attribute_figure(
    s: str,
    mentions: list[AssetMention],
    nearest: AssetMention | None,
    asset: str | None,
    where: tuple[int, int],
) -> bool:
    """Whether the figure at ``where[1]`` (in a clause starting at ``where[0]``) is a
    quantity of ``asset`` named before it ("Bitcoin's implied volatility rose 3%"), unless
    ``nearest``, the asset's last naming, or its stand-in ("the metal") heads the
    figure's own clause ("Gold's volatility was extreme; gold tanked 1.4%")."""
    lo, pos = where
    named = [x for x in mentions if x.asset == asset and x.start < pos and attribute(s, x)]
    if not named or _OWN_CLAUSE.match(s, lo):  # "..., as the digital currency slid 5%"
        return False
    return not (nearest is not None and named[-1].start < lo <= nearest.start)


def asked(s: str, m: re.Match[str]) -> bool:
    """A price headed for in a question ("Is silver racing toward $60, maybe $70?") is a
    guess, not a level (``m``: a level match with an ``op`` group)."""
    return m.group("op").lower().startswith("toward") and s.rstrip().endswith("?")


# Indicators that own the figure they head; the move or level word may stand between.
_INDICATOR = re.compile(
    r"\b(?:inflation|CPI|PCE|PPI|GDP|unemployment|jobless(?: rate| claims)?|payrolls"
    r"|(?:economic|wage|job|earnings|sales) growth|retail sales|PMI|wages|core prices"
    r"|consumer prices|producer prices)"
    r"(?:\s+(?:rate|data|reading|print|figure|index))?"
    r"(?:\s+(?:came in|stood|stands|was|is|were|rose|fell|grew|slowed|accelerated|eased|ticked"
    r"|up|down|jumped|hit|at|of|to|near|around|about|y/y|year-on-year|annual(?:ly)?|running"
    r"|ran|remained|remains|held|holding|just|only|still|a|an|the)){0,4}\s*$",
    re.IGNORECASE,
)


def indicator_figure(s: str, pos: int, mentions: Sequence[AssetMention]) -> bool:
    """Whether an economic indicator heads the figure at ``pos`` (no asset named between
    them and no comma): "with inflation at 3.1%", "CPI rose 0.4%", "GDP grew 2% y/y"."""
    lo = max([0, *(m.end for m in mentions if m.end <= pos)])
    clause = re.split(r"[,;:()\u2014]", s[lo:pos])[-1]
    return bool(_INDICATOR.search(clause))


# A statistic of past episodes, not a move: "an average of 20%", "25% on average",
# "typically falls 10%", "historically risen 20% in the year after".
#: An average or a median named before its figure: "an average gain of", "averaged", "the median".
_AVERAGE = (
    r"(?:an |the )?average (?:of|gain of|rise of|return of|decline of|drop of|loss of)"
    r"|averag(?:ed|es|ing)(?: an?| the)?|median(?: \w+)?(?: of)?"
    # "a history of average +40% gains", "has averaged annual gains of"
    r"|(?:average|mean|median)\s?\+?"
    r"|averag(?:ed|es|ing) (?:\w+ )?(?:gains?|returns?|rises?|loss(?:es)?) of"
    # "its typical average festive-season rise stood near", "average annual gains of"
    r"|(?:average|median|mean) (?:[^\s,;.]+ ){0,3}?(?:gain|rise|return|decline|drop|jump"
    r"|increase|move|rall(?:y|ie)|fall|advance)(?:e?s)?\b[^,;.%\d]{0,30}?"
    r"(?:\d+(?:\.\d+)?\s?%?\s?(?:-|\u2011|\u2013|to)\s?)?"  # the range's first figure: "3-4%"
)
#: The words of a typical move of past episodes: "typically falls", "has tended to rise".
_TYPICALLY = (
    *("typically", "usually", "historically", "generally", "normally"),
    *("on average", "tends? to", "tended to"),
)
_STAT_BEFORE = re.compile(
    rf"\b(?:{_AVERAGE}|{words_re(_TYPICALLY)}\b[^,;.%]{{0,40}})\s*$", re.IGNORECASE
)
_STAT_OPENING = re.compile(r"^\W*on average\b", re.IGNORECASE)
#: Figures listed before the one read ("2.1%, 3% and nearly "): it shares their words.
_LISTED_BEFORE = re.compile(
    r"(?:[-+]?\d[\d.]*\s?%\s*(?:,\s*(?:and|or)?|and|or)\s+(?:(?:nearly|about|roughly|almost"
    r"|around|some|over|more than)\s+)?)+$",
    re.IGNORECASE,
)
_STAT_AFTER = re.compile(r"^[^,;.]{0,30}?\bon average\b", re.IGNORECASE)


def statistic(s: str, start: int, end: int) -> bool:
    """Whether the percentage at ``start:end`` is an average or a typical move of past
    episodes ("gold gained 15% on average after a first cut"), not what the market did.

    >>> s = "In past recessions, silver rose 30% on average."
    >>> statistic(s, s.index("30"), s.index("%") + 1)
    True
    >>> s = "It has a long history of average +40% gains in November."
    >>> statistic(s, s.index("+"), s.index("%") + 1), statistic(s, s.index("4"), s.index("%") + 1)
    (True, True)
    """
    before = _LISTED_BEFORE.sub("", s[:start])  # "rebounded by 2.1% and nearly 5%": the list's
    return bool(
        _STAT_BEFORE.search(before) or _STAT_AFTER.match(s[end:]) or _STAT_OPENING.match(before)
    )


# "A 10% rise in gold would lift miners": a move supposed in a noun phrase, not one made.
_SUPPOSED_BEFORE = ending(*("a", "an", "any", "another", "every", "each", "further"), gap=r"\s+")
#: The nouns of a move a figure may size ("a 10% rise", "any 5% sell-off").
_MOVES = (
    *("rise", "gain", "drop", "fall", "decline", "increase", "decrease", "move", "jump", "rally"),
    *("slide", "correction", "sell-?off", "surge", "plunge"),
)
_SUPPOSED_AFTER = re.compile(
    rf"^\s*{words_re(_MOVES)}s?\s+(?:in|for|of)\s+(?:the\s+)?[\w&'\u2019 -]{{1,30}}?"
    rf"\s+{MODAL_RE}\b",
    re.IGNORECASE,
)


def supposed(s: str, start: int, end: int) -> bool:
    """Whether the percentage at ``start:end`` sizes a move only supposed ("a 10% rise in
    gold would lift miners' profits", "any 5% drop in bitcoin could trigger ...").

    >>> s = "A 10% rise in silver would lift margins."
    >>> supposed(s, 2, 5)
    True

    A move said not to have happened sizes none either: "went 300 sessions without a 2%
    or greater drop", "has not had a 1% decline since May".

    >>> s = "It went 300 sessions without a 2% or greater drop."
    >>> supposed(s, s.index("2%"), s.index("%") + 1)
    True
    """
    before, after = s[:start], s[end:]
    absent = _ABSENT_BEFORE.search(before) and _ABSENT_AFTER.match(after)
    return bool((_SUPPOSED_BEFORE.search(before) and _SUPPOSED_AFTER.match(after)) or absent)


_ABSENT_BEFORE = re.compile(
    r"\b(?:without|no|nor|never (?:had|saw|seen|posted|suffered)|free of"
    r"|(?:has|have|had|did|does)(?: not|n['\u2019]t) (?:had|seen|posted|suffered|been)"
    r"|not (?:had|seen|posted|suffered))\s+(?:even |so much as )?"
    r"(?:a |an |any |one |single |a single )?$",
    re.IGNORECASE,
)
_ABSENT_AFTER = re.compile(
    r"^(?:\s*(?:or|and) (?:more|greater|bigger|larger|higher|worse|above|over))?"
    rf"(?:[\s-]+(?:one-day|daily|single-day|intraday|weekly|session))?\s+{words_re(_MOVES)}s?\b",
    re.IGNORECASE,
)


# "Shares of a bitcoin-holding company slid 11%": a company's shares, not the coin.
_STOCK = re.compile(
    r"\b(?:its|their|the company['\u2019]s|the firm['\u2019]s)"
    r" (?:stock|shares|share price|equity)\b[^,;.]{0,30}$",
    re.IGNORECASE,
)


def no_move(s: str, start: int, end: int, mentions: Sequence[AssetMention]) -> bool:
    """Whether the percentage at ``start:end`` is no move of the asset before it: an
    indicator's (:func:`indicator_figure`), a statistic (:func:`statistic`), a supposed
    move (:func:`supposed`), a company's shares ("saw its stock drop 11%") or the margin of
    one asset over another ("has beaten the Nasdaq by some +40%"), or a goal ("its 2% target")."""
    lo = max([0, *(m.end for m in mentions if m.end <= start)])
    return (
        indicator_figure(s, start, mentions)
        or statistic(s, start, end)
        or supposed(s, start, end)
        or bool(_STOCK.search(s[lo:start]))
        or bool(_MARGIN.search(s[max(0, start - 80) : start]))
        or owned_elsewhere(s, end, mentions)
        or bool(_GOAL.match(s, end))
        or bool(_PRICED_IN.search(s))  # "bitcoin, priced in gold, fell 18%": a ratio's move
    )


#: A price told in another asset ("when priced in gold", "in gold terms", "measured in
#: bitcoin"): the figure moves the ratio of the two, not either price.
_PRICED_IN = re.compile(
    r"\b(?:(?:priced|measured|valued|denominated|quoted) in|in terms of) (?:gold|silver|bitcoin|"
    r"btc|ether|eth)\b|\bin (?:gold|silver|bitcoin|btc|ether|eth) terms\b|\bvalue in gold\b",
    re.IGNORECASE,
)


# "toward its 2% target", "the Fed's 2% inflation goal": a goal, not a move of that size
_GOAL = re.compile(
    r"\s*(?:annual |yearly |average )?(?:inflation |price )?(?:target|goal|objective)\b"
)


# "a 6.2% slide in crude futures": the move noun after the figure, and what it is of.
_MOVE_OF = re.compile(
    rf"\s*{words_re(_MOVES)}s?\s+(?:in|of|for|across|among)\s+(?P<np>[^,;:.()—]{{1,60}})",
    re.IGNORECASE,
)
# What keeps the figure the asset's own: a time, a session or the price itself ("a 2% gain
# in early trade", "a 5% drop in value", "a 3% rise in June", "a 4% fall in two days").
_OWN_NP = re.compile(
    r"^(?:[\w.$'\u2019-]+\s+){0,3}?"  # "the past", "less than nine", "early Asian"
    r"(?:value|prices?|terms|trade|trading|deals|dealings|session|days?|weeks?|months?|years?"
    r"|hours?|minutes?|quarter|half|overnight|spot|Asia\w*|Europe\w*|London|New York|\d+"
    rf"|{words_re(tuple(calendar.month_name[1:] + calendar.day_name[:]))})\b",
    re.IGNORECASE,
)


def owned_elsewhere(s: str, end: int, mentions: Sequence[AssetMention]) -> bool:
    """Whether the percentage ending at ``end`` sizes a move of something named after it
    that is no asset ("Gold fell 1% after a 6.2% slide in property shares"); a time or the
    price after the move noun ("a 2% gain in early trade") keeps it the asset's.

    >>> s = "Yields fell after a 6% slide in crude futures."
    >>> owned_elsewhere(s, s.index("%") + 1, [])
    True
    """
    m = _MOVE_OF.match(s, end)
    if m is None or any(m.start("np") <= x.start < m.end("np") for x in mentions):
        return False
    return not _OWN_NP.match(m.group("np"))


# The size of a comparison: "outperformed silver by 5%", "lagged gold by nearly 10%".
_MARGIN = re.compile(
    r"\b(?:out(?:perform|pac|strip|shin|shon|run|gain)\w*|underperform\w*|lagg?\w*|trail\w*|beat(?:en|ing|s)?)"
    rf"\b[^.;,%]{{0,40}}?\bby (?:{MARGIN_HEDGE_RE} |a (?:further|whopping) )?[+\-\u2212]?$",
    re.IGNORECASE,
)


# A quantity that is the subject of the record after it: "ETF holdings have reached their
# highest level since 2022", "open interest in silver futures climbed to a record", an
# economic figure ("jobless claims rose to their highest since 2021").
_QTY_SUBJECT = re.compile(
    r"\b(?:(?:ETF|ETP|fund) )?(?:holdings|open interest|inflows?|outflows?|volumes?|reserves"
    r"|purchases|production|output|imports|exports|market cap\w*|hash ?rate"
    # an economic figure: "the report showed inflation at its lowest level since 2021"
    r"|(?<!breakeven )(?<!break-even )inflation|unemployment(?: rate)?|jobless claims|payrolls"
    r"|CPI|PPI|PCE|GDP|consumer (?:sentiment|confidence))"
    r"(?:\s+(?:of|in|at|by|for)\s+[^,;]{0,50}?)?"
    r"\s+(?:(?:have|has|had|are|is|were|was)\s+)?(?:(?:also|now|just|since|then)\s+)?"
    r"(?:reached|hit|rose|climbed|jumped|surged|touched|soared|stood|sat|fell|dropped|slid"
    r"|sank|reach|hit|rise|climb|stand|sit|at)(?:\s+(?:to|at|near|a))?\s+"
    r"(?:(?:its|their|a|an|the|new|fresh)\s+)*$",
    re.IGNORECASE,
)


def quantity_record(s: str, pos: int) -> bool:
    """Whether the record word at ``pos`` is said of a quantity (holdings, open interest,
    flows, output), the subject of its verb, not of a price.

    >>> s = "ETF holdings have reached their highest level since 2022"
    >>> quantity_record(s, s.find("highest")), quantity_record("Gold hit a record", 10)
    (True, False)
    """
    return bool(_QTY_SUBJECT.search(s[max(0, pos - 120) : pos]))
