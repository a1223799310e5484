"""Quote codes of data feeds and exchanges, mapped to catalog ids (pure).

Price pages and digests name an asset by the code a feed lists it under: Yahoo's
futures (``GC=F``) and index codes (``^TNX``, ``^GSPC``), TradingView's continuous
contracts (``GC1!``, ``COMEX:SI1!``), brokers' futures roots (``/GC``), dated contracts
(``GCZ25``) and exchange pairs (``BTCUSDT``, ``BTC-USD``). :data:`TICKERS` lists them as
``(id, pattern)`` entries that :data:`leadwatch.claims.assets.ALIASES` puts first.

A code names the asset only where its quote tracks it: volatility futures (``VX=F``)
trade at a premium to the spot VIX and note futures (``ZN=F``) quote a bond price, not a
yield, so neither is listed.

Examples
--------
>>> import re
>>> codes = re.compile("|".join(f"(?P<{k}>{p})" for k, p in TICKERS))
>>> [m.lastgroup for m in codes.finditer("GC=F, /SI, HG1!, ^TNX, ^GSPC, ESM26, BTCUSDT")]
['gold', 'silver', 'copper', 'yield_10y', 'spx', 'spx', 'btc']
>>> [m.lastgroup for m in codes.finditer("GC: 4,514.7, SI: 71.2, GCE, GC")]
['gold', 'silver']
"""

from __future__ import annotations

import re

__all__ = ["DATELINE", "LISTED", "NOT_TICKERS", "TICKERS", "with_codes"]

#: A futures root written the ways feeds write it: "GC=F", "/GC", "GC1!", "GCZ25", "GCZ5", or
#: bare as a quote line's label ("GC: 4,514.7").
_FUTURE = r"(?<![\w=^/])(?:/(?:{0})\b|(?:{0})(?:=F|1!|[FGHJKMNQUVXZ]\d{{1,2}}|(?=: ?\d))(?![\w=]))"
#: An index code with Yahoo's caret: "^GSPC".
_CARET = r"\^(?:{0})\b"
#: A coin against a dollar or a stablecoin: "BTC-USD", "BTCUSDT", "XBT/USDC".
_PAIR = r"\b(?:{0})[-/]?(?:USDT|USDC|USD|PERP)\b"


#: Futures roots, Yahoo index codes (after the caret) and coin symbols of each asset.
_FUTURES = {
    "btc": "BTC|MBT", "eth": "ETH|MET", "gold": "GC|MGC", "silver": "SI|SIL", "copper": "HG",
    "platinum": "PL", "palladium": "PA", "oil": "CL|MCL|BZ", "natural_gas": "NG", "dxy": "DX",
    "spx": "ES|MES", "nasdaq": "NQ|MNQ", "dow": "YM|MYM", "russell": "RTY|M2K",
}  # fmt: skip
_CARETS = {
    "dxy": "DXY|NYICDX", "spx": "GSPC|SPX", "nasdaq": "IXIC|NDX", "dow": "DJI", "russell": "RUT",
    "vix": "VIX", "yield_10y": "TNX", "yield_5y": "FVX", "yield_30y": "TYX", "nikkei": "N225",
    "ftse": "FTSE", "dax": "GDAXI", "cac": "FCHI", "hang_seng": "HSI",
}  # fmt: skip
_COINS = {"btc": "BTC|XBT", "eth": "ETH"}


def _codes(asset: str) -> str:
    parts = [
        template.format(table[asset])
        for template, table in ((_FUTURE, _FUTURES), (_CARET, _CARETS), (_PAIR, _COINS))
        if asset in table
    ]
    return "(?-i:" + "|".join(parts) + ")"


#: (id, pattern) of the codes, case-sensitive ("si=f" in prose is no code).
TICKERS: tuple[tuple[str, str], ...] = tuple(
    (asset, _codes(asset)) for asset in dict.fromkeys([*_FUTURES, *_CARETS])
)


def with_codes(aliases: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """``aliases`` with each asset's codes put before its words (one entry per id).

    >>> with_codes((("vix", r"\\bVIX\\b"), ("gold", "gold")))[0][1].endswith(r"|\\bVIX\\b")
    True
    """
    codes = dict(TICKERS)
    return tuple((k, f"{codes[k]}|{p}" if k in codes else p) for k, p in aliases)


#: A listed company named with its ticker: "Strategy (MSTR)", "Microsoft (MSFT)"; a ticker
#: strip's code before its price and signed change ("KGC $24.10 -3.15%").
LISTED = re.compile(
    r"\b(?P<name>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*)*) \((?P<tick>[A-Z]{2,5})\)"
    r"|\b(?P<strip>[A-Z]{3,5}) (?=\$\d[\d,.]*\s+[-+\u2212]\d)"
)
DATELINE = re.compile(r"\s*[-\u2013\u2014]")  # "Frankfurt (DPA) — Gold ...": a wire's place
#: Parenthesised capitals that are no ticker: news agencies, indicators, institutions.
NOT_TICKERS = frozenset(
    {"AP", "AFP", "UPI", "CNBC", "ETF", "ETFS", "USD", "US", "UK", "EU", "ECB", "FOMC", "OPEC"}
    | {"GDP", "CPI", "PCE", "PPI", "PMI", "IMF", "YTD", "ATH"}
)
