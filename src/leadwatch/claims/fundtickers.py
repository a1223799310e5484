"""Exchange-traded funds named by their ticker, and what their figures say (pure).

Market notes often quote a fund for its market: "GLD closed at 245.10, down 0.8%", "SPY
ended at 598.20, up 0.3%", "IBIT fell 3%". A fund's share price is not its market's
price (a GLD share is about a tenth of an ounce, a SPY share a tenth of the index), so a
level, record or amount of the fund is the fund's, a series the store does not hold. Its
percentage move over a session or a stated window is its market's to within the fund's
fees and the hour its price is struck, so that move is graded on the market the fund holds
(:func:`leadwatch.claims.fundmoves.fund_moves`).

Only funds that hold their market (or its front future) are listed: a miners' fund (GDX)
or a bond fund (TLT: a price that falls as yields rise) tracks no series of the store.

Examples
--------
>>> import re
>>> codes = re.compile("|".join(p for _, p in FUND_CODES))
>>> [m.group(0) for m in codes.finditer("GLD, SLV and IBIT rose; spy and Gold did not")]
['GLD', 'SLV', 'IBIT']
"""

from __future__ import annotations

__all__ = ["FUND_CODES", "FUND_NAMES", "UNDERLYING"]

#: The market each fund holds, by the fund's ticker.
_HOLDS: dict[str, tuple[str, ...]] = {
    "gold": ("GLD", "IAU", "GLDM", "SGOL", "AAAU", "IAUM"),
    "silver": ("SLV", "SIVR"),
    "spx": ("SPY", "IVV", "VOO", "SPLG"),
    "nasdaq": ("QQQ", "QQQM"),
    "dow": ("DIA",),
    "dxy": ("UUP",),
    "btc": ("IBIT", "FBTC", "GBTC", "ARKB", "BITB", "BTCO", "BRRR", "EZBC", "BTCW"),
    "eth": ("ETHA", "FETH", "ETHE", "ETHW"),
}
_MARKETS = {
    "gold": "gold", "silver": "silver", "spx": "the S&P 500", "nasdaq": "the Nasdaq",
    "dow": "the Dow", "dxy": "the dollar index", "btc": "Bitcoin", "eth": "Ether",
}  # fmt: skip
#: The market of each fund, by the fund's id (its ticker in lower case).
UNDERLYING: dict[str, str] = {t.lower(): k for k, ts in _HOLDS.items() for t in ts}
#: ``(id, pattern)`` entries for :data:`leadwatch.claims.assets.ALIASES`: capitals only
#: ("spy" in prose is a word), never a part of a longer code ("GLD.L" is still GLD).
FUND_CODES: tuple[tuple[str, str], ...] = tuple(
    (t.lower(), rf"(?-i:(?<![\w$/^=-]){t}(?![\w=-]))") for ts in _HOLDS.values() for t in ts
)
#: Display names: the fund, and the market its moves are graded on.
FUND_NAMES: dict[str, str] = {
    f: f"the {f.upper()} fund (a share's price, not {_MARKETS[m]}'s)" for f, m in UNDERLYING.items()
}
