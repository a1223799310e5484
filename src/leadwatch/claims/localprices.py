"""Gold and silver priced in another currency: other series than the USD price (pure).

"In sterling terms, gold traded at \u00a32,150", "Gold in euro terms hit a record",
"Euro-denominated gold rose 1.5%", "Gold prices in India rose 1.2% to Rs 68,500 per 10
grams", "Silver rose 2.1% to \u20b988,400 per kg": a metal quoted in pounds, euros, rupees,
yen, yuan or Australian, Canadian or Swiss money. The claims of such a sentence name the
local series (``gold_gbp``, ``silver_inr``), which the store does not hold, so they are
reported as not checkable, never graded on the USD price; a user who adds ``gold_eur`` makes
them checkable. The currency is read from a frame ("in euro terms", "priced in yen", "in
GBP", "sterling-denominated") or from the sign on the figures (\u00a3, \u20ac, \u20b9,
\u00a5, A$, Rs, "per 10 grams"). A sentence that also prices in US dollars ("$2,400, or
about \u00a31,900") keeps its claims on the USD series, and a currency named as a market
of its own ("the euro rose 0.5% while gold gained 1%") prices nothing. A local exchange
named in a claim's own clause ("hit a lifetime high on the MCX", "rose 40% this year on
the Shanghai Gold Exchange") prices in its currency too, even where another clause of the
sentence quotes the USD price (:func:`exchange_currency`); so does a local crypto exchange
quoting a premium ("on Upbit, bitcoin traded at $70,400": ``btc_krw``). A home market's
price ("Domestic gold prices fell", "gold rose 1% in the local market") is a series of its
own too (``gold_local``), unless the clause only names it beside the world market.

Examples
--------
>>> local_currency("In sterling terms, gold traded at \u00a32,150 an ounce.")
'gbp'
>>> local_currency("Gold rose 1% to $2,400, or about \u00a31,900."), local_currency(
...     "The euro rose 0.5% while gold gained 1%.")
(None, None)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from leadwatch.claims.currencies import CURRENCY_SIGNS, currency_patterns
from leadwatch.claims.vocabulary import words_re

if TYPE_CHECKING:
    from leadwatch.claims.model import Claim
    from leadwatch.claims.text import Sentence

__all__ = ["exchange_currency", "local_currency", "local_prices"]

# "in euro terms", "priced in yen", "In GBP,", "in Australian dollars", "euro-denominated".
_FRAMES = currency_patterns(
    lambda words: (
        rf"\b(?:(?:priced|denominated|quoted|measured|valued) )?in (?:{words})(?: terms)?\b"
        rf"|\b(?:{words})[- ](?:denominated|priced|terms)\b"
    ),
    re.IGNORECASE,
)
# A figure in US dollars: a bare "$" (not A$, C$, HK$), "US$", "USD".
_USD = re.compile(r"(?<![A-Za-z])\$|\bUS\$|\bUSD\b|\bin (?:US |U\.S\. )?dollar terms\b")
_METAL = re.compile(r"\b(?:gold|silver|bullion)\b", re.IGNORECASE)
#: The series a currency word is otherwise read as ("in euro terms": no EUR/USD move).
_AS_ASSET = {"eur": "eurusd", "gbp": "gbp", "jpy": "jpy", "cny": "cny", "aud": "aud", "cad": "cad"}
_AS_ASSET_DOLLAR = ("aud", "cad")
_METALS = words_re(("gold", "silver"))
#: Exchanges and fixings that quote a metal in their own currency.
_EXCHANGES = {
    "inr": r"MCX|Multi Commodity Exchange|NCDEX|IBJA|India Bullion and Jewell?ers Association",
    "cny": r"Shanghai Gold Exchange|SGE|Shanghai Futures Exchange|SHFE",
    "jpy": r"TOCOM|Tokyo Commodity Exchange|Osaka Exchange|bitFlyer",
    "krw": r"Upbit|Bithumb|Korbit|Coinone|[Kk]imchi premium",
}
_EXCHANGE_RE = {code: re.compile(rf"\b(?:{names})\b") for code, names in _EXCHANGES.items()}
_EXCHANGE_RE["inr"] = re.compile(rf"\b(?:{_EXCHANGES['inr']}|WazirX|CoinDCX)\b")
_PLACES = (
    "Egypt|India|Pakistan|Vietnam|Turkey|T\u00fcrkiye|Dubai|the UAE|UAE|Saudi Arabia|Kuwait|Qatar"
    "|Oman|Bahrain|Jordan|Morocco|Malaysia|the Philippines|Nigeria|Kenya|Ghana|Bangladesh"
    "|Sri Lanka|Nepal|Iran|Iraq|Lebanon|Kerala|Mumbai|Delhi|Chennai|Karachi|Lahore|Cairo|Hanoi"
)
_PEOPLE = (
    "Egyptian|Indian|Pakistani|Vietnamese|Turkish|Emirati|Saudi|Kuwaiti|Qatari|Omani|Jordanian"
    "|Moroccan|Malaysian|Philippine|Nigerian|Kenyan|Ghanaian|Bangladeshi|Sri Lankan|Nepali"
    "|Nepalese|Iranian"
)
#: A price of the home market, not the world's: "domestic gold prices", "in the local
#: market", "gold prices in Egypt", "Pakistan's gold rates", "Indian gold prices", "In the
#: UAE, ...", "a record high in Oman".
_HOME_RE = re.compile(
    r"(?i)\b(?:domestic|local|retail) (?:spot |physical )?(?:gold|silver|bitcoin|BTC)\b"
    r"|\bin (?:the )?(?:domestic|local|home) (?:gold |bullion )?markets?\b"
    rf"|\b(?:gold|silver) (?:prices?|rates?)(?: today)? in (?:{_PLACES})\b"
    rf"|\b(?:{_PLACES})['\u2019]s (?:gold|silver) (?:prices?|rates?|markets?)\b"
    rf"|\b(?:{_PEOPLE}) (?:gold|silver) (?:prices?|rates?|markets?)\b"
)
#: A home market framing its sentence: "In Kuwait, the metal set a new peak", "rates hit
#: a record in Qatar" (where no local money is named:
#: a price in rupees or dirhams is that currency's series).
_FRAMED_RE = re.compile(
    rf"^\W*In (?:{_PLACES}),"
    rf"|\b(?:highs?|records?|lows?|prices?|rates?) in (?:the Sultanate of )?(?:{_PLACES})\b"
)
_LOCAL_MONEY = re.compile(
    r"\b(?:rupees?|dirhams?|riyals?|dinars?|ringgit|naira|pesos?|lira|rials?|taka|Dh|AED|Rs)\b"
)
#: The world price named beside a home market's: "(a 3% gain in the global ounce)".
_WORLD_RE = re.compile(r"(?i)\b(?:global(?:ly)?|international(?:ly)?|world(?:wide)?)\b")
#: Where one clause ends and another starts: a bar, a semicolon, a colon, "while", "but".
_CLAUSE_END = re.compile(r"\s\|\s|;|:\s|,?\s+(?:while|whereas|but)\s|\.\s", re.IGNORECASE)


def local_currency(s: str) -> str | None:
    """The currency a sentence prices its metal in, other than the US dollar (module doc)."""
    if _METAL.search(s) is None or _USD.search(s):
        return None
    for code, frame in _FRAMES.items():
        if frame.search(s):
            return code
    found = [code for code, sign in CURRENCY_SIGNS.items() if sign.search(s)]
    return found[0] if len(found) == 1 else None


def exchange_currency(s: str, at: int) -> str | None:
    """The currency of a local exchange named in the clause of ``s`` around ``at`` (module
    doc).

    >>> s = "Gold hit a record on the MCX | In London, gold rose 0.3% to $3,900."
    >>> exchange_currency(s, s.index("record")), exchange_currency(s, s.index("rose"))
    ('inr', None)
    """
    starts = [m.end() for m in _CLAUSE_END.finditer(s, 0, at)]
    end = _CLAUSE_END.search(s, at)
    clause = s[starts[-1] if starts else 0 : end.start() if end else len(s)]
    return next((code for code, name in _EXCHANGE_RE.items() if name.search(clause)), None)


def local_prices(sentences: Sequence[Sentence], claims: list[Claim]) -> list[Claim]:
    """``claims`` with the metal of a sentence priced in another currency renamed to the
    local series (``gold_eur``), and the currency word of its frame too (module doc)."""
    out = []
    for c in claims:
        s = sentences[c.sentence].text
        at = s.find(c.words)
        code = local_currency(s) or (exchange_currency(s, at) if at >= 0 else None)
        code = code or (_home_market(s, at, c.words) if at >= 0 else None)
        if code is None:
            out.append(c)
            continue
        if c.asset in ("btc", "eth"):  # "on Upbit, bitcoin traded at a premium at $70,400"
            out.append(replace(c, asset=f"{c.asset}_{code}"))
            continue
        metal = _metal_of(s, c.asset)
        named = _AS_ASSET.get(code) == c.asset or (code in _AS_ASSET_DOLLAR and c.asset == "dxy")
        if c.asset in ("gold", "silver", "metals") or named:
            c = replace(c, asset=f"{metal}_{code}")
        out.append(c)
    return out


def _metal_of(s: str, asset: str | None) -> str:
    """The metal the claim is about: its own asset, else the first metal the sentence names."""
    if asset in ("gold", "silver"):
        return asset
    m = re.search(_METALS, s, re.IGNORECASE)
    return m.group(0).lower() if m else "gold"


def _home_market(s: str, at: int, words: str = "") -> str | None:
    """``"local"`` where the clause of ``s`` around ``at`` prices the home market
    ("Domestic gold prices fell 2%"), not where it names it only beside the world price
    ("a record at home and in international markets"), nor for a figure in US dollars
    (``words``) whose own part of the clause names no home market ("climbed $60 to $3,950
    per ounce, a trend that lifted domestic gold prices": the world price)."""
    starts = [m.end() for m in _CLAUSE_END.finditer(s, 0, at)]
    end = _CLAUSE_END.search(s, at)
    clause = s[starts[-1] if starts else 0 : end.start() if end else len(s)]
    own = re.split(r",\s", s[: at + 1])[-1] + re.split(r",\s", s[at:], maxsplit=1)[0]
    if _WORLD_RE.search(own) and not _HOME_RE.search(own):  # the world's, beside the home's
        return None
    if _USD.search(words) and not _HOME_RE.search(own):
        return None
    framed = _FRAMED_RE.search(s) and not _LOCAL_MONEY.search(s)
    framed = framed and not any(sign.search(s) for sign in CURRENCY_SIGNS.values())
    return "local" if _HOME_RE.search(clause) or framed else None
